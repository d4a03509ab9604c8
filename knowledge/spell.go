package knowledge

import (
	"sort"
	"unicode/utf8"
)

// speller corrects typos against a fixed vocabulary, using the
// symmetric-delete idea: a word and its one-letter deletions are stored, so a
// misspelling is found by a few map look-ups instead of a scan.
type speller struct {
	freq map[string]int // known word -> how often it appears
	// deletes is a hash table of the one-letter deletions of the known
	// words: the chain of links starting at deletes[h&mask] holds each
	// word with a deletion whose hash has those low bits, with the hash.
	// Hashes rather than the deletions themselves keep the build from
	// making a string of each, and no map is grown; every candidate is
	// checked by its edit distance, so a word that comes from a collision
	// of full hashes only costs that check.
	deletes []int32 // index in links + 1; 0 ends a chain
	mask    uint64
	links   []link
	words   []string         // the words links name
	byLen   map[int][]string // known words by rune length, for distance 2
	// short are the few short words a 3- or 4-letter typo may be read as
	// ("ned" need, "bth" both, "cots" cost): a short word is one edit from
	// too many others to be corrected against the whole vocabulary.
	short []string
}

// link is a known word (its index in speller.words) in a chain of
// speller.deletes, with the hash of one of its deletions; next is the
// index of the next one + 1.
type link struct {
	hash       uint64
	word, next int32
}

// Correction limits: short words are too easy to turn into other words
// ("cook" -> "book"), so only longer ones are corrected against the whole
// vocabulary, and only the longest get a second edit. Words of
// minShortLen..minCorrectLen-1 letters are corrected only to the short
// domain words, keeping their first letter.
const (
	minShortLen    = 3
	minCorrectLen  = 5
	minCorrectLen2 = 9
	minDroppedLen  = 7
)

func newSpeller(freq map[string]int, short []string) *speller {
	size := 0
	for w := range freq {
		if len(w) >= minCorrectLen-1 {
			size += utf8.RuneCountInString(w)
		}
	}
	// About as many chains as deletions.
	chains := 1
	for chains < size {
		chains <<= 1
	}
	sp := &speller{freq: freq, deletes: make([]int32, chains), mask: uint64(chains - 1),
		links: make([]link, 0, size), words: make([]string, 0, len(freq)), byLen: make(map[int][]string), short: short}
	for w := range freq {
		n := utf8.RuneCountInString(w)
		if n < minCorrectLen-1 {
			continue
		}
		sp.byLen[n] = append(sp.byLen[n], w)
		i := int32(len(sp.words))
		sp.words = append(sp.words, w)
		deletionHashes(w, func(h uint64) {
			sp.links = append(sp.links, link{hash: h, word: i, next: sp.deletes[h&sp.mask]})
			sp.deletes[h&sp.mask] = int32(len(sp.links))
		})
	}
	return sp
}

// withDeletion calls f with each known word that has a one-letter
// deletion of hash h (and, rarely, another word: see speller.deletes).
func (sp *speller) withDeletion(h uint64, f func(string)) {
	for i := sp.deletes[h&sp.mask]; i > 0; i = sp.links[i-1].next {
		if l := &sp.links[i-1]; l.hash == h {
			f(sp.words[l.word])
		}
	}
}

// known reports whether w is in the vocabulary.
func (sp *speller) known(w string) bool {
	_, ok := sp.freq[w]
	return ok
}

// correct returns the known word closest to w, or "" when there is none
// close enough (or w is known). Ties go to the more frequent word, then the smaller one, so
// the result does not depend on map order.
func (sp *speller) correct(w string) string {
	if sp.known(w) {
		return ""
	}
	n := utf8.RuneCountInString(w)
	if n >= minShortLen && n < minCorrectLen {
		return sp.correctShort(w)
	}
	if n < minCorrectLen || n > 30 {
		return ""
	}
	best, bestDist := "", 3
	consider := func(c string, maxDist int) {
		d := EditDistance(w, c, maxDist)
		if d > maxDist {
			return
		}
		if d < bestDist || (d == bestDist && (sp.freq[c] > sp.freq[best] || (sp.freq[c] == sp.freq[best] && c < best))) {
			best, bestDist = c, d
		}
	}
	// Distance 1: w is a known word with one letter added (w minus a letter
	// is known), or shares a deletion with one (substitution, transposition),
	// or is a deletion of one (a letter dropped).
	consider1 := func(c string) { consider(c, 1) }
	sp.withDeletion(hashString(w), consider1)
	for _, d := range deletions(w) {
		if sp.known(d) {
			consider(d, 1)
		}
		sp.withDeletion(hashString(d), consider1)
	}
	if best != "" {
		return best
	}
	if n < minCorrectLen2 {
		// A mid-length word gets a second edit only for letters dropped
		// ("diffrnce"): two substitutions turn too many words into
		// others ("invoices", "involves").
		for l := n + 1; l <= n+2 && n >= minDroppedLen; l++ {
			for _, c := range sp.byLen[l] {
				if isSubsequence(w, c) {
					consider(c, 2)
				}
			}
		}
		return best
	}
	for l := n - 2; l <= n+2; l++ {
		for _, c := range sp.byLen[l] {
			consider(c, 2)
		}
	}
	return best
}

// correctShort reads a short unknown word as the short domain word one edit
// away that starts with the same letter (or swaps the first two: "teh"),
// the more frequent on a tie.
func (sp *speller) correctShort(w string) string {
	cs := sp.shortCandidates(w)
	if len(cs) == 0 {
		return ""
	}
	return cs[0]
}

// shortCandidates are the short domain words a short unknown word may be
// (see correctShort), most frequent first.
func (sp *speller) shortCandidates(w string) []string {
	var out []string
	for _, c := range sp.short {
		if c == w || EditDistance(w, c, 1) > 1 {
			continue
		}
		if w[0] != c[0] && !(len(w) > 1 && len(c) > 1 && w[0] == c[1] && w[1] == c[0]) {
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if sp.freq[out[i]] != sp.freq[out[j]] {
			return sp.freq[out[i]] > sp.freq[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// isSubsequence reports whether the letters of w appear in c in order.
func isSubsequence(w, c string) bool {
	i := 0
	for j := 0; j < len(c) && i < len(w); j++ {
		if c[j] == w[i] {
			i++
		}
	}
	return i == len(w)
}

// deletions returns w with each one of its letters removed.
func deletions(w string) []string {
	if isASCII(w) {
		out := make([]string, 0, len(w))
		for i := range len(w) {
			out = append(out, w[:i]+w[i+1:])
		}
		return out
	}
	r := []rune(w)
	out := make([]string, 0, len(r))
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// FNV-1a, 64 bits.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

// hashString is the hash of s that deletionHashes gives its deletions.
func hashString(s string) uint64 {
	return hashFrom(hashOffset, s)
}

func hashFrom(h uint64, s string) uint64 {
	for i := range len(s) {
		h = (h ^ uint64(s[i])) * hashPrime
	}
	return h
}

// deletionHashes calls f with the hash of each string deletions(w)
// returns (w with one of its letters removed), without making them; w is
// valid UTF-8.
func deletionHashes(w string, f func(uint64)) {
	prefix := uint64(hashOffset) // hash of w[:i]
	for i := 0; i < len(w); {
		_, size := utf8.DecodeRuneInString(w[i:])
		f(hashFrom(prefix, w[i+size:]))
		prefix = hashFrom(prefix, w[i:i+size])
		i += size
	}
}

func isASCII(w string) bool {
	for i := range len(w) {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// EditDistance is the optimal-string-alignment edit distance (Levenshtein
// plus adjacent transpositions) of a and b, in runes. It stops early and
// returns max+1 once the distance is known to exceed max. The conversation
// engine uses it too, for typos in free-text answers.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
