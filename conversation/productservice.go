package conversation

// IT run as a service for client firms ("managed IT for 40 firms", "we
// do IT support for practices") is a technology-based service the firm
// sells, so its own product; the same words for the firm's own IT ("our
// IT support is outsourced") or bought in ("we pay a company for managed
// IT") are not.

var (
	// itServiceLeads and itServiceTails pair with "it" (or "cloud") to
	// name an IT service: "managed IT", "IT support".
	itServiceLeads = wordSet("managed", "hosted", "outsourced")
	itServiceTails = wordSet("support", "services", "helpdesk", "consultancy")
	// clientNouns are those an IT service is sold to: "for 40 firms".
	clientNouns = wordSet("firms", "clients", "customers", "businesses", "companies", "practices", "offices",
		"schools", "shops", "charities")
	// boughtIn words tell an IT service the firm buys: "we pay a firm".
	boughtIn = wordSet("pay", "paying", "paid", "outsource", "outsourced", "contract", "hire", "our", "my")
)

// itServiceSold reports an IT service named with the clients it serves
// and nothing to say the firm buys it.
func itServiceSold(w []string) bool {
	if hasAny(w, boughtIn) || hasAny(w, consumeWords) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		named := itServiceLeads[w[i]] && (w[i+1] == "it" || w[i+1] == "cloud") ||
			w[i] == "it" && itServiceTails[w[i+1]]
		if named && hasAny(w[i+2:min(i+7, len(w))], clientNouns) {
			return true
		}
	}
	return false
}
