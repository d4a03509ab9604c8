package conversation

// "code" after an article or a kind of code is the noun ("a QR code on
// each bag", "a tracking code on every parcel"), not the verb "to code":
// it makes no trade of what follows it ("on each bag"), nor a
// product being coded.

var codeNounLeads = wordSet("a", "an", "the", "qr", "bar", "each", "every", "one", "tracking", "traceability",
	"promo", "discount", "dress", "zip", "post", "postal", "door", "access", "this", "that", "own")

// codeAsNoun reports the word "code" at w[i] used as a noun.
func codeAsNoun(w []string, i int) bool {
	return w[i] == "code" && i > 0 && codeNounLeads[w[i-1]]
}
