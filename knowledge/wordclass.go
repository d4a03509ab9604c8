package knowledge

import (
	"fmt"
	"strings"

	"github.com/springfield/techleader/knowledge/token"
)

// Word classes in the concept lexicon: "{tech|it} {boss|chief}" stands
// for every phrase it spells out.

// appendTerm appends to out the phrases a term stands for, with concepts,
// their words appended to all (each phrase a full slice of it). The words
// of each literal and each alternative of a class are read once, not once
// per phrase, unless a class is glued to a word ("cio{|s}"): then the
// phrases are spelled out as text first (expandClasses) and each is read.
func appendTerm(out []rawPhrase, all []string, t string, concepts []string) ([]rawPhrase, []string, error) {
	if strings.IndexByte(t, '{') < 0 && strings.IndexByte(t, '}') < 0 {
		return appendPhrase(out, all, t, concepts, false)
	}
	parts, err := splitClasses(t)
	if err != nil {
		return out, all, err
	}
	n := 1
	for _, p := range parts {
		n *= len(p)
	}
	if glued(parts) {
		variants, _ := expandClasses(t)
		for _, v := range variants {
			if out, all, err = appendPhrase(out, all, v, concepts, n > 1); err != nil {
				return out, all, err
			}
		}
		return out, all, nil
	}
	// words[i][j] are the words of alternative j of part i, read into
	// one array.
	words := make([][][]string, len(parts))
	var read []string
	longest := 0
	for i, p := range parts {
		words[i] = make([][]string, len(p))
		most := 0
		for j, alt := range p {
			start := len(read)
			read = token.AppendWords(read, alt, searchWords)
			words[i][j] = read[start:len(read):len(read)]
			most = max(most, len(read)-start)
		}
		longest += most
	}
	at := make([]int, len(parts))
	for {
		all = roomFor(all, longest)
		start := len(all)
		for i := range parts {
			all = append(all, words[i][at[i]]...)
		}
		if len(all) == start {
			return out, all, fmt.Errorf("empty term %q", t)
		}
		out = append(out, rawPhrase{words: all[start:len(all):len(all)], concepts: concepts, fromClass: n > 1})
		if !nextCombination(at, parts) {
			return out, all, nil
		}
	}
}

// appendPhrase appends the phrase of text v to out, its words to all.
func appendPhrase(out []rawPhrase, all []string, v string, concepts []string, fromClass bool) ([]rawPhrase, []string, error) {
	all = roomFor(all, len(v)/2+1)
	start := len(all)
	if all = token.AppendWords(all, v, searchWords); len(all) == start {
		return out, all, fmt.Errorf("empty term %q", v)
	}
	return append(out, rawPhrase{words: all[start:len(all):len(all)], concepts: concepts, fromClass: fromClass}), all, nil
}

// roomFor returns all with room for n more words: a new block rather
// than a grown copy, so the phrases read so far keep their words.
func roomFor(all []string, n int) []string {
	if cap(all)-len(all) < n {
		return make([]string, 0, max(1024, n))
	}
	return all
}

// glued reports whether a class of parts (see splitClasses) touches a
// word with no space between them ("cio{|s}"), so that its words can only
// be read in the whole phrase.
func glued(parts [][]string) bool {
	for i := 1; i < len(parts); i += 2 {
		before, after := parts[i-1][0], parts[i+1][0]
		if (i > 1 || before != "") && !strings.HasSuffix(before, " ") {
			return true
		}
		if (i+2 < len(parts) || after != "") && !strings.HasPrefix(after, " ") {
			return true
		}
	}
	return false
}

// expandClasses spells out a term holding word classes, "{tech|it} {boss|
// chief}", as every phrase it stands for: a class of words that play one
// part (a field, a rank) is written once rather than as a list of phrases.
// A term without braces is itself.
func expandClasses(t string) ([]string, error) {
	if strings.IndexByte(t, '{') < 0 {
		if strings.IndexByte(t, '}') >= 0 {
			return nil, fmt.Errorf("unopened } in %q", t)
		}
		return []string{t}, nil
	}
	parts, err := splitClasses(t)
	if err != nil {
		return nil, err
	}
	// Each variant is built once, turning the alternatives like an
	// odometer, the last class fastest.
	n := 1
	for _, p := range parts {
		n *= len(p)
	}
	out := make([]string, 0, n)
	at := make([]int, len(parts))
	buf := make([]byte, 0, 2*len(t))
	for {
		buf = buf[:0]
		for i, p := range parts {
			buf = append(buf, p[at[i]]...)
		}
		out = append(out, string(buf))
		if !nextCombination(at, parts) {
			return out, nil
		}
	}
}

// nextCombination steps at, one chosen alternative per part, to the next
// combination (the last part fastest), and reports false once every
// combination has been seen.
func nextCombination(at []int, parts [][]string) bool {
	for i := len(parts) - 1; i >= 0; i-- {
		if at[i]++; at[i] < len(parts[i]) {
			return true
		}
		at[i] = 0
	}
	return false
}

// splitClasses cuts a term into parts that alternate literal text and
// classes: a literal, a class, a literal... (a term without braces is one
// literal).
func splitClasses(t string) ([][]string, error) {
	var parts [][]string
	rest := t
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if strings.IndexByte(rest, '}') >= 0 {
				return nil, fmt.Errorf("unopened } in %q", t)
			}
			parts = append(parts, []string{rest})
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return nil, fmt.Errorf("unclosed { in %q", t)
		}
		end += open
		if strings.IndexByte(rest[:open], '}') >= 0 {
			return nil, fmt.Errorf("unopened } in %q", t)
		}
		alts := strings.Split(rest[open+1:end], "|")
		for i := range alts {
			alts[i] = strings.TrimSpace(alts[i])
		}
		parts = append(parts, []string{rest[:open]}, alts)
		rest = rest[end+1:]
	}
	return parts, nil
}
