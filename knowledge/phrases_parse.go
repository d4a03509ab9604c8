package knowledge

import (
	"fmt"
	"strconv"
	"strings"
)

// parsePhrases reads the phrase table formatPhrases wrote. Its strings
// are slices of src, and its phrases' stems share one array: the table
// costs a few allocations, not one per phrase.
func parsePhrases(src string) (phraseTable, error) {
	var pt phraseTable
	var (
		phrases []phrase
		stems   []string
		// lists holds each distinct concept list once: a lexicon line's
		// phrases share theirs.
		lists = make(map[string][]string)
		// start is where the group of the current first stem starts in
		// phrases.
		start   = 0
		counted = false
	)
	for n, line := range dataLines(src) {
		kind, rest, _ := strings.Cut(line, " ")
		switch {
		case kind == "n" && !counted:
			var np, ns, nw, nr int
			if _, err := fmt.Sscanf(rest, "%d %d %d %d", &np, &ns, &nw, &nr); err != nil {
				return pt, fmt.Errorf("phrases line %d: want n phrases stems words roles: %w", n+1, err)
			}
			phrases, stems = make([]phrase, 0, np), make([]string, 0, ns)
			pt.words = make([]wordCount, 0, nw)
			pt.roles = roleSlips{words: make([]string, 0, nr), concept: make([]string, 0, nr), inPhrase: make([]bool, 0, nr)}
			// About four phrases a first stem.
			pt.first = make(map[string]int32, np/4)
			counted = true
		case !counted:
			return pt, fmt.Errorf("phrases line %d: want the counts first", n+1)
		case kind == "w":
			w, c, _ := strings.Cut(rest, " ")
			count, err := strconv.Atoi(c)
			if w == "" || err != nil {
				return pt, fmt.Errorf("phrases line %d: want w word count", n+1)
			}
			pt.words = append(pt.words, wordCount{w, count})
		case kind == "r" || kind == "R":
			w, c, ok := strings.Cut(rest, " ")
			if !ok || w == "" || c == "" {
				return pt, fmt.Errorf("phrases line %d: want %s word concept", n+1, kind)
			}
			pt.roles.words = append(pt.roles.words, w)
			pt.roles.concept = append(pt.roles.concept, c)
			pt.roles.inPhrase = append(pt.roles.inPhrase, kind == "R")
		case kind == "p":
			names, words, ok := strings.Cut(rest, "|")
			if !ok || names == "" || words == "" {
				return pt, fmt.Errorf("phrases line %d: want p concepts|stems", n+1)
			}
			concepts, ok := lists[names]
			if !ok {
				concepts = strings.Fields(names)
				lists[names] = concepts
			}
			at := len(stems)
			for s := range strings.FieldsSeq(words) {
				stems = append(stems, s)
			}
			p := phrase{stems: stems[at:len(stems):len(stems)], concepts: concepts}
			if len(phrases) > 0 && phrases[start].stems[0] != p.stems[0] {
				pt.groups = append(pt.groups, phrases[start:len(phrases):len(phrases)])
				start = len(phrases)
			}
			if start < len(phrases) && comparePhrases(phrases[len(phrases)-1], p) > 0 {
				return pt, fmt.Errorf("phrases line %d: %q out of order", n+1, p.stems)
			}
			if start == len(phrases) {
				if _, dup := pt.first[p.stems[0]]; dup {
					return pt, fmt.Errorf("phrases line %d: the group of %q is split", n+1, p.stems[0])
				}
				pt.first[p.stems[0]] = int32(len(pt.groups))
			}
			phrases = append(phrases, p)
		default:
			return pt, fmt.Errorf("phrases line %d: unknown kind %q", n+1, kind)
		}
	}
	if start < len(phrases) {
		pt.groups = append(pt.groups, phrases[start:len(phrases):len(phrases)])
	}
	if len(pt.groups) == 0 {
		return pt, fmt.Errorf("no phrases")
	}
	return pt, nil
}
