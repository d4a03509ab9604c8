package knowledge

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// analyzer turns text into index terms: word stems plus concept tokens. It is
// read-only after construction, so one analyzer serves all goroutines.
type analyzer struct {
	stop  map[string]bool   // unstemmed words to drop
	stems map[string]string // stem cache for the known vocabulary
	// stemSet holds the stems of the known vocabulary: an unknown word
	// with a known stem is an inflection ("hired", "reached"), not a typo.
	stemSet map[string]bool
	// first numbers the first stems of the concept phrases; groups holds
	// each one's phrases (see phrasesOf).
	first   map[string]int32
	groups  [][]phrase
	spell   *speller  // nil while indexing articles
	respell respeller // shorthand and slips, for questions
	roles   roleSlips // slips of the role titles ("ctoo")
}

// term is one analysed token. Corrected terms came from a typo correction and
// count for a little less, as the guess may be wrong.
type term struct {
	text string
	// weight scales the term in a query (0 means 1): intent concepts
	// weigh more than topic words. Unused for article text.
	weight float64
	// clause numbers the questions asked in one message ("what's a vCTO
	// and what would it cost?" asks two): the first asked is answered.
	clause    int
	corrected bool
	// context marks a term of the sentences around the question, which
	// count for contextWeight of a term of the question itself.
	context bool
	// unsure marks a term read from a word the base does not know and
	// could not take for an inflection: a typo corrected, or a word left
	// as it is. Such a term never makes a question out of scope.
	unsure bool
}

// queryWeight is how much the term counts in a query.
func (t term) queryWeight() float64 {
	w := 1.0
	if t.weight > 0 {
		w = t.weight
	}
	if t.corrected {
		w *= correctedWeight
	}
	if t.context {
		w *= contextWeight
	}
	return w
}

func (an *analyzer) stem(w string) string {
	if s, ok := an.stems[w]; ok {
		return s
	}
	return english.Stem(w, false)
}

// analyze returns the terms of text in order, duplicates included. With
// correct set, unknown words are replaced by their closest known word.
func (an *analyzer) analyze(text string, correct bool) []term {
	return an.analyzeTokens(tokenize(text), correct)
}

func (an *analyzer) analyzeTokens(toks []string, correct bool) []term {
	return an.analyzeCut(toks, nil, correct)
}

// analyzeCut is analyzeTokens where cut marks the tokens a clause break
// comes before (nil for none): no concept phrase reaches across one, so
// "quick check, do we need a CIO" holds no "check do". Single words and
// typo correction read as they do without it.
func (an *analyzer) analyzeCut(toks []string, cut []bool, correct bool) []term {
	// words are toks corrected, marks what was unsure or corrected; both
	// are toks and nil until a word is unsure, as in articles.
	words := toks
	var marks []wordMark
	stems := make([]string, len(toks))
	for i, w := range toks {
		// An unknown word with a known stem is an inflection ("hired"),
		// unless it is short: "redy" is no form of "redis".
		if correct && an.spell != nil && !an.spell.known(w) && !isNumber(w) &&
			(utf8.RuneCountInString(w) < minCorrectLen || !an.stemSet[an.stem(w)]) {
			if marks == nil {
				marks, words = make([]wordMark, len(toks)), slices.Clone(toks)
			}
			marks[i].unsure = true
			if c := an.roleSlip(toks, i); c != "" {
				words[i], marks[i].corrected = c, true
			} else if c := an.correctInPhrase(toks, i); c != "" {
				words[i], marks[i].corrected = c, !sureSlip(w, c)
			}
		}
		stems[i] = an.stem(words[i])
	}
	mark := func(i int) wordMark {
		if marks == nil {
			return wordMark{}
		}
		return marks[i]
	}
	// A word inside a concept phrase is represented by the concept alone:
	// "chief information officer" is ~cio, not also "chief" and "officer"
	// (which would pull towards every article that mentions a chief).
	//
	// The longest phrase wins: inside "at the same time" (~both), "same"
	// (~diff) does not count; a phrase starting inside a matched one counts
	// only if it reaches beyond it.
	covered := make([]bool, len(toks))
	out := make([]term, 0, len(toks)+4)
	spanEnd := 0
	clauseEnd := 0 // where the clause holding the word at i ends
	for i := range words {
		if clauseEnd <= i {
			clauseEnd = nextCut(cut, i, len(toks))
		}
		longest := 0
		one, more := an.phrasesAt(stems, i)
		for _, ps := range [2][]phrase{one, more} {
			for _, p := range ps {
				if len(p.stems) > longest && i+len(p.stems) > spanEnd && hasPrefixAt(stems, i, p.stems) && (i+len(p.stems) <= clauseEnd || commaIdiom(p)) {
					longest = len(p.stems)
				}
			}
		}
		if longest == 0 {
			continue
		}
		spanEnd = i + longest
		// The phrases of that length that match are the same words: in
		// one or in more, in the lexicon's order.
		matched := one
		if longest > 1 {
			matched = more
		}
		for _, p := range matched {
			if len(p.stems) != longest || !hasPrefixAt(stems, i, p.stems) {
				continue
			}
			var m wordMark
			for j := i; j < i+len(p.stems); j++ {
				m.corrected = m.corrected || mark(j).corrected
				m.unsure = m.unsure || mark(j).unsure
				covered[j] = true
			}
			for _, c := range p.concepts {
				if c != conceptSkip {
					out = append(out, term{text: c, corrected: m.corrected, unsure: m.unsure})
				}
			}
		}
	}
	for i, w := range words {
		// Single letters left over ("quick q", "i") say nothing.
		if covered[i] || an.stop[w] || isNumber(w) || utf8.RuneCountInString(w) < 2 {
			continue
		}
		out = append(out, term{text: stems[i], corrected: mark(i).corrected, unsure: mark(i).unsure})
	}
	return out
}

// nextCut returns the index of the first token after i that a clause
// break comes before, or n when none does.
func nextCut(cut []bool, i, n int) int {
	if cut == nil {
		return n
	}
	for j := i + 1; j < n; j++ {
		if cut[j] {
			return j
		}
	}
	return n
}

// commaIdioms are the stems of the lexicon's phrases that are written
// with a comma inside them: "potato, potahto" is one saying, not two
// clauses.
var commaIdioms = [][]string{{"potato", "potahto"}, {"tomato", "tomahto"}}

// commaIdiom reports whether p may hold a clause break (see commaIdioms).
func commaIdiom(p phrase) bool {
	return slices.ContainsFunc(commaIdioms, func(s []string) bool { return slices.Equal(s, p.stems) })
}

// wordMark says how a word of a question was read: not known (unsure),
// and corrected to a known one.
type wordMark struct{ corrected, unsure bool }

// correctInPhrase corrects toks[i]. A short typo that could be several
// words is read as the one that makes a phrase with its neighbour ("part
// tme" is "part time", not "part the").
func (an *analyzer) correctInPhrase(toks []string, i int) string {
	w := toks[i]
	if n := utf8.RuneCountInString(w); n < minShortLen || n >= minCorrectLen {
		return an.spell.correct(w)
	}
	cs := an.spell.shortCandidates(w)
	for _, c := range cs {
		if i > 0 && an.startsPhrase(toks[i-1], c) || i+1 < len(toks) && an.startsPhrase(c, toks[i+1]) {
			return c
		}
	}
	if len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// sureSlipLen is the length from which one slip in a word is read as that
// word at full weight: "responsibilites" can only be "responsibilities".
const sureSlipLen = 10

// sureSlip reports whether c, the correction of w, is sure enough to
// count in full: a long word one edit away. It stays unsure, so it can
// not make a question out of scope on its own.
func sureSlip(w, c string) bool {
	return utf8.RuneCountInString(w) >= sureSlipLen && EditDistance(w, c, 1) <= 1
}

// roleSlip reads toks[i] as the role title it is a slip of, if any (see
// roleSlips).
func (an *analyzer) roleSlip(toks []string, i int) string {
	c, inPhrase := an.roles.correct(toks[i])
	if c == "" || !inPhrase {
		return c
	}
	if i > 0 && an.startsPhrase(toks[i-1], c) || i+1 < len(toks) && an.startsPhrase(c, toks[i+1]) {
		return c
	}
	return ""
}

// startsPhrase reports whether a concept phrase starts with the words a b.
func (an *analyzer) startsPhrase(a, b string) bool {
	sa, sb := an.stem(a), an.stem(b)
	for _, p := range an.phrasesOf(sa) {
		if len(p.stems) >= 2 && p.stems[1] == sb {
			return true
		}
	}
	return false
}

// hasPrefixAt reports whether s[i:] starts with p.
func hasPrefixAt(s []string, i int, p []string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for j, x := range p {
		if s[i+j] != x {
			return false
		}
	}
	return true
}

// newAnalyzer takes the concept phrases of pt and fills the stem cache
// with every word the base knows. stems, which it keeps and adds to, are
// stems known ahead (see parseStems); a word they lack is stemmed here.
func newAnalyzer(stopwords []string, pt phraseTable, vocab []string, stems map[string]string) *analyzer {
	if stems == nil {
		stems = make(map[string]string, len(vocab))
	}
	an := &analyzer{
		stop:    make(map[string]bool, len(stopwords)),
		stems:   stems,
		stemSet: make(map[string]bool, len(vocab)),
		first:   pt.first,
		groups:  pt.groups,
		roles:   pt.roles,
	}
	for _, w := range stopwords {
		an.stop[strings.ToLower(w)] = true
	}
	for _, w := range vocab {
		s, ok := an.stems[w]
		if !ok {
			s = english.Stem(w, false)
			an.stems[w] = s
		}
		an.stemSet[s] = true
	}
	return an
}

// phrasesOf returns the concept phrases starting with stem, sorted by
// their stems (see groupPhrases).
func (an *analyzer) phrasesOf(stem string) []phrase {
	if g, ok := an.first[stem]; ok {
		return an.groups[g]
	}
	return nil
}

// phrasesAt returns the concept phrases that may start at stems[i]: those
// of one word, stems[i], and those of more whose second word is
// stems[i+1]. A first stem such as "what" or "the" starts a hundred
// phrases or more; sorted, the few that may match are found by a binary
// search rather than each compared.
func (an *analyzer) phrasesAt(stems []string, i int) (one, more []phrase) {
	ps := an.phrasesOf(stems[i])
	n := 0 // one-word phrases sort first
	for n < len(ps) && len(ps[n].stems) == 1 {
		n++
	}
	one, ps = ps[:n], ps[n:]
	if i+1 >= len(stems) || len(ps) == 0 {
		return one, nil
	}
	next := stems[i+1]
	lo := sort.Search(len(ps), func(j int) bool { return ps[j].stems[1] >= next })
	hi := lo
	for hi < len(ps) && ps[hi].stems[1] == next {
		hi++
	}
	return one, ps[lo:hi]
}

// parseStems reads lines "word stem" (lexicon/stems.txt, made by go
// generate), skipping # comment lines.
func parseStems(src string) (map[string]string, error) {
	stems := make(map[string]string, strings.Count(src, "\n"))
	for n, line := range dataLines(src) {
		w, s, ok := strings.Cut(line, " ")
		if !ok || w == "" || s == "" {
			return nil, fmt.Errorf("stems line %d: want word stem", n+1)
		}
		stems[w] = s
	}
	return stems, nil
}

// formatStems writes the stems of words as parseStems reads them, sorted.
func formatStems(words []string) string {
	words = slices.Clone(words)
	slices.Sort(words)
	var sb strings.Builder
	sb.WriteString("# Generated by go generate: the stems of the embedded vocabulary, found\n")
	sb.WriteString("# ahead so that building the index stays fast. Do not edit.\n")
	for i, w := range words {
		if i > 0 && words[i-1] == w {
			continue
		}
		sb.WriteString(w + " " + english.Stem(w, false) + "\n")
	}
	return sb.String()
}
