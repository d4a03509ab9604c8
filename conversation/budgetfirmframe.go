package conversation

// An answer may open by naming the firm it speaks for: "For the clinic
// this is not a question, ...", "As for the bakery, we have the money".
// That "for" frames whose budget it is, not a thing the money is for,
// so a budget for something else is sought in the words after it.

// firmFrameDeterminers stand between the opening "for" and the firm.
var firmFrameDeterminers = wordSet("the", "our", "my", "this")

// firmFramed reports an opening "for" (or "as for") at c[k] followed by
// a determiner and a noun for the firm itself (companyNouns).
func firmFramed(c []string, k int) bool {
	if k < 0 || k+2 >= len(c) || !(k == 0 || k == 1 && c[0] == "as") {
		return false
	}
	return firmFrameDeterminers[c[k+1]] && companyNouns[c[k+2]] && c[k+2] != "it"
}
