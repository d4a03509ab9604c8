package conversation

import "slices"

// Systems answers told by what went wrong or by which part works: an
// error the systems made on customers ("we sold the same stamp twice",
// "a fault double-charged 400 customers") is the worst option, however
// calm the words around it; one part fine beside another that is a chore
// or does not agree ("webshop's fine, the stock never matches") is some
// pain points.

// mostlyWords weigh an incident told beside them as one weak part of
// systems mostly in order: "mostly ok, we've double-booked a press
// twice" is some pain points, not the worst.
var mostlyWords = wordSet("mostly", "generally", "largely", "overall")

// incidentVerbs are business acts a system can do wrongly: twice, to the
// wrong customer, or over the mark.
var incidentVerbs = wordSet("sold", "charged", "billed", "booked", "shipped", "sent", "paid", "invoiced",
	"delivered", "released", "dispatched", "posted", "refunded", "ordered", "emailed")

// incidentPrefixes make an incident verb a wrong act: "double booked",
// "over charged".
var incidentPrefixes = wordSet("double", "over", "doubled")

// wrongTargets after "the wrong" name what a system mixed up: "released
// the wrong car".
var wrongTargets = wordSet("car", "cars", "customer", "customers", "client", "clients", "order", "orders",
	"parcel", "parcels", "address", "addresses", "item", "items", "goods", "invoice", "invoices", "price",
	"prices", "patient", "patients", "room", "rooms", "person", "people")

// systemIncident reports an error the business made through its systems,
// told as done: "we double shipped 2 orders", "sold the same stamp
// twice", "a fault double-charged 400 customers", "released the wrong car
// twice", "overcharged 200 customers". Not when denied ("never double
// booked").
func systemIncident(w []string) bool {
	for i, t := range w {
		act := false
		switch {
		case incidentVerbs[t] && i > 0 && incidentPrefixes[w[i-1]]:
			act = true // "double booked", "over charged"
		case len(t) > 6 && (t[:6] == "double" || t[:4] == "over") && incidentVerbs[trimPrefixes(t)]:
			act = true // "overcharged", "doublebooked"
		case incidentVerbs[t]:
			after := w[i+1 : min(len(w), i+6)]
			act = slices.Contains(after, "twice") ||
				slices.Contains(after, "wrong") && hasAny(after, wrongTargets)
		}
		if act && !hasAny(w[max(0, i-4):i], negation) {
			return true
		}
	}
	return false
}

// trimPrefixes drops a leading "double" or "over" from a joined word.
func trimPrefixes(t string) string {
	for _, p := range []string{"double", "over"} {
		if len(t) > len(p) && t[:len(p)] == p {
			return t[len(p):]
		}
	}
	return t
}

// choreWords tell a task done slowly by hand: "one by one", "takes
// days".
var choreWords = wordSet("manually", "retype", "retyping", "rekey", "rekeying", "struggling", "struggles")

// choreOrMismatch reports a clause that tells a part as a chore or as
// records that do not agree: "the certificates we make in Word one by
// one, it takes days", "the stock never matches", "the old one is
// struggling".
func choreOrMismatch(c []string) bool {
	if hasAny(c, choreWords) || hasPhrase(c, []string{"too", "many"}) || hasPhrase(c, []string{"one", "by", "one"}) || hasPhrase(c, []string{"by", "hand"}) {
		return true
	}
	for i, t := range c {
		if (t == "takes" || t == "take") && i+1 < len(c) && wordSet("days", "hours", "ages", "forever", "weeks")[c[i+1]] {
			return true
		}
		if agreeVerbs[t] && i > 0 && wordSet("never", "dont", "doesnt", "wont", "cant", "rarely")[c[i-1]] {
			return true
		}
	}
	return false
}

// fineThenChore reports a part told fine and, in a later clause, another
// part told as a chore or a mismatch, nothing told as the worst: "the
// computer is ok but the certificates we make in Word one by one, it
// takes days", "webshop's fine, the stock between the shop and the
// kitchen never matches". Some pain points.
func fineThenChore(w []string, cut []bool) bool {
	if hasAny(w, painWords) || hasAny(w, worstWords) || hasAny(w, wordSet("chaos", "hell")) {
		return false
	}
	fine := false
	for _, c := range clauses(w, cut) {
		if !fine {
			fine = (hasAny(c, goodWords) || hasAny(c, wordSet("reliable", "stable"))) && !hasAny(c, negation) &&
				!choreOrMismatch(c)
			continue
		}
		if choreOrMismatch(c) {
			return true
		}
	}
	return false
}

// peripheralTroubleOnly reports systems trouble told only of peripherals
// ("people complain about the printer and the slow Wi-Fi"): owners rate
// it some pain points or the worst alike, so neither is taken unasked.
// Told as constant ("the wifi drops constantly", "dies every day") it is
// the worst.
func peripheralTroubleOnly(w []string) bool {
	return peripheralOnly(w) && !hasAny(w, wordSet("everything", "nothing", "whole")) && !hasAny(w, constantWords) &&
		!hasPhrase(w, []string{"all", "day"}) && !hasPhrase(w, []string{"all", "the", "time"}) && !hasAny(w, painWords)
}

// constantWords tell a trouble as constant: "drops constantly", "dies
// every day". "that's all I hear" is no such word.
var constantWords = wordSet("constantly", "constant", "always", "daily", "every", "nonstop", "continually", "forever")

// patchTools hold systems together in a way that works: "held together
// with scripts" is some pain points or the worst, by the owner; "with
// duct tape and prayers" is the worst.
var patchTools = wordSet("scripts", "script", "macros", "macro", "excel", "spreadsheets", "zapier", "integrations",
	"code", "python")

// heldTogetherByTools reports an answer that is only systems "held
// together" with working tools, ending on them: "our test rig and the
// order tracking are held together with scripts". Anything more told
// (an age, one person who understands it, passwords) is left to the
// words.
func heldTogetherByTools(w []string, cut []bool) bool {
	k := slices.Index(w, "together")
	if k < 1 || !wordSet("held", "stuck", "glued", "tied", "joined")[w[k-1]] || len(clauses(w, cut)) > 1 {
		return false
	}
	if k+3 < len(w) || slices.ContainsFunc(w, isNumberWord) {
		return false
	}
	return hasAny(w[k+1:], patchTools) && !hasAny(w, painWords)
}

// nobodyKnows reports an answer whose "nobody" or "no one" is the
// subject of not knowing: "nobody's sure who has the admin passwords",
// "no one knows where the files are". An unknown, no denial of trouble.
func nobodyKnows(w []string) bool {
	for i, t := range w {
		if t != "nobody" && t != "nobodys" && !(t == "one" && i > 0 && w[i-1] == "no") {
			continue
		}
		if hasAny(w[i+1:min(len(w), i+4)], wordSet("sure", "knows", "know", "knew", "understands", "remembers")) {
			return true
		}
	}
	return false
}

// exceptPhrases set one named thing apart from the rest: "otherwise",
// "other than that", "apart from that".
var exceptPhrases = [][]string{{"otherwise"}, {"other", "than", "that"}, {"apart", "from", "that"},
	{"besides", "that"}, {"aside", "from", "that"}, {"except", "for", "that"}}

// oneThingThenFine reports a thing named first and the rest then called
// fine: "we need a new phone system, otherwise fine", "the printer is
// temperamental, other than that all good". One pain point, so some, not
// a clean bill.
func oneThingThenFine(w []string) bool {
	for _, p := range exceptPhrases {
		for i := 2; i+len(p) <= len(w); i++ {
			if !hasPhrase(w[i:i+len(p)], p) {
				continue
			}
			after := w[i+len(p):]
			if len(after) <= 4 && hasAny(after, wordSet("fine", "good", "ok", "okay", "alright", "sorted", "great")) &&
				!hasAny(after, negation) {
				return true
			}
		}
	}
	return false
}

// agedWords call systems old: a pain key alone.
var agedWords = wordSet("ancient", "old", "outdated", "legacy", "dated", "aging", "ageing", "antique")

// agedButWorking reports systems told old but working after a turn: "they
// are ancient but reliable", "old, but it does the job". Some pain
// points: the age, not failures.
func agedButWorking(w []string, cut []bool) bool {
	k := slices.IndexFunc(w, func(t string) bool { return contrastWords[t] })
	if k < 1 || !hasAny(w[:k], agedWords) || troubleKinds(w, cut) > 0 {
		return false
	}
	after := w[k+1:]
	// "old but it still works fine" calls them fine: left to the words.
	return hasAny(after, wordSet("reliable", "works", "work", "working", "solid", "stable", "job")) &&
		!hasAny(after, wordSet("fine", "perfectly", "great")) && !hasAny(after, negation) && !hasAny(w, painWords)
}

// troubleSplit is the other reading of a trouble answer read as v that
// owners split on, inDoubt for an unknown, or "".
func troubleSplit(q *question, w []string, cut []bool, v string) string {
	if q.trouble && v == q.no && nobodyKnows(w) {
		return inDoubt // "nobody's sure who has the admin passwords": no denial
	}
	if q.ID == qSystems && v == q.yes && (peripheralTroubleOnly(w) && !wholeVerdictOpening(w, cut) || heldTogetherByTools(w, cut) || oneThingAMess(w)) {
		return q.hedge // "people complain about the printer and the slow wifi": some or the worst?
	}
	return ""
}

// wholeSubjects stand for the systems as a whole: "it's a mess".
var wholeSubjects = wordSet("it", "its", "they", "theyre", "everything", "systems", "system", "all", "things", "whole", "setup",
	"honestly", "tbh", "total", "complete", "right", "real", "bit", "such")

// oneThingAMess reports a short answer that calls one named thing a
// mess ("Shared drive's a mess", "our spreadsheets are a mess"): owners
// split on whether one part is some trouble or the systems' worst.
func oneThingAMess(w []string) bool {
	i := slices.Index(w, "mess")
	if len(w) > 6 || i < 2 || w[i-1] != "a" || hasAny(w, wholeSubjects) || hasAny(w, negation) {
		return false
	}
	return i == len(w)-1
}

// bareVerdictFillers may stand beside trouble words in a bare verdict: "slow
// af", "slow as anything", "so slow".
var bareVerdictFillers = wordSet("and", "af", "as", "anything", "hell", "so", "very", "really", "too", "super", "painfully")

// wholeVerdictOpening reports an answer that opens, after any yes, on a
// clause of trouble words alone ("slow af.", "slow, patchy, and ..."):
// a verdict on the systems as a whole, so a device named after it is
// not the only trouble.
func wholeVerdictOpening(w []string, cut []bool) bool {
	for start := 0; start < len(w); {
		_, end := clauseBounds(cut, start)
		c := w[start:end]
		if !slices.ContainsFunc(c, func(t string) bool { return !yesWords[t] }) {
			start = end
			continue
		}
		trouble := false
		for _, t := range c {
			switch {
			case slowWords[t] || patchyWords[t] || painWords[t]:
				trouble = true
			case !bareVerdictFillers[t]:
				return false
			}
		}
		return trouble
	}
	return false
}

// mostlyWorkingWords call the systems working in a mostly-working
// opening: "mostly fine", "on the whole they work".
var mostlyWorkingWords = wordSet("fine", "ok", "okay", "alright", "good", "work", "works", "working", "goes", "run", "runs")

// mostlyWorkingOpening reports an opening clause that calls the systems
// mostly working ("mostly fine", "generally ok", "on the whole they
// work", "by and large they work", "in general it goes"): troubles named
// after it are its exceptions, not the worst.
func mostlyWorkingOpening(w []string, cut []bool) bool {
	_, end := clauseBounds(cut, 0)
	if end >= len(w) || end > 6 || hasAny(w[:end], negation) || !hasAny(w[:end], mostlyWorkingWords) {
		return false
	}
	c := w[:end]
	return hasAny(c, mostlyWords) || hasPhrase(c, []string{"on", "the", "whole"}) ||
		hasPhrase(c, []string{"by", "and", "large"}) || hasPhrase(c, []string{"in", "general"})
}
