package conversation

import (
	"strconv"
	"strings"
)

// Reliance told as the share of the work that runs on computers: "maybe
// 10% of the work touches a computer", "around 60% of orders come through
// the webshop, the rest by phone". The share is the degree; a clause on
// "the rest" only restates it. A share of people ("80% of our staff work
// remotely") or of work done by hand tells no reliance.

var (
	// sharedOnScreen say where the shared work is done.
	sharedOnScreen = wordSet("computer", "computers", "screen", "screens", "system", "systems", "software",
		"online", "webshop", "website", "web", "app", "apps", "internet", "email", "emails", "digital",
		"digitally", "cloud", "laptop", "laptops", "tablet", "tablets", "pc", "pcs", "erp", "crm", "platform", "keyboard", "keyboards",
		"portal")
	// shareLeadIns may stand before the share: "maybe 10%", "only about 5%".
	shareLeadIns = wordSet("maybe", "about", "around", "roughly", "only", "just", "under", "over", "nearly",
		"almost", "some", "less", "more", "than", "perhaps", "probably", "i", "id", "say", "guess", "well",
		"so", "honestly", "approximately", "approx", "barely", "hardly", "at", "most", "least", "like", "close", "to")
	// peopleShared make a share one of people, not of the work.
	peopleShared = wordSet("staff", "people", "employees", "workers", "team", "drivers", "engineers",
		"colleagues", "us", "them", "crew", "lads", "nurses", "teachers", "technicians", "fitters", "agents")
	// restOpeners start a clause on the rest of the work.
	restOpeners = wordSet("rest", "remainder", "remaining", "other", "others")
)

// percentAt reads "N%", "N percent" or "N per cent" at w[i]: the share and
// the index after it.
func percentAt(w []string, i int) (float64, int, bool) {
	t := w[i]
	if p, ok := strings.CutSuffix(t, "%"); ok {
		v, err := strconv.ParseFloat(p, 64)
		return v / 100, i + 1, err == nil && v >= 0 && v <= 100
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || v > 100 {
		return 0, 0, false
	}
	switch {
	case i+1 < len(w) && w[i+1] == "percent":
		return v / 100, i + 2, true
	case i+2 < len(w) && w[i+1] == "per" && w[i+2] == "cent":
		return v / 100, i + 3, true
	}
	return 0, 0, false
}

// leadingShare reads an ops answer that opens with the share of the work
// done on computers, with the rest's words as its reason (see
// leadingRating).
func leadingShare(q *question, w []string, cut []bool) (answerMatch, bool) {
	if q.ID != qOps {
		return answerMatch{}, false
	}
	i := 0
	for i < len(w) && !cut[i] && shareLeadIns[w[i]] && i < 4 {
		i++
	}
	if i >= len(w) || i > 0 && cut[i] {
		return answerMatch{}, false
	}
	f, j, ok := percentAt(w, i)
	if !ok || j >= len(w) || cut[j] || w[j] != "of" {
		return answerMatch{}, false
	}
	end := j + 1
	for end < len(w) && !cut[end] {
		end++
	}
	clause := w[j+1 : end]
	if !hasAny(clause, sharedOnScreen) || hasAny(clause, peopleShared) || hasAny(clause, negation) {
		return answerMatch{}, false
	}
	rest, restCut := withoutRestClauses(w[end:], cut[end:])
	return ratedWithRest(q, shareReading(f), restReading(q, rest, restCut))
}

// shareReading is the reliance a share of the work on computers tells.
func shareReading(f float64) rating {
	return rating{f: f, dir: 1}
}

// withoutRestClauses drops the clauses on the rest of the work that open
// w ("the rest by phone", "the other 40% is by hand"), up to a "but".
func withoutRestClauses(w []string, cut []bool) ([]string, []bool) {
	if len(w) == 0 {
		return w, cut
	}
	k := 0
	if w[0] == "the" || w[0] == "and" {
		k = 1
	}
	if k >= len(w) || !restOpeners[w[k]] {
		return w, cut
	}
	for e := 1; e < len(w); e++ {
		if cut[e] && (w[e] == "but" || w[e] == "though" || w[e] == "yet" || w[e] == "however") {
			return w[e:], cut[e:]
		}
	}
	return nil, nil
}

// Systems told as how many of them give trouble: "2 of our 6 tools are a
// nuisance, the others behave". Some of them is some pain points; all of
// them is the systems in trouble.

// countedTroubleWords say a counted system gives trouble.
var countedTroubleWords = wordSet("pain", "nuisance", "headache", "headaches", "mess", "problem", "problems",
	"nightmare", "broken", "slow", "creaky", "unreliable", "buggy", "clunky", "trouble", "disaster")

// troubleCounted reads "N of our M systems are a pain" as the share of
// the systems in trouble.
func troubleCounted(q *question, w []string, cut []bool) (answerMatch, bool) {
	if q.ID != qSystems {
		return answerMatch{}, false
	}
	for i := 0; i+3 < len(w); i++ {
		n, ok := count(w[i])
		if !ok || w[i+1] != "of" || w[i+2] != "our" && w[i+2] != "the" || cut[i+1] || cut[i+2] || cut[i+3] {
			continue
		}
		m, ok := count(w[i+3])
		if !ok || m < 2 || n > m || n == 0 {
			continue
		}
		end := i + 4
		for end < len(w) && !cut[end] {
			end++
		}
		if !hasAny(w[i+4:end], countedTroubleWords) || hasAny(w[i:end], negation) {
			continue
		}
		switch f := float64(n) / float64(m); {
		case n == m:
			return answerMatch{value: q.yes, signal: true}, true
		case f <= 0.5:
			return answerMatch{value: q.hedge, signal: true}, true
		default:
			return answerMatch{candidates: pair(q.hedge, q.yes), signal: true}, true
		}
	}
	return answerMatch{}, false
}
