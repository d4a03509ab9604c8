package conversation

// A firm's goods called "the product" ("no, the product is the bags
// and the belts", "our products are the chairs and the tables") name
// what it sells, not a technology product: the word "product", a key of
// the core option, had torn a plain no.

// productLinks link "the product" to what it is.
var productLinks = wordSet("is", "are", "was", "were")

// goodsNamedProduct reports a clause that names the firm's goods as its
// product with no technology noun among them.
func goodsNamedProduct(w []string, cut []bool) bool {
	for i := 0; i+2 < len(w); i++ {
		if (w[i] != "product" && w[i] != "products") || !productLinks[w[i+1]] {
			continue
		}
		if i > 0 && !wordSet("the", "our", "my")[w[i-1]] {
			continue // "a software product is", "no product is"
		}
		_, end := clauseBounds(cut, i)
		named := w[i+2 : end]
		if len(named) == 0 || hasAny(named, techNouns) || hasAny(named, wholeFirm) {
			return false
		}
		return true
	}
	return false
}

// wholeFirm named as the product make it the business itself: "the
// product is the company".
var wholeFirm = wordSet("what", "it", "itself", "company", "business", "firm", "everything", "us", "whole",
	"startup", "service")
