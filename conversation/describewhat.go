package conversation

// What a description's clause is about beside the question's topic
// words: affording a van, securing a yard, relying on the weather. A
// typed answer has the question to say what is meant; a description's
// clause must say it itself, or the question is asked.

// affordWords are paying for something, the hire or another thing.
var affordWords = wordSet("afford", "affordable", "pay", "paying")

// affordsOther reports paying for a thing that is not the hire: "we can
// afford the new van", "we can't afford downtime".
func affordsOther(c []string) bool {
	return hasAny(c, affordWords) && !namesHire(c) && !hasAny(c, execWords) && !hasAny(c, hirePeople)
}

// rivalsCatchingUp reports rivals catching up with us, which says they are
// behind or level, not ahead.
func rivalsCatchingUp(c []string) bool {
	return hasPhrase(c, []string{"catching", "up"}) || hasPhrase(c, []string{"catch", "up"}) ||
		hasPhrase(c, []string{"caught", "up"})
}

var (
	// crimeWords are threats to people, sites and stock.
	crimeWords = wordSet("theft", "thieves", "burglary", "burglars", "burgled", "robbery", "robbed",
		"vandalism", "vandals", "shoplifting", "shoplifters", "intruders", "trespassers", "assault", "assaults")
	// cyberWords make a threat one to systems and data.
	cyberWords = wordSet("cyber", "cybersecurity", "data", "online", "hackers", "hacker", "hacked", "email",
		"emails", "phishing", "computer", "computers", "systems", "identity", "card", "cards", "files",
		"records", "passwords", "password", "ransomware", "malware", "breach", "it", "tech")
	// guardedThings follow "security of" when it is physical: "the
	// security of our drivers".
	guardedThings = wordSet("drivers", "staff", "people", "pupils", "guests", "children", "premises", "site",
		"sites", "building", "buildings", "yard", "stock", "vans", "lorries", "cash", "shop", "shops")
)

// physicalOnly reports a clause whose security is people's, sites' or
// stock's ("the security of our drivers", "site security with all the
// copper theft"), with no word of systems or data.
func physicalOnly(c []string) bool {
	if hasAny(c, cyberWords) {
		return false
	}
	if hasAny(c, crimeWords) || hasAny(c, securityWords) && !cyberSecurity(c) {
		return true
	}
	for i := range c {
		if securityOfGuarded(c, i) {
			return true
		}
	}
	return false
}

// securityOfGuarded reports "security of our drivers", "security of the
// site" at word i of c.
func securityOfGuarded(c []string, i int) bool {
	if c[i] != "security" || i+2 >= len(c) || c[i+1] != "of" {
		return false
	}
	j := i + 2
	if c[j] == "the" || c[j] == "our" {
		j++
	}
	return j < len(c) && guardedThings[c[j]]
}

// opsThings are technology a business can rely on, down to a phone and
// a paper diary beside it: a clause about reliance names one.
var opsThings = wordSet("computer", "computers", "cloud", "online", "internet", "phone", "phones", "email",
	"gmail", "whatsapp", "insta", "instagram", "laptop", "laptops", "paper", "diary", "spreadsheet",
	"spreadsheets", "excel", "website", "tech", "digital", "software", "xero", "wifi", "broadband",
	"card", "till", "tills", "pc", "pcs", "system", "systems", "server", "servers", "network", "it")

// relianceOnTech reports a clause about reliance that names technology:
// not "we rely on the weather" or "everything depends on the harvest".
func relianceOnTech(c []string) bool {
	return hasAny(c, opsThings) || hasAny(c, techNouns) || hasAny(c, systemThings)
}
