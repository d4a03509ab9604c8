package knowledge

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

// phraseTable is the concept lexicon ready for the analyzer: the phrases
// stemmed and grouped by first stem, the role titles for typo reading,
// and the phrases' words for the vocabulary. compilePhrases makes it from
// lexicon/concepts.txt; go generate writes it as Go source to
// phrases_gen.go (formatPhrases), compiled into the binary: reading,
// expanding the word classes and stemming some 4,000 phrases was a third
// of the index build, and reading them from a file still a quarter.
type phraseTable struct {
	// first numbers the first stems of the phrases; groups holds each
	// one's phrases, sorted by their stems (see phrasesAt).
	first  map[string]int32
	groups [][]phrase
	roles  roleSlips
	// words are the phrases' distinct words with how often each occurs,
	// sorted: the vocabulary counts them (see vocabulary).
	words []wordCount
}

// wordCount is a word with how often it occurs.
type wordCount struct {
	word  string
	count int
}

// compilePhrases makes the phrase table of the raw concept phrases; raw's
// words are stemmed in place.
func compilePhrases(raw []rawPhrase) phraseTable {
	pt := phraseTable{roles: newRoleSlips(raw)}
	counts := make(map[string]int)
	for _, rp := range raw {
		for _, w := range rp.words {
			counts[w]++
		}
	}
	for w, n := range counts {
		pt.words = append(pt.words, wordCount{w, n})
	}
	slices.SortFunc(pt.words, func(a, b wordCount) int { return strings.Compare(a.word, b.word) })
	pt.first, pt.groups = groupPhrases(raw)
	return pt
}

// groupPhrases stems the concept phrases into groups, each first stem's
// phrases side by side in one array, numbered by first. The stems are
// written over raw's words, which are not read again.
//
// A phrase spelled out from a word class is dropped when the same words
// are listed as a term of their own: the term says what they mean ("head
// of technology" is a lesser CTO title, not any tech leader). Both start
// with the same stem, so only a first stem's own phrases are compared.
func groupPhrases(raw []rawPhrase) (map[string]int32, [][]phrase) {
	stem := func(w string) string { return english.Stem(w, false) }
	group := make([]int32, len(raw)) // the number of each phrase's first stem
	first := make(map[string]int32, len(raw)/3)
	var size []int32   // phrases by first stem
	var classes []bool // whether a first stem has phrases from a class
	for i, rp := range raw {
		// A class's repeats are compared word by word before the words
		// turn into stems.
		s := stem(rp.words[0])
		g, ok := first[s]
		if !ok {
			g = int32(len(size))
			first[s] = g
			size, classes = append(size, 0), append(classes, false)
		}
		group[i] = g
		size[g]++
		classes[g] = classes[g] || rp.fromClass
	}
	// end[g] is where group g's phrases end once laid out; it starts as
	// where they begin.
	end := make([]int32, len(size))
	for g := 1; g < len(size); g++ {
		end[g] = end[g-1] + size[g-1]
	}
	all := make([]phrase, len(raw))
	from := make([]int32, len(raw)) // the raw phrase laid out at each place
	for i, rp := range raw {
		all[end[group[i]]] = phrase{stems: rp.words, concepts: rp.concepts}
		from[end[group[i]]] = int32(i)
		end[group[i]]++
	}
	groups := make([][]phrase, len(size))
	for g := range groups {
		ps := all[end[g]-size[g] : end[g] : end[g]]
		if classes[g] {
			ps = dropClassRepeats(ps, from[end[g]-size[g]:end[g]], raw)
		}
		groups[g] = ps
	}
	for _, rp := range raw {
		for j, w := range rp.words {
			rp.words[j] = stem(w)
		}
	}
	// Sorted, the phrases that may start at a word are found by a binary
	// search (see phrasesAt). The sort is stable: phrases of the same
	// stems keep the lexicon's order, the order their concepts are added
	// in.
	for _, ps := range groups {
		slices.SortStableFunc(ps, comparePhrases)
	}
	return first, groups
}

// comparePhrases orders phrases by their stems, word by word, a phrase
// before the longer ones it starts.
func comparePhrases(a, b phrase) int {
	return slices.Compare(a.stems, b.stems)
}

// dropClassRepeats drops from one first stem's phrases ps (raw phrases
// from) those spelled out from a class whose words a literal term lists.
func dropClassRepeats(ps []phrase, from []int32, raw []rawPhrase) []phrase {
	var literal [][]string
	for _, j := range from {
		if !raw[j].fromClass {
			literal = append(literal, raw[j].words)
		}
	}
	if len(literal) == 0 {
		return ps
	}
	out := ps[:0]
	for i, p := range ps {
		rp := &raw[from[i]]
		if !rp.fromClass || !slices.ContainsFunc(literal, func(w []string) bool { return slices.Equal(w, rp.words) }) {
			out = append(out, p)
		}
	}
	return out
}

// formatPhrases writes pt as Go source: the value of compiledPhrases,
// which go generate writes to phrases_gen.go. Static data in the binary
// costs the build nothing to read; only the first-stem numbers are made
// at build (see numberGroups).
func formatPhrases(pt phraseTable) string {
	var sb strings.Builder
	sb.WriteString("// Code generated by go generate from lexicon/concepts.txt; DO NOT EDIT.\n\n")
	sb.WriteString("package knowledge\n\n")
	sb.WriteString("// compiledPhrases is the phrase table of lexicon/concepts.txt (see\n")
	sb.WriteString("// compilePhrases): each first stem's phrases, sorted; the role titles;\n")
	sb.WriteString("// the phrases' words with how often each occurs.\n")
	// A lexicon line's phrases share its concepts: each list is written
	// once, as a variable of its own.
	lists := make(map[string]string)
	var decls strings.Builder
	for _, g := range pt.groups {
		for _, p := range g {
			lit := goStrings(p.concepts)
			if _, ok := lists[lit]; !ok {
				lists[lit] = fmt.Sprintf("concepts%d", len(lists))
				fmt.Fprintf(&decls, "\t%s = %s\n", lists[lit], lit)
			}
		}
	}
	sb.WriteString("var compiledPhrases = phraseTable{\n\tgroups: [][]phrase{\n")
	for _, g := range pt.groups {
		sb.WriteString("\t\t{\n")
		for _, p := range g {
			fmt.Fprintf(&sb, "\t\t\t{%s, %s},\n", goStrings(p.stems), lists[goStrings(p.concepts)])
		}
		sb.WriteString("\t\t},\n")
	}
	sb.WriteString("\t},\n\troles: roleSlips{\n")
	fmt.Fprintf(&sb, "\t\twords:    %s,\n", goStrings(pt.roles.words))
	fmt.Fprintf(&sb, "\t\tconcept:  %s,\n", goStrings(pt.roles.concept))
	fmt.Fprintf(&sb, "\t\tinPhrase: %#v,\n", pt.roles.inPhrase)
	sb.WriteString("\t},\n\twords: []wordCount{\n")
	for _, wc := range pt.words {
		fmt.Fprintf(&sb, "\t\t{%q, %d},\n", wc.word, wc.count)
	}
	sb.WriteString("\t},\n}\n\n// The concept lists of compiledPhrases.\nvar (\n")
	sb.WriteString(decls.String())
	sb.WriteString(")\n")
	return sb.String()
}

// goStrings writes ss as a Go []string literal.
func goStrings(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return "[]string{" + strings.Join(q, ", ") + "}"
}

// numberGroups numbers the first stems of pt's groups, in their order.
func numberGroups(pt phraseTable) phraseTable {
	pt.first = make(map[string]int32, len(pt.groups))
	for g, ps := range pt.groups {
		pt.first[ps[0].stems[0]] = int32(g)
	}
	return pt
}
