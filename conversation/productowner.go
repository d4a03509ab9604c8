package conversation

var (
	// ownerNouns are others a technology may belong to: "the software
	// is the manufacturer's", "the systems are the client's".
	ownerNouns = wordSet("manufacturers", "manufacturer", "suppliers", "supplier", "vendors", "vendor",
		"clients", "client", "customers", "customer", "utilitys", "utility", "councils", "council",
		"hospitals", "hospital", "operators", "operator", "owners", "owner", "makers", "maker", "groups", "group")
	// ownerCopulas tie a technology to its owner: "is theirs".
	ownerCopulas = wordSet("is", "are", "was", "were", "remains", "stays")
)

// othersOwnTech reports a technology said to be someone else's: "the
// technology is theirs", "the apps are all theirs", "the software is
// the manufacturer's", "the kit belongs to the supplier". What others
// own is no product of ours, whatever the tech words around it.
func othersOwnTech(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if !techNouns[w[i]] && w[i] != "systems" && w[i] != "system" && w[i] != "kit" {
			continue
		}
		j := i + 1
		switch {
		case ownerCopulas[w[j]]:
			j++
			if j < len(w) && (w[j] == "all" || w[j] == "entirely" || w[j] == "really") {
				j++
			}
			if j < len(w) && w[j] == "theirs" || j+1 < len(w) && w[j] == "the" && ownerNouns[w[j+1]] {
				return true
			}
		case w[j] == "belongs" || w[j] == "belong":
			return j+1 < len(w) && w[j+1] == "to" && !(j+2 < len(w) && w[j+2] == "us")
		}
	}
	return false
}
