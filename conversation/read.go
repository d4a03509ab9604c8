package conversation

import (
	"cmp"
	"slices"
	"strings"
)

// Reading an answer: which keys and generic phrases it holds, and which of
// them a negation reaches.

// hit is one phrase found in the text.
type hit struct {
	start, n int
	fuzzy    bool // matched with a typo
	skipped  bool // matched past an adverb after its negation ("don't always agree" as "don't agree")
	weak     bool // a key that is also a topic of the question ("budget")
	class    genericClass
	opt      int // option index for content hits
	negated  bool
}

// weight ranks content hits: longer first, an exact match before one with
// a typo, and a key that only names the topic last.
func (h hit) weight() int {
	if h.weak {
		return 1
	}
	return 4*h.n - 2*b2i(h.fuzzy) - b2i(h.skipped)
}

// reading is what read found: the best content option and the generic
// signals.
type reading struct {
	content int   // option index, -1: none
	tied    []int // other options whose keys weigh as much as content's
	// negated are the options with a negated key ("not falling behind",
	// "we can't keep up", "not a startup").
	negated map[int]bool
	// present are the options with a key not negated.
	present map[int]bool
	// unexplained: a negation of words that are no phrase ("not good").
	unexplained bool
	// leadDeny: the answer opens with a no ("no, budgets are tight").
	leadDeny bool
	class    map[genericClass]bool
	hits     int
}

func (r reading) signal() bool { return r.hits > 0 }

// read finds the phrases of w: every occurrence of every key and generic
// phrase, the longest first where they overlap (an exact match before
// one with a typo, then a key before a generic phrase), then which are
// negated.
func read(q *question, w []string, cut []bool) reading {
	kept, used := keepHits(slices.DeleteFunc(findHits(q, w, cut), func(h hit) bool { return soJoins(w, h) || someCounts(q, w, h) || partlySplit(q, w, h) }), len(w))
	consumed, negator := markNegations(w, cut, kept, used)
	r := reading{content: -1, class: map[genericClass]bool{}, negated: map[int]bool{}, present: map[int]bool{}}
	for _, h := range kept {
		if h.class != polite {
			r.hits++
		}
	}
	// A negation of an evaluation no phrase explains ("no, not good"):
	// the generic words alone cannot be trusted.
	for i := 0; i+1 < len(w); i++ {
		if negation[w[i]] && !negator[i] && used[i+1] == 0 && !cut[i+1] && evaluations[w[i+1]] {
			r.unexplained = true
		}
	}
	r.unexplained = consumeNoParts(w, cut, kept, used, consumed) || r.unexplained
	r.tally(w, kept, consumed)
	return r
}

// keepHits keeps the hits whose words no earlier hit took, and returns
// them with, for each of the n words, 1 + the index of the kept hit that
// took it (0: free).
func keepHits(hits []hit, n int) (kept []hit, used []int) {
	used = make([]int, n)
	for _, h := range hits {
		free := true
		for i := h.start; i < h.start+h.n; i++ {
			if used[i] != 0 {
				// The same words as an earlier key of the same length
				// for another option: keep both, so it ties.
				k := kept[used[i]-1]
				free = free && h.class == content && k.class == content && k.start == h.start && k.n == h.n && k.fuzzy == h.fuzzy
				if !free {
					break
				}
			}
		}
		if !free {
			continue
		}
		kept = append(kept, h)
		for i := h.start; i < h.start+h.n; i++ {
			if used[i] == 0 {
				used[i] = len(kept)
			}
		}
	}
	return kept, used
}

// consumeNoParts marks as consumed the kept yes and no words that are
// not an answer's yes or no, and reports whether a statement's own
// negation was found (the generic words then cannot be trusted).
func consumeNoParts(w []string, cut []bool, kept []hit, used []int, consumed map[int]bool) (unexplained bool) {
	// "definitely not at the moment": an intensifier of the no, not a yes.
	for j, h := range kept {
		if h.class == affirm && h.n == 1 && intensifiesNo[w[h.start]] {
			if u := h.start + 1; u < len(w) && used[u] != 0 && kept[used[u]-1].class == deny {
				consumed[j] = true
			}
		}
	}
	// A negation inside a statement ("stock data never matches") negates
	// the statement's verb, not the question: it is no "no".
	for j, h := range kept {
		i := h.start + 1
		// Not "we have no wish to be first": that "no" negated its key
		// through the noun, and is explained.
		if h.class == deny && h.n == 1 && h.start > 0 && !cut[h.start] && i < len(w) && !cut[i] && used[i] == 0 &&
			!(consumed[j] && negationNouns[w[i]]) {
			consumed[j] = true
			unexplained = true
		}
	}
	return unexplained
}

// tally adds the kept hits not consumed to r: generic classes, negated
// and present options, and the strongest option (or the ones tied).
func (r *reading) tally(w []string, kept []hit, consumed map[int]bool) {
	best := 0
	for j, h := range kept {
		if consumed[j] {
			continue
		}
		if h.class == veto && 2*h.n < len(w) {
			continue // "other plumbers": not "other"
		}
		if h.class != content {
			if h.negated {
				// "not very", "not a lot", "not definitely".
				if h.class == affirm || h.class == intense {
					r.class[deny] = true
				}
				continue
			}
			r.class[h.class] = true
			r.leadDeny = r.leadDeny || h.class == deny && h.start == 0
			continue
		}
		if h.negated {
			r.negated[h.opt] = true
			continue
		}
		if !h.weak {
			// A key that only names the topic ("hackers") says nothing
			// of degree: "not worried about hackers" is not mixed.
			r.present[h.opt] = true
		}
		switch wt := h.weight(); {
		case wt > best:
			r.content, best, r.tied = h.opt, wt, nil
		case wt == best && h.opt != r.content && !slices.Contains(r.tied, h.opt):
			r.tied = append(r.tied, h.opt)
		}
	}
}

// intensifiesNo are yes words that only intensify a no after them.
var intensifiesNo = wordSet("definitely", "certainly", "absolutely", "totally", "most", "surely")

// evaluations are words whose negation says something no option key
// captures ("not good", "not great").
var evaluations = wordSet("good", "great", "bad", "ideal", "perfect", "brilliant", "terrible", "ok", "okay",
	"fine", "happy", "amazing", "awful", "horrible", "nice", "well", "optimal", "easy", "hard", "sure",
	"right", "wrong", "brill", "smooth", "efficient", "secure", "safe", "there")

// findHits finds every key of q's options and every generic phrase in w,
// sorted longest first (then exact before fuzzy, keys before generic
// words, leftmost first).
func findHits(q *question, w []string, cut []bool) []hit {
	qi := questionIndex(q.ID)
	ix := &phrases[qi]
	var hits []hit
	var cands []int
	var shadows [][2]int
	for i, t := range w {
		cands = append(cands[:0], ix.byFirst[t]...)
		if !vocabulary[t] {
			// A typo can only be in a word the vocabulary does not know.
			for _, f := range ix.firsts {
				if f != t && wordMatch(t, f) {
					cands = append(cands, ix.byFirst[f]...)
				}
			}
		}
		for _, pi := range cands {
			p := &ix.list[pi]
			n := len(p.words)
			text := w[i:min(i+n, len(w))]
			if skipsAdverb(w[i:], p.words) && !slices.Contains(cut[i+1:i+n+1], true) {
				// "not really on my radar" is "not on my radar".
				n++
				text = slices.Concat(w[i:i+1], w[i+2:i+n])
			}
			if len(text) < len(p.words) || !wordsMatch(text, p.words) {
				continue
			}
			h := p.hit
			h.start, h.n = i, n
			h.skipped = n > len(p.words)
			h.fuzzy = !slices.Equal(text, p.words)
			if h.fuzzy && h.class != content && !longTypos(text, p.words) {
				continue // "ever" is not "never"
			}
			if h.class == content && (remainderAfter(w, i+n) || lotOfThings(w, i, i+n)) {
				continue // "Excel for everything else", "flat out", "a lot of Excel": another phrase
			}
			if h.class == affirm && i+n < len(w) && comparisonHeads[w[i+n]] {
				continue // "exactly like we do" compares, it says no yes
			}
			if h.class == content && !h.fuzzy {
				if s, e, ok := shadowedBy(qi, pi, w, i); ok {
					shadows = append(shadows, [2]int{s, e}) // "nothing works without": another question's longer key
					continue
				}
			}
			hits = append(hits, h)
		}
	}
	hits = withoutShadowed(hits, shadows, w, cut)
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(b.n-a.n, cmp.Compare(b2i(a.fuzzy), b2i(b.fuzzy)), int(a.class)-int(b.class), a.start-b.start, a.opt-b.opt)
	})
	return hits
}

// comparisonHeads after an affirming word make it an adverb of a
// comparison: "exactly like", "exactly as".
var comparisonHeads = wordSet("like", "as", "alike")

// negatedAdverbs may stand after the negation that opens a phrase
// without changing it: "not really a concern", "don't even worry".
var negatedAdverbs = wordSet("really", "even", "actually", "truly", "exactly", "honestly", "remotely",
	"currently", "particularly", "always", "overly")

// skipsAdverb reports whether w starts with phrase p, a negation phrase,
// with one of negatedAdverbs after its negation.
func skipsAdverb(w, p []string) bool {
	return len(p) >= 2 && negation[p[0]] && len(w) > len(p) && w[0] == p[0] && negatedAdverbs[w[1]] &&
		wordsMatch(w[2:len(p)+1], p[1:])
}

// phrase is a key or generic phrase, normalised, with the hit it makes.
type phrase struct {
	words []string
	hit   hit
}

// phraseIndex is the phrases of one question (its keys, then the generic
// phrases), normalised once and indexed by their first word.
type phraseIndex struct {
	list    []phrase
	byFirst map[string][]int
	firsts  []string // the keys of byFirst, sorted
}

func (ix *phraseIndex) add(p phrase) {
	if ix.byFirst == nil {
		ix.byFirst = map[string][]int{}
	}
	f := p.words[0]
	if _, ok := ix.byFirst[f]; !ok {
		ix.firsts = append(ix.firsts, f)
	}
	ix.byFirst[f] = append(ix.byFirst[f], len(ix.list))
	ix.list = append(ix.list, p)
}

// phrases are the phrase indexes of the questions, by position.
var phrases = func() []phraseIndex {
	var gen []phrase
	for p, c := range genericIndex {
		gen = append(gen, phrase{words: strings.Fields(p), hit: hit{class: c, opt: -1}})
	}
	// Map order is random: sort, so that hits come out the same way on
	// every run.
	slices.SortFunc(gen, func(a, b phrase) int { return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " ")) })
	out := make([]phraseIndex, len(questions))
	for qi := range questions {
		q, ix := &questions[qi], &out[qi]
		topics := map[string]bool{}
		for _, t := range q.topics {
			topics[strings.Join(normalize(t), " ")] = true
		}
		for i, o := range q.Options {
			for _, k := range append([]string{o.Label}, o.Keys...) {
				kw := normalize(k)
				joined := strings.Join(kw, " ")
				if _, isGeneric := genericIndex[joined]; len(kw) == 0 || isGeneric && (len(kw) == 1 || k == o.Label) {
					continue // placed by the question's roles
				}
				ix.add(phrase{words: kw, hit: hit{class: content, opt: i, weak: topics[joined]}})
			}
		}
		for _, p := range gen {
			ix.add(p)
		}
		slices.Sort(ix.firsts)
	}
	return out
}()

// markNegations marks the kept hits a negation reaches: a negation word
// before the phrase, in the same clause, maybe with modifiers between; a
// phrase that starts with one ("not sure", "no budget") is not negated by
// it. It returns the hits used up as negations (a lone "no" or "not" is
// then no answer of its own, nor is a "no" that is a determiner: "no
// comment") and the words that negated something.
func markNegations(w []string, cut []bool, kept []hit, used []int) (consumed, negator map[int]bool) {
	consumed, negator = map[int]bool{}, map[int]bool{}
	for j := range kept {
		h := &kept[j]
		if negation[w[h.start]] || h.class == deny || h.class == unsure || w[h.start+h.n-1] == "yet" {
			// A key that ends in "yet" is said under its negation:
			// "we haven't got our first customer yet".
			continue
		}
		aux := false
		for i := h.start - 1; i >= 0 && !cut[i+1]; i-- {
			if u := used[i]; u != 0 && kept[u-1].class == content && kept[u-1].opt >= 0 {
				break // the negation of another key: "rather not be guinea pigs"
			}
			if aux && negationNouns[w[i]] {
				// "no wish to be first", "no plans to grow": the "no"
				// before the noun reaches the infinitive after the "to".
				aux = false
				continue
			}
			if aux && !nobodySubject(w, i) && !auxWords[w[i]] {
				break // past "is", only "nobody" negates: "no one is hacking us"
			}
			if nobodySubject(w, i) {
				h.negated = true
				negator[i] = true
				break
			}
			if auxWords[w[i]] {
				aux = true
				continue
			}
			if w[i] == "no" && determinerNext[w[i+1]] && !negationNouns[w[i+1]] {
				break // "no we sell": an answer, not "no sales"; "no real problems" is a determiner's
			}
			if negation[w[i]] {
				h.negated = true
				negator[i] = true
				if u := used[i]; u != 0 && kept[u-1].n == 1 {
					consumed[u-1] = true
				}
				break
			}
			if !negationModifiers[w[i]] {
				break
			}
		}
	}
	for j, h := range kept {
		if h.class == deny && h.n == 1 && w[h.start] == "no" && !consumed[j] {
			if i := h.start + 1; i < len(w) && !cut[i] && used[i] == 0 && !determinerNext[w[i]] {
				consumed[j] = true
			}
		}
	}
	return consumed, negator
}

// auxWords stand between "nobody" and what nobody does: "no one is
// hacking", "nobody would bother to steal".
var auxWords = wordSet("is", "s", "would", "will", "wants", "to", "going", "gonna", "could", "can", "ever",
	"bothers", "bother", "cares", "else")

// nobodySubject reports whether w[i] is a subject that denies the verb
// after it: "nobody", "no one", "nobody's", "nothing".
func nobodySubject(w []string, i int) bool {
	switch w[i] {
	case "nobody", "nobodys", "noone", "noones":
		return true
	case "nothing", "nothings":
		// "nothing is broken", "nothing's slow"; not "nothing but
		// problems", where the trouble is all there is.
		return i+1 < len(w) && w[i+1] != "but"
	case "one", "ones":
		return i > 0 && w[i-1] == "no"
	}
	return false
}

// soJoins reports a hit that is "so" joining a clause ("they don't
// connect so I update both by hand", "so far"), not "so" intensifying
// a word ("so slow").
func soJoins(w []string, h hit) bool {
	if h.class != intense || h.n != 1 || w[h.start] != "so" || h.start+1 >= len(w) {
		return false
	}
	next := w[h.start+1]
	return clauseSubjects[next] || soFollowers[next]
}

// soFollowers after "so" start a clause or a phrase of time.
var soFollowers = wordSet("you", "he", "she", "everyone", "far", "now", "then", "yeah", "yes", "no", "not",
	"today", "nowadays", "these", "overall", "honestly", "basically", "if", "when", "since", "once", "that")
