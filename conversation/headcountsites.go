package conversation

import (
	"strconv"
	"strings"
)

// ordinalSites is the number of sites an ordinal tells in w: "we
// opened our 30th store" has thirty stores, "we just opened the 3rd
// cafe" three. The ordinal must be in digits ("30th") and name a place
// of the firm's own ("our" or "the" before it).
func ordinalSites(w []string) (int, bool) {
	for i := 1; i+1 < len(w); i++ {
		if w[i-1] != "our" && w[i-1] != "the" || !placeSingular(w[i+1]) {
			continue
		}
		t := strings.TrimPrefix(w[i], "+") // the tokenizer keeps "+30th" whole
		if !isOrdinal(t) {
			continue
		}
		if n, err := strconv.Atoi(t[:len(t)-2]); err == nil && n > 1 && n < 1000 {
			return n, true
		}
	}
	return 0, false
}

// placeSingular reports one of the places a firm counts: "store",
// "branch", "cafe" (of "stores", "branches", "cafes").
func placeSingular(t string) bool {
	return placeUnits[t+"s"] || placeUnits[t+"es"]
}

// siteLinks join a place word to the names of its sites: "the depots
// in Dodoma, Morogoro and Iringa", "our shops at Leeds and York".
var siteLinks = wordSet("in", "at")

// namedSites reads sites named in a list before the size of each: "the
// depots in Dodoma, Morogoro and Iringa have about 30 each" is three
// depots of thirty. It returns the number of sites and the index of the
// size of each. Names are taken a word each: a name of two words may
// count twice, no worse than one site more.
func namedSites(w []string, k int) (sites, per int, ok bool) {
	per = -1
	for j := k - 1; j >= max(0, k-3); j-- {
		if isNumberWord(w[j]) && !isYear(w[j]) {
			per = j
			break
		}
	}
	if per < 0 {
		return 0, 0, false
	}
	for p := per - 1; p >= max(0, per-12); p-- {
		if isNumberWord(w[p]) {
			return 0, 0, false
		}
		if !placeUnits[w[p]] || p+2 >= per || !siteLinks[w[p+1]] {
			continue
		}
		and := -1
		for a := p + 3; a < per-1; a++ {
			if w[a] == "and" {
				and = a
				break
			}
		}
		if and < 0 || per-and > 5 {
			return 0, 0, false
		}
		return and - (p + 2) + 1, per, true
	}
	return 0, 0, false
}

// countsAfter is the sum of the counts of people from w[from] on: "plus
// three of us at head office" after the groups and their size (base).
// Years, units and groups tied elsewhere count none, and neither does
// the total told again ("plus 8 at head office. Roughly 134.").
func countsAfter(w []string, from, base int) int {
	sum := 0
	for i := from; i < len(w); i++ {
		v, width, ok := spokenCountAt(w, i)
		end := i + width - 1
		total := base + sum
		if ok && !isYear(w[i]) && !tiedElsewhere(w, end) && !ceilingBefore(w, i) &&
			!(total > 0 && v*10 >= total*9 && v*10 <= total*11) {
			sum += v
		}
		i = end
	}
	return sum
}
