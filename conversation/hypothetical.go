package conversation

import (
	"regexp"
	"strings"
)

// What-ifs. A condition is not always a doubt: "if we had the money,
// sure, but we don't" denies the money, and "if we had that kind of
// money we'd retire" says it is not had; "if we had to, yes" is no
// doubt of the yes after it; "if the till quit we'd take cash like we
// used to" names the old way as the fallback, little reliance; "if
// we're not first, the buyers go elsewhere" is the reason for the yes
// beside it; "if someone hacked us they'd find out what we charge"
// names a loss of nothing worth having.

// hypotheticalReading reads an answer whose condition is one of those;
// ok false for any other answer.
func hypotheticalReading(q *question, text string) (answerMatch, bool) {
	w, cut := tokenize(text)
	if len(w) == 0 {
		return answerMatch{}, false
	}
	v := ""
	switch q.ID {
	case qBudget:
		v = budgetHypothetical(q, text, w)
	case qOps:
		v = opsHypothetical(q, w, cut)
	case qSecurity:
		if trivialBreach(w) {
			v = "low"
		}
	}
	if v == "" && threatOptions[q.ID] {
		v = threatReason(q, text)
	}
	if v == "" {
		v = eitherWayMiddle(q, text, w, cut)
	}
	if v == "" && q.ID == qBudget && moneyNoObstacle.MatchString(text) && moneyAffirmed.MatchString(text) && !hasAny(w, moneyDoubts) {
		v = q.yes // "Yes. It's not a question of money.": the money denied as the obstacle
	}
	if v == "" {
		return answerMatch{}, false
	}
	return answerMatch{value: v, signal: true}, true
}

// hypotheticalStands reports a reading m of text that is
// hypotheticalReading's: the doubt and the model read the condition it
// weighed.
func hypotheticalStands(q *question, text string, m answerMatch) bool {
	if m.value == "" {
		return false
	}
	h, ok := hypotheticalReading(q, text)
	return ok && h.value == m.value
}

var (
	// counterfactualMoney is a condition on money the firm has not
	// got: "if we had the money", "if there was that sort of cash".
	counterfactualMoney = regexp.MustCompile(`(?i)\bif\s+(?:(?:we|i)\s+had|there\s+(?:was|were))\s+(?:(?:the|that|this|any|some|more|enough|spare|kind|sort|of|a|bigger|big|extra|such)\s+){0,4}(?:money|cash|budget|funds|funding|dosh)\b`)
	// necessityFirst opens with a condition of need: "if we had to, ...".
	necessityFirst = regexp.MustCompile(`(?i)^\s*if\s+(?:we|i)\s+(?:had|have|needed|need|really\s+needed)\s+to\s*[,.;:]\s*(.+)$`)
	// moneyDoubts keep a counterfactual a maybe: "if we had the money we
	// might", "next year perhaps".
	moneyDoubts = wordSet("maybe", "might", "perhaps", "possibly", "could", "probably", "tight", "depends",
		"next", "soon", "later", "once", "when", "unless", "partly", "part")
)

// budgetHypothetical is the budget a what-if tells, or "".
func budgetHypothetical(q *question, text string, w []string) string {
	if counterfactualMoney.MatchString(text) && !hasAny(w, moneyDoubts) {
		return q.no // "if we had the money, sure, but we don't"
	}
	if m := necessityFirst.FindStringSubmatch(text); m != nil {
		// "If we had to, yes. The money is there.": the yes after it.
		if r := matchPart(q, m[1], nil); r.value == q.yes {
			return q.yes
		}
	}
	return ""
}

var (
	// whatIfWords open a what-if.
	whatIfWords = wordSet("if", "when", "whenever")
	// systemGoneWords tell a system gone: "went down", "quit", "packed up".
	systemGoneWords = wordSet("down", "quit", "quits", "died", "dies", "die", "broke", "breaks", "crashed", "crashes",
		"failed", "fails", "offline", "off", "packed", "conked", "stopped", "stops", "froze", "freezes", "out")
	// makeDoTools are ways of working on without the system.
	makeDoTools = wordSet("paper", "hand", "pen", "pencil", "notebook", "manually", "manual", "whiteboard",
		"clipboard", "diary", "book", "books", "ledger", "cash", "ious", "iou", "write", "jot", "calculator",
		"cheque", "cheques", "phone", "carbon", "tickets", "receipts")
	// makeDoCosts tell the fallback hurts or stops the work.
	makeDoCosts = wordSet("lose", "lost", "losing", "nobody", "stop", "stops", "stuck", "cant", "cannot", "couldnt",
		"dead", "halt", "closed", "shut", "panic", "nightmare", "disaster", "chaos", "struggle", "slow", "slower",
		"nothing", "everything", "mess", "hell", "pain", "painful", "awkward", "badly", "messy", "costs", "mistakes", "annoying", "type", "typed",
		"later", "after", "afterwards", "coped", "cope")
	// spellLimits bound how long the fallback holds: "for a day or two".
	spellLimits = wordSet("day", "days", "hour", "hours", "week", "weeks", "while", "longer", "morning", "afternoon")
	// partShares tell the part of the work that goes on: "still half".
	partShares = wordSet("half", "most", "some", "part", "still")
)

// opsHypothetical reads a breakdown told as a what-if with the fallback
// named: little reliance when it costs nothing ("if the till packs up
// we take cash and write it in the book"), the middle when it costs
// part of the work and the rest goes on ("we'd lose orders, but the
// phone still brings in half").
func opsHypothetical(q *question, w []string, cut []bool) string {
	for i, t := range w {
		if !whatIfWords[t] {
			continue
		}
		if hasAny(w[:i], contrastWords) {
			return "" // "we use it a lot, but if it's down we manage on paper": the reliance told first
		}
		if i > 0 {
			if pre := matchUncorrected(q, strings.Join(w[:i], " "), nil); pre.value != "" || len(pre.candidates) > 0 {
				return "" // what comes before says how much already
			}
		}
		o := i + 1
		for o < len(w) && o <= i+6 && !cut[o] && !systemGoneWords[w[o]] {
			o++
		}
		if o >= len(w) || o > i+6 || cut[o] {
			continue
		}
		then := w[o+1:]
		costs := hasAny(then, makeDoCosts) || hasAny(then, fallbackDanger) || hasAny(then, fallbackHarmed)
		switch {
		case !hasAny(then, makeDoTools):
			return ""
		case !costs && !hasAny(then, spellLimits) && asBefore(then):
			return "low"
		case costs && i == 0 && hasAny(then, contrastWords) && hasAny(then, partShares):
			return "medium"
		}
		return ""
	}
	return ""
}

// asBefore reports the fallback told as the old way of working, which
// the firm ran on before the system came: "like we used to", "as we did
// for thirty years", "like before". A fallback named alone may still be
// a day's struggle.
func asBefore(w []string) bool {
	for i, t := range w {
		if t != "like" && t != "as" {
			continue
		}
		for _, u := range w[i+1 : min(i+4, len(w))] {
			if u == "used" || u == "did" || u == "before" || u == "always" || u == "old" {
				return true
			}
		}
	}
	return false
}

var (
	breachVerbs = wordSet("hacked", "hack", "hacks", "breached", "broke", "stole", "got")
	// learnVerbs are what a thief would only learn: "they'd find out".
	learnVerbs = wordSet("find", "learn", "see", "know", "discover", "read")
	// valuables are what a breach would cost: data of worth.
	valuables = wordSet("data", "details", "card", "cards", "bank", "passwords", "password", "records", "customers",
		"customer", "clients", "client", "personal", "money", "accounts", "account", "files", "patients",
		"patient", "addresses", "payments", "payroll", "codes", "keys", "designs", "secrets", "everything", "all")
)

// trivialBreach reports a breach told as a what-if that would only let
// the thief learn something of no worth: "if someone hacked us they'd
// find out what we charge for crickets".
func trivialBreach(w []string) bool {
	for i, t := range w {
		if t != "if" {
			continue
		}
		j := i + 1
		for j < len(w) && j <= i+4 && !breachVerbs[w[j]] {
			j++
		}
		if j >= len(w) || j > i+4 {
			continue
		}
		then := w[j+1:]
		return hasAny(then, learnVerbs) && !hasAny(then, valuables) && !hasAny(then, makeDoCosts) &&
			!hasAny(then, ruinWords)
	}
	return false
}

// threatOptions are the questions where a threat told as a what-if is
// the reason for the yes beside it.
var threatOptions = map[string]bool{qInnovation: true, qProducts: true, qOps: true, qCompetitors: true}

var (
	// threatSentence and threatTail are a what-if to the end of its
	// sentence: a whole sentence opening "If", or one after ", and if" /
	// ", if".
	threatSentence = regexp.MustCompile(`(?i)(?:^|[.!?;]\s+)if\b[^.!?;]*`)
	threatTail     = regexp.MustCompile(`(?i),?\s+(?:and|but|because|as)?\s*if\b[^.!?;]*`)
	// threatLosses are what the what-if would cost.
	threatLosses = wordSet("nothing", "out", "finished", "dead", "sunk", "shrink", "lose", "lost", "gone", "go",
		"buy", "another", "closed", "close", "bust", "behind", "nobody", "stop", "stops", "halt", "sign", "leave",
		"elsewhere", "half", "done", "take", "steal", "eat", "win")
	// latestWords, nothingOutWords and catchUpWords in a threat's
	// condition or consequence carry it to innovation's, products' and
	// competitors' yes.
	latestWords     = wordSet("latest", "newest")
	nothingOutWords = wordSet("nothing", "out")
	catchUpWords    = wordSet("catch", "close")
	// threatConditions deny or take away: "if we're not first", "if we
	// stopped developing", "if it's down".
	threatConditions = wordSet("not", "cant", "dont", "doesnt", "didnt", "wasnt", "werent", "stopped", "stop",
		"lost", "dropped", "quit", "back", "down", "failed", "without", "never")
)

// thenSubjects open the consequence of a what-if told without a comma.
var thenSubjects = wordSet("we", "wed", "well", "were", "i", "id", "ill", "they", "theyd", "theyll", "theyre", "it",
	"itd", "itll", "its", "nobody", "everyone", "everything", "nothing", "the", "customers", "clients", "people", "our")

// threatReason is the yes of an answer that gives a threat as a what-if
// for it ("Yes. If we're not first, the broadcasters buy elsewhere"):
// the rest of the answer read without the what-if, when that is the
// question's yes and the what-if denies or takes something away with a
// loss after it.
func threatReason(q *question, text string) string {
	loc := threatSentence.FindStringIndex(text)
	if loc == nil {
		loc = threatTail.FindStringIndex(text)
	}
	if loc == nil {
		return ""
	}
	ifPart, cut := tokenize(text[loc[0]:loc[1]])
	k := 0
	for k < len(ifPart) && ifPart[k] != "if" {
		k++
	}
	if k+1 >= len(ifPart) {
		return ""
	}
	// The condition ends at its comma, or else where the next subject
	// takes the consequence: "if we stopped developing it we'd be out".
	cond, then := ifPart[k+1:], []string(nil)
	for j := k + 2; j < len(ifPart); j++ {
		if cut[j] {
			cond, then = ifPart[k+1:j], ifPart[j:]
			break
		}
	}
	for j := k + 2; then == nil && j < len(ifPart); j++ {
		if thenSubjects[ifPart[j]] {
			cond, then = ifPart[k+1:j], ifPart[j:]
		}
	}
	if !hasAny(cond, threatConditions) || !hasAny(then, threatLosses) {
		return ""
	}
	rest := strings.TrimSpace(text[:loc[0]] + " " + text[loc[1]:])
	if len(normalize(rest)) == 0 {
		return ""
	}
	r := matchPart(q, rest, nil)
	switch {
	case r.value == q.yes:
		return q.yes
	case q.ID == qInnovation && r.value == "" && (hasAny(cond, firstLeadWords) || hasAny(cond, latestWords)):
		// "Has to be. If we're not first with the new standard, the
		// broadcasters buy elsewhere": being first is the need.
		return q.yes
	case q.ID == qProducts && r.value == "" && hasAny(cond, techNouns) && hasAny(then, nothingOutWords):
		// "If the software doesn't work, the harbour masters have
		// nothing from us": the software is what is sold.
		return q.yes
	case q.ID == qCompetitors && r.value == "" && hasAny(cond, catchUpWords):
		// "if we don't catch up they'll take our pubs": catching up
		// presumes we are behind.
		return q.yes
	}
	return ""
}

// otherwiseOpeners start the other branch of a what-if: "if not",
// "otherwise", "if it doesn't".
var otherwiseOpeners = wordSet("otherwise", "else", "not", "doesnt", "dont", "didnt", "wont", "isnt", "arent")

// eitherWayMiddle reads "if we win the contract, yes; if not, no": each
// end said under its own condition, neither is the answer; the middle
// option is. "" when the answer is of another shape.
func eitherWayMiddle(q *question, text string, w []string, cut []bool) string {
	if len(q.Options) != 3 || q.headcount != nil || len(w) == 0 || !whatIfWords[w[0]] {
		return ""
	}
	other := false
	for i := 1; i < len(w); i++ {
		if !cut[i] {
			continue
		}
		next := w[i:min(i+4, len(w))]
		if next[0] == "otherwise" || next[0] == "else" || next[0] == "if" && hasAny(next[1:], otherwiseOpeners) {
			other = true
		}
	}
	if !other {
		return ""
	}
	m := matchUncorrected(q, text, nil)
	ends := []string{q.Options[0].Value, q.Options[2].Value}
	if m.value != "" || len(m.candidates) != 2 || !(m.candidates[0] == ends[0] && m.candidates[1] == ends[1] ||
		m.candidates[0] == ends[1] && m.candidates[1] == ends[0]) {
		return ""
	}
	return q.Options[1].Value
}

// moneyAffirmed is a yes beside it: an opening yes, or the money had.
var moneyAffirmed = regexp.MustCompile(`(?i)^\s*(?:yes|yeah|yep|sure|of course|absolutely)\b|\bwe(?:'ve| have)\s+(?:got\s+)?(?:it|the money)\b|\bmoney'?s there\b|\bmoney is there\b`)

// moneyNoObstacle denies money as the obstacle: "it's not a question of
// money", "money isn't the problem", "not about the money".
var moneyNoObstacle = regexp.MustCompile(`(?i)\bnot\s+(?:an?\s+|the\s+)?(?:question|matter|issue|problem|case)\s+of\s+(?:the\s+)?(?:money|cash|budget|cost)\b|\b(?:money|cash|budget|cost)\s*(?:is\s*n'?t|is\s+not|'s\s+not)\s+(?:the|an?)\s+(?:problem|issue|question|obstacle)\b|\bnot\s+about\s+(?:the\s+)?(?:money|cash|budget|cost)\b`)
