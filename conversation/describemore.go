package conversation

import "slices"

// Statements a description makes plainly that the question's own keys
// miss: in a description they come as facts ("there's no money for a
// head of IT", "we were hit by ransomware"), not as answers.

var (
	// moneyNouns are what a budget is.
	moneyNouns = wordSet("money", "budget", "cash", "funds", "funding")
	// execWords name the hire itself.
	execWords = wordSet("cto", "cio", "executive", "exec", "director", "head", "manager", "hire", "hiring",
		"appointment", "salary", "leader", "officer", "fulltime", "staff", "full")
	// hirePayVerbs pay for a hire.
	hirePayVerbs = wordSet("pay", "afford", "fund", "finance", "stretch")
	// worryNouns after "no money" make it no worry: "no money worries".
	worryNouns = wordSet("worries", "worry", "problems", "problem", "issues", "trouble", "troubles", "concerns")
	// waitPhrases make a hire wait on a decision or on results.
	waitPhrases = [][]string{{"would", "need"}, {"would", "depend"}, {"depends", "on"}, {"depend", "on"},
		{"depending", "on"}, {"subject", "to"}, {"possible", "if"}, {"only", "if"}, {"need", "sign", "off"},
		{"needs", "sign", "off"}}
)

// describedBudget reads a budget said plainly: no money for the hire
// ("there's no budget for a CTO salary", "I doubt we could afford a
// full-time manager") is no; the hire waiting on a decision ("would need
// a board decision", "possible if the next round goes well") or a
// "maybe we could pay" is maybe. ok reports a reading, "" included: "no
// money worries" is no statement about a hire.
func describedBudget(c []string) (string, bool) {
	for i := 0; i+1 < len(c); i++ {
		if c[i] == "no" && moneyNouns[c[i+1]] && i+2 < len(c) && worryNouns[c[i+2]] {
			return "", true
		}
	}
	if !hasAny(c, execWords) {
		return "", false
	}
	for i := 0; i+1 < len(c); i++ {
		if c[i] == "no" && (moneyNouns[c[i+1]] || i+2 < len(c) && moneyNouns[c[i+2]]) && moneyForHire(c[i:]) {
			return "no", true // "no budget for an exec", "no real money for staff"
		}
	}
	if k := slices.Index(c, "doubt"); k >= 0 && hasAny(c[k:], hirePayVerbs) && moneyForHire(c[k:]) {
		return "no", true
	}
	if !namesHire(c) {
		return "", false // "our staff would need training": no hire waits
	}
	for _, p := range waitPhrases {
		if hasPhrase(c, p) {
			return "maybe", true
		}
	}
	if (c[0] == "maybe" || c[0] == "perhaps") && hasAny(c, hirePayVerbs) {
		return "maybe", true
	}
	return "", false
}

// hasPhrase reports whether words p occur in c in a row.
func hasPhrase(c, p []string) bool {
	for i := 0; i+len(p) <= len(c); i++ {
		if slices.Equal(c[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

var (
	// attackNouns are attacks on a company's systems.
	attackNouns = wordSet("ransomware", "phishing", "hackers", "hacker", "hacked", "malware", "virus", "scam",
		"scammers", "breach", "cyberattack")
	// hitVerbs are an attack landing.
	hitVerbs = wordSet("hit", "stopped", "took", "shut", "encrypted", "locked", "cost", "stole", "stolen",
		"wiped", "crippled", "compromised", "hacked", "emptied", "froze", "lost")
	// nearMissWords make an attack a near miss: "nearly got us".
	nearMissWords = wordSet("nearly", "almost", "narrowly")
	// strangers are others an attack can hit.
	strangers = wordSet("rival", "rivals", "competitor", "competitors", "neighbour", "neighbours", "friend",
		"another", "others", "someone")
	// demanders ask a company for its security.
	demanders = wordSet("regulator", "regulators", "insurer", "insurers", "auditor", "auditors", "customer",
		"customers", "client", "clients", "brands", "buyers")
	// demandVerbs ask for security.
	demandVerbs = wordSet("asking", "asks", "asked", "require", "requires", "required", "insist", "insists",
		"insisted", "wants", "want", "demand", "demands", "demanding", "audit", "audits", "audited", "back")
	// securityWords name security itself.
	securityWords = wordSet("security", "cyber", "cybersecurity")
)

// describedSecurity reads an attack that hit us ("we were hit by
// ransomware", "hackers took the site down") or regulators, insurers
// or customers demanding security ("our biggest customer audits our
// security"): a breach would hurt, high. A near miss or an attack on
// others says less.
func describedSecurity(c []string) string {
	if hasAny(c, negation) || hasAny(c, nearMissWords) {
		return ""
	}
	if attackOnUs(c) && hasAny(c, hitVerbs) && !hasAny(c, strangers) {
		return "high"
	}
	if hasAny(c, demanders) && hasAny(c, demandVerbs) && cyberSecurity(c) && !rareEvent(c) {
		return "high"
	}
	return ""
}

// describedRivalsAhead reads other businesses ahead ("the German
// companies are two years ahead of us", "the competition is ahead
// digitally"): falling behind. A denied lead is no reading at all, and
// ok then stops the keys reading "ahead of us" as yes.
func describedRivalsAhead(c []string) (string, bool) {
	k := slices.Index(c, "ahead")
	if k < 1 || !hasAny(c[:k], rivalSubjects) && !slices.Contains(c[:k], "competition") && !othersBusiness(c[:k]) {
		return "", false
	}
	if hasAny(c[:k], subjectSelf) && !hasPhrase(c[k:], []string{"of", "us"}) {
		return "", false // "our rivals think we are ahead"
	}
	if hasAny(c, negation) {
		return "", true
	}
	if k+1 < len(c) && c[k+1] == "of" && !hasPhrase(c[k:], []string{"of", "us"}) {
		return "", false // "ahead of the market"
	}
	if aheadInOther(c[k+1:]) {
		return "", true // "ahead of us on price"
	}
	return "yes", true
}

// subjectSelf are us as the subject of a clause ("we are ahead"), not
// the "our" of "our competition".
var subjectSelf = wordSet("we", "were", "weve", "i", "im", "us")

// deniesOwnTech reports "we don't build any tech of our own": we, making
// no technology, said plainly; others making none is not us, and the
// denial is of the making ("so students don't need the platform" denies
// something else).
func deniesOwnTech(c []string) bool {
	if !deniesMakingTech(c) || !hasAny(c, subjectSelf) || othersMake(c) || hasAny(c, futureWords) {
		return false
	}
	for i, t := range c {
		if devVerbs[t] && hasAny(c[max(0, i-3):i], negation) {
			return true
		}
	}
	return false
}

// describedStatement is what the plain statements above give q; ok
// reports a reading ("" included: a clause that must fill nothing).
func describedStatement(q *question, c []string) (string, bool) {
	switch q.ID {
	case qBudget:
		return describedBudget(c)
	case qSecurity:
		v := describedSecurity(c)
		if v == "" && holdsSensitive(c) {
			v = "high"
		}
		return v, v != ""
	case qProducts:
		if deniesOwnTech(c) {
			return "no", true
		}
	case qSystems:
		if failsAgain(c) {
			return "pain", true
		}
	}
	return "", false
}

var (
	// failPhrases are a machine or a system failing: "dies", "goes down".
	failPhrases = [][]string{{"dies"}, {"died"}, {"goes", "down"}, {"going", "down"}, {"went", "down"},
		{"falls", "over"}, {"falling", "over"}, {"fell", "over"}, {"freezes"}, {"freezing"}, {"froze"},
		{"hangs"}, {"conks", "out"}, {"cuts", "out"}, {"drops", "out"}}
	// againWords make a failure a habit: "weekly", "every Saturday",
	// "keeps freezing", "whenever we run a sale".
	againWords = wordSet("often", "weekly", "daily", "every", "again", "constantly", "regularly", "always",
		"keeps", "most", "whenever", "busy", "twice", "monthly")
)

// failsAgain reports a machine or a system that fails again and again
// ("the file server dies weekly", "the till freezes every Saturday"):
// systems in pain. A failure once, a denied one, or a thing that is no
// system (systemThings: not "the oven", "the van" or "the card machine")
// says less.
func failsAgain(c []string) bool {
	if hasAny(c, negation) || !hasAny(c, againWords) && !onceRate(c) {
		return false
	}
	if !hasAny(c, systemThings) {
		return false
	}
	for _, p := range failPhrases {
		if hasPhrase(c, p) {
			return true
		}
	}
	return false
}

var (
	// holdVerbs keep data: "we hold patient records".
	holdVerbs = wordSet("hold", "holds", "handle", "handles", "keep", "keeps", "store", "stores", "process",
		"processes", "after")
	// sensitiveKinds are data a breach of would hurt.
	sensitiveKinds = wordSet("sensitive", "patient", "patients", "health", "medical", "financial",
		"clinical", "confidential", "children", "childrens", "kids")
	// dataNouns are kept data.
	dataNouns = wordSet("data", "records", "notes", "details", "information")
)

// holdsSensitive reports "we hold patient records", "we look after
// sensitive health data": our own keeping of data whose breach would
// hurt. Denied, or kept by someone else, it is not ours.
func holdsSensitive(c []string) bool {
	k := slices.IndexFunc(c, func(t string) bool { return holdVerbs[t] })
	if k < 1 || !hasAny(c[:k], subjectSelf) || hasAny(c, negation) {
		return false
	}
	return hasAny(c[k:], sensitiveKinds) && hasAny(c[k:], dataNouns) && othersData(c[k:])
}
