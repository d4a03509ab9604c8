package conversation

import "slices"

// Shapes of an ops answer: one computer told as the only one, and
// systems told as what runs the business.

// machineWords are computers one can count; "one system" is all the
// work in one place, no side.
var machineWords = wordSet("computer", "laptop", "pc", "tablet", "mac")

// singleComputer reports a clause naming one computer: "we have one
// computer for the accounts", "a single pc for the books". Beside work
// by hand, that is a side, as "only" says.
func singleComputer(c []string) bool {
	for i := 1; i < len(c); i++ {
		if machineWords[c[i]] && (c[i-1] == "one" || c[i-1] == "single") {
			return true
		}
	}
	return false
}

// runObjects are what systems run when the business hangs on them: "the
// place", "the whole business", "the shop".
var runObjects = wordSet("place", "business", "shop", "show", "company", "operation", "firm", "office",
	"store", "restaurant", "hotel")

// systemsRunThePlace reports systems as the subject that runs the
// business: "the booking system and the wifi basically run the place",
// "the app runs the whole business". A person who runs the place ("I
// run the place with a notebook") is not.
func systemsRunThePlace(w []string) bool {
	for k, t := range w {
		if t != "run" && t != "runs" || k == 0 || !hasAny(w[:k], itPlaces) && !hasAny(w[:k], itNouns) {
			continue
		}
		if hasAny(w[:k], wordSet("i", "we", "you", "they")) || hasAny(w[:k], negation) {
			continue
		}
		j := k + 1
		for j < len(w) && (w[j] == "the" || w[j] == "whole" || w[j] == "entire" || w[j] == "our") {
			j++
		}
		if j < len(w) && runObjects[w[j]] {
			return true
		}
	}
	return false
}

// notTails may follow "not" at the end of a clause that denies a part
// without a verb: "the tugs themselves not really", "not at all".
var notTails = wordSet("really", "at", "all", "much", "quite", "so", "yet", "entirely", "completely", "as")

// otherPartDenied reports a clause that names a part and denies it the
// computer without a verb ("the tugs themselves not really", "the boats
// not at all"): a part off the computer. Not "we don't have a shop" nor
// "if it's down we stop", which tell other things.
func otherPartDenied(c []string) bool {
	p := -1
	for i, t := range c {
		if t == "not" {
			p = i
		}
	}
	if p < 2 || hasAny(c[:p], wordSet("we", "i", "it", "its", "if", "they", "you")) || hasAny(c[:p], itPlaces) ||
		hasAny(c[:p], itNouns) || hasAny(c[:p], manualWays) || hasAny(c[:p], noITThings) {
		return false
	}
	for _, t := range c[p+1:] {
		if !notTails[t] {
			return false
		}
	}
	return true
}

// partsOnAndOff reports a part on the computer beside another part whose
// clause denies it ("the bookings are computerised, the boats themselves
// not at all"): the denial's degree is of that part, not of the answer.
func partsOnAndOff(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	on, off := false, false
	for _, c := range cs {
		switch {
		case hasAny(c, itPlaces) && !hasAny(c, negation):
			on = true
		case otherPartDenied(c):
			off = true
		}
	}
	return len(cs) >= 2 && on && off || splitOnAndOff(w, cs)
}

// handTools are tools of work by hand: "everything else is chisels".
var handTools = wordSet("chisel", "chisels", "saw", "saws", "hammer", "hammers", "tools", "spanners",
	"brushes", "knives", "needles", "lathe", "chalk")

// restByHand reports a computer that does a named task while "everything
// else" or "the rest" is by hand or with tools: "the computer does the
// emails and the layouts, everything else is chisels and the saw".
func restByHand(w []string) bool {
	for i := 1; i < len(w); i++ {
		rest := w[i] == "else" && (w[i-1] == "everything" || w[i-1] == "all") || w[i] == "rest" && w[i-1] == "the"
		if !rest || !hasAny(w[:i], itPlaces) && !hasAny(w[:i], itNouns) {
			continue
		}
		if hasAny(w[:i], importanceWords) {
			return false // "the till and the email matter, the rest by hand": the middle
		}
		tail := w[i+1:]
		if hasAny(tail, itPlaces) || hasAny(tail, itNouns) || hasAny(tail, negation) {
			return false
		}
		return hasAny(tail, manualWays) || hasAny(tail, noITThings) || hasAny(tail, handTools) || hasAny(tail, handsOn)
	}
	return false
}

// everydayTools are the tools every office has, IT no business runs on.
var everydayTools = wordSet("email", "emails", "gmail", "outlook", "whatsapp", "excel", "spreadsheet",
	"spreadsheets", "word", "text", "texts", "texting", "sms", "facebook", "instagram", "calendar",
	"phone", "phones", "calculator")

// bitOfTools reads the whole answer "bit of email", "a bit of whatsapp
// and a spreadsheet": a small use of everyday tools, the bottom option,
// not the middle one "a bit" reads alone.
func bitOfTools(w []string) bool {
	k := slices.Index(w, "bit")
	if k < 0 || k+2 >= len(w) || w[k+1] != "of" {
		return false
	}
	for _, t := range w[:k] {
		if !wordSet("a", "just", "only", "tiny", "little", "wee")[t] {
			return false
		}
	}
	rest := slices.DeleteFunc(slices.Clone(w[k+2:]), func(t string) bool { return thingGlue[t] })
	return len(rest) > 0 && !slices.ContainsFunc(rest, func(t string) bool { return !everydayTools[t] && !basicTools[t] })
}

// workPlatforms are the cloud tools a team works inside all day: named
// by a software firm as "the normal things", they are not the basic
// tools of a shop.
var workPlatforms = wordSet("slack", "github", "gitlab", "jira", "notion", "teams", "workspace", "confluence",
	"figma", "asana", "trello", "aws", "azure", "hubspot", "salesforce", "zoom", "365", "drive", "bitbucket")

// platformsAsBasics reports an answer naming two or more work platforms
// ("Google Workspace, Slack, GitHub, the normal things"): read as basic
// tools, it may as well be quite a lot, so it is asked.
func platformsAsBasics(w []string) bool {
	n := 0
	for _, t := range w {
		if workPlatforms[t] {
			n++
		}
	}
	return n >= 2
}
