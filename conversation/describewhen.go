package conversation

import (
	"slices"
	"strings"
)

// Whom and when a description's clause tells of: an attack on another
// business named by what it is ("a mill in Yorkshire was locked out"),
// a headcount of years gone ("there were 600 people here in the
// seventies"), a count of people by a trade of two words the readers do
// not know ("130 care workers"). Lists of other businesses and of past
// words never end, so the clause must name us, or today, itself.

var (
	// placeBefore make "us" a place, not the victim: "a dairy near us".
	placeBefore = wordSet("near", "beside", "from", "like", "than", "to", "behind", "around", "past")
	// ownedSystem go before a system of ours: "the booking system".
	ownedSystem = wordSet("the", "our", "my")
)

// victimIsUs reports whether clause c makes the company an attack's
// victim: it names us ("we were hit", "our website", "cost us") or one of
// our own systems ("ransomware locked the booking system"). An attack on
// a business told by what it is ("a garage two streets away got hit")
// names neither, and a worry it caused ("which worried us") is ours, not
// the attack.
func victimIsUs(c []string) bool {
	if k := slices.Index(c, "which"); k > 0 {
		c = c[:k]
	}
	for i, t := range c {
		switch {
		case t == "us" && i > 0 && placeBefore[c[i-1]]:
		case selfWords[t]:
			return true
		case (systemThings[t] || virusHosts[t] || techNouns[t]) && hasAny(c[max(0, i-3):i], ownedSystem):
			return true
		}
	}
	return false
}

var (
	// pastEras are times gone a state may be told of: "in the
	// seventies", "in its heyday".
	pastEras = wordSet("heyday", "sixties", "seventies", "eighties", "nineties", "1960s", "1970s", "1980s",
		"1990s", "fifties", "forties", "2000s", "2010s", "60s", "70s", "80s", "90s")
	// eraOwners make a peak a time gone: "at our peak", not "at peak
	// times".
	eraOwners = wordSet("our", "its", "the", "their", "my")
	// pastHave are past verbs of a count: "the works had 900 people".
	pastHave = wordSet("had", "employed")
)

// pastEra reports a clause told of a time gone: "back in the nineties",
// "in its heyday", "at our peak", "back then". A time since ("since the
// eighties") runs to today.
func pastEra(c []string) bool {
	for i, t := range c {
		switch {
		case eraGone(c, i):
			return true
		case t == "peak" && i > 0 && eraOwners[c[i-1]] && !peakTimeAfter(c, i):
			return true
		case t == "back" && i+1 < len(c) && (c[i+1] == "in" || c[i+1] == "then"):
			return true
		}
	}
	return false
}

// peakTimes follow "peak" when it is a busy time now: "the peak season".
var peakTimes = wordSet("season", "seasons", "times", "time", "hours", "hour", "days", "day", "months",
	"weeks", "periods", "period")

// peakTimeAfter reports a busy time named in the two words after the
// "peak" at c[i], a word of what is busy maybe between: "the peak
// season", "the peak plucking season", "the peak holiday weeks".
func peakTimeAfter(c []string, i int) bool {
	if i+2 < len(c) && c[i+1] == "of" {
		// "the peak of the season", "the peak of summer"
		k := i + 2 + boolInt(c[i+2] == "the")
		return k < len(c) && (peakTimes[c[k]] || seasonWords[c[k]] && c[k] != "peak" && c[k] != "rest")
	}
	return i+1 < len(c) && peakTimes[c[i+1]] || i+2 < len(c) && peakTimes[c[i+2]]
}

// pastHeadcount reports a clause counting people at a time gone: "there
// were 40 staff here", "back in 2005", "at our peak we had 300", "in the
// eighties". Today's count ("we're 85 people today") says none of these.
func pastHeadcount(c []string) bool {
	return pastEra(c) || hasAny(c, pastHave) ||
		hasPhrase(c, []string{"there", "were"}) || hasPhrase(c, []string{"there", "was"})
}

// tradePeople count people by their work, after a word naming the work:
// "care workers", "moving crew". Generic words ("people", "staff") after
// a word are a known count qualified ("five senior staff").
var tradePeople = wordSet("workers", "crew", "crews", "hands", "engineers", "drivers", "developers",
	"consultants", "lawyers", "stylists", "apprentices", "operatives", "assistants", "aides")

// tradeNoun reports a word that counts people by their work: "workers",
// "nurses", a trade the readers do not know ("groomers").
func tradeNoun(w string) bool {
	if tradePeople[w] || staffNouns[w] && w != "office" && w != "sales" {
		return true
	}
	for _, end := range possibleStaff {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 && !notStaff[w] {
			return true
		}
	}
	return false
}

// twoWordCrew reports a count of people by a trade of two words ("130
// care workers", "35 moving crew", "200 bank nurses"): the readers do
// not take it for the headcount, so a smaller known count beside it ("11
// office staff") is part of the headcount, not all of it. Volunteers,
// spans of time and a crew within a total are no such count ("30
// volunteer coaches", "twenty years", "14 of us incl 2 delivery
// drivers").
func twoWordCrew(c []string) bool {
	for i := 0; i+2 < len(c); i++ {
		n, ok := count(strings.TrimSuffix(c[i], "+"))
		if !ok || n == 0 || isYear(c[i]) || i > 0 && (c[i-1] == "incl" || c[i-1] == "including") {
			continue // "14 of us incl 2 delivery drivers": a part of a total
		}
		w := c[i+1]
		switch {
		case peopleWords[w], staffNouns[w], notStaff[w], notStaff[w+"s"], notCrew[w], numberTails[w],
			staffModifiers[w], countEnds[w], spanUnits[w]:
			continue
		}
		if tradeNoun(c[i+2]) {
			return true
		}
		// A trade of three words: "thirty sign-language interpreters".
		if i+3 < len(c) && !strings.HasSuffix(c[i+2], "s") && !notStaff[c[i+3]] && tradeNoun(c[i+3]) {
			return true
		}
	}
	return false
}

var (
	// otherDeterminers start a business that is not us: "a garage",
	// "another shop", "one of the hotels".
	otherDeterminers = wordSet("a", "an", "another")
	// placeWords place a business elsewhere: "a garage in town", "a
	// cafe round the corner", "a mill two valleys away".
	placeWords = wordSet("in", "down", "up", "round", "around", "across", "near", "nearby", "next", "outside",
		"along", "opposite", "beside", "over", "away", "on")
	// clauseJoins join a clause to the one before.
	clauseJoins = wordSet("and", "but", "so", "because", "while", "although", "though", "whereas")
)

// othersBusiness reports a clause that starts with another business
// told by what it is and where: "a garage in town", "one of the hotels
// on the seafront". A thing ("a laptop on the counter") is no business.
func othersBusiness(c []string) bool {
	for len(c) > 0 && clauseJoins[c[0]] {
		c = c[1:]
	}
	switch {
	case len(c) > 3 && c[0] == "one" && c[1] == "of":
		c = c[2:]
	case len(c) > 3 && c[0] == "the" && (c[1] == "other" || c[1] == "only" && c[2] == "other"):
		c = c[slices.Index(c, "other"):] // "the only other operator in the port"
	case len(c) > 2 && otherDeterminers[c[0]]:
	default:
		return false
	}
	head := c[1:min(len(c), 5)]
	return hasAny(head, placeWords) && !hasAny(head, techNouns) && !hasAny(head, systemThings) &&
		!hasAny(head, virusHosts)
}

// othersSubject reports a clause about another business ("a garage in
// town keeps its records in three spreadsheets") that names no "we",
// "our" or "us" of ours: its state is not ours.
func othersSubject(c []string) bool {
	if !othersBusiness(c) {
		return false
	}
	for i, t := range c {
		if selfWords[t] && !(t == "us" && i > 0 && placeBefore[c[i-1]]) {
			return false
		}
	}
	return true
}
