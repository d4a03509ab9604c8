package knowledge

import "unicode/utf8"

// roleSlips reads a short unknown word as the role title it misspells
// ("ctoo", "ct0", "tco", "cip"). The general speller leaves words under
// minCorrectLen letters to a handful of short domain words, and a role
// title is too short for edit distance alone: "cdo", "ceo" and "cia" are
// one edit from "cio" or "cto" too. So only the slips a hand makes are
// read: a letter doubled or struck beside its neighbour on the keyboard,
// two letters swapped, or one letter replaced by its keyboard neighbour
// or its look-alike ("0" for "o"). A word that reads as both roles
// ("ctio" is not: see slipOf) is left alone.
//
// The short words inside the longer titles ("tech", "info" in "chief
// tech officer") are read the same way, but only where the slip makes
// the title with the word before or after it ("chief tehc officer").
type roleSlips struct {
	words   []string // single-word titles: cio, cios, vcio, cto...
	concept []string // the role concept each one names
	// inPhrase marks a short word of a longer title, read only in it.
	inPhrase []bool
}

// roleConcepts are the concepts whose one-word phrases are role titles.
var roleConcepts = map[string]bool{conceptPrefix + "cio": true, conceptPrefix + "cto": true}

// newRoleSlips takes the one-word phrases of the role concepts.
func newRoleSlips(raw []rawPhrase) roleSlips {
	var rw roleSlips
	seen := make(map[string]bool)
	for _, p := range raw {
		if len(p.concepts) == 0 || !roleConcepts[p.concepts[0]] {
			continue
		}
		for _, w := range p.words {
			inPhrase := len(p.words) > 1
			if n := len(w); seen[w] || n < 3 || inPhrase && n > 4 {
				continue
			}
			seen[w] = true
			rw.words = append(rw.words, w)
			rw.concept = append(rw.concept, p.concepts[0])
			rw.inPhrase = append(rw.inPhrase, inPhrase)
		}
	}
	return rw
}

// correct returns the role title w is a slip of, or "" when it is none
// or could be either role; inPhrase says the word is read only where it
// makes a title with a neighbour.
func (rw roleSlips) correct(w string) (word string, inPhrase bool) {
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 6 || !isASCII(w) {
		return "", false
	}
	best, concept := "", ""
	for i, r := range rw.words {
		if !slipOf(w, r) {
			continue
		}
		if concept != "" && concept != rw.concept[i] {
			return "", false
		}
		if best == "" || len(r) < len(best) {
			best, concept, inPhrase = r, rw.concept[i], rw.inPhrase[i]
		}
	}
	return best, inPhrase
}

// slipOf reports whether w is r with one slip of the hand: a letter
// added next to a copy of it or a key beside it, two neighbours swapped,
// or a letter replaced by a key beside it or a look-alike. The first
// letter stays, except in a swap of the first two.
func slipOf(w, r string) bool {
	switch {
	case len(w) == len(r)+1:
		for i := 1; i < len(w); i++ {
			if w[:i]+w[i+1:] != r {
				continue
			}
			if near(w[i], w[i-1]) || i+1 < len(w) && near(w[i], w[i+1]) {
				return true
			}
		}
	case len(w) == len(r):
		diff := -1
		for i := 0; i < len(w); i++ {
			if w[i] == r[i] {
				continue
			}
			if diff >= 0 {
				// A second difference: only a swap of neighbours.
				return i == diff+1 && w[diff] == r[i] && w[i] == r[diff] && w[i+1:] == r[i+1:]
			}
			diff = i
		}
		return diff > 0 && near(w[diff], r[diff])
	}
	return false
}

// keyRows is a QWERTY keyboard, each row shifted right by its offset in
// key widths.
var keyRows = [...]struct {
	keys   string
	offset float64
}{{"1234567890", 0}, {"qwertyuiop", 0.5}, {"asdfghjkl", 0.75}, {"zxcvbnm", 1.25}}

// lookAlikes are characters typed for letters they resemble.
var lookAlikes = map[[2]byte]bool{{'0', 'o'}: true, {'1', 'i'}: true, {'1', 'l'}: true}

// near reports whether a and b are the same key, keys side by side or
// diagonal on the keyboard, or look-alikes.
func near(a, b byte) bool {
	if a == b || lookAlikes[[2]byte{a, b}] || lookAlikes[[2]byte{b, a}] {
		return true
	}
	ax, ay, ok1 := keyAt(a)
	bx, by, ok2 := keyAt(b)
	if !ok1 || !ok2 {
		return false
	}
	dx, dy := ax-bx, ay-by
	return dx*dx+dy*dy <= 1.6
}

func keyAt(c byte) (x, y float64, ok bool) {
	for row, r := range keyRows {
		for i := 0; i < len(r.keys); i++ {
			if r.keys[i] == c {
				return float64(i) + r.offset, float64(row), true
			}
		}
	}
	return 0, 0, false
}
