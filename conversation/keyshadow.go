package conversation

import (
	"slices"
	"strings"
)

// A key of one question may sit inside a longer key of another that
// tells a dependency: the systems key "nothing works" inside the ops key
// "nothing works without" ("nothing works without our booking system"
// tells reliance, not broken systems). There the words belong to the
// dependency, so the shorter key is not read where the longer one stands
// whole around it. Other keys overlap across questions in the same sense
// ("a mess" of systems and data) and are left alone.

// keyShadow is a longer key of another question that holds a key, and
// where in it the key starts.
type keyShadow struct {
	offset int
	words  []string
}

// keyShadows are, by question and phrase position in phrases, the longer
// keys of other questions that hold the phrase.
var keyShadows = func() [][][]keyShadow {
	type ref struct{ qi, pi int }
	byText := map[string][]ref{}
	out := make([][][]keyShadow, len(phrases))
	for qi := range phrases {
		out[qi] = make([][]keyShadow, len(phrases[qi].list))
		for pi, p := range phrases[qi].list {
			if p.hit.class == content {
				byText[strings.Join(p.words, " ")] = append(byText[strings.Join(p.words, " ")], ref{qi, pi})
			}
		}
	}
	for qi := range phrases {
		for _, p := range phrases[qi].list {
			if p.hit.class != content || len(p.words) < 2 || !slices.Contains(p.words[1:], "without") {
				continue // only a dependency key holds another's words in a new sense
			}
			for o := range p.words {
				for l := 1; o+l <= len(p.words) && l < len(p.words); l++ {
					for _, r := range byText[strings.Join(p.words[o:o+l], " ")] {
						if r.qi != qi {
							out[r.qi][r.pi] = append(out[r.qi][r.pi], keyShadow{offset: o, words: p.words})
						}
					}
				}
			}
		}
	}
	return out
}()

// shadowedBy is the span [start, end) of a longer key of another
// question that holds phrase pi of question qi, found at w[i], and that w
// holds whole there.
func shadowedBy(qi, pi int, w []string, i int) (start, end int, ok bool) {
	for _, s := range keyShadows[qi][pi] {
		start := i - s.offset
		if start >= 0 && start+len(s.words) <= len(w) && slices.Equal(w[start:start+len(s.words)], s.words) {
			return start, start + len(s.words), true
		}
	}
	return 0, 0, false
}

// withoutShadowed drops the hits inside the spans of other questions'
// longer keys: the key shadowed, and the generic words in the same span
// ("nothing" of "nothing works without" is no "no" to the systems). A
// denial that a "without" follows two words on is the dependency's too:
// "nothing runs without the till" says no "no".
func withoutShadowed(hits []hit, spans [][2]int, w []string, cut []bool) []hit {
	return slices.DeleteFunc(hits, func(h hit) bool {
		if h.class == deny && dependencyAfter(w, cut, h.start+h.n) {
			return true
		}
		return slices.ContainsFunc(spans, func(s [2]int) bool { return h.start >= s[0] && h.start+h.n <= s[1] })
	})
}

// dependencyAfter reports a "without" at w[i] or the word after, in the
// same clause.
func dependencyAfter(w []string, cut []bool, i int) bool {
	for j := i; j < min(len(w), i+2); j++ {
		if j > i && cut[j] {
			return false
		}
		if w[j] == "without" {
			return true
		}
	}
	return false
}

// senseTails are words that, after a key's last word, make another
// phrase of it: "for everything else" is the rest beside the parts
// named, not everything; "flat out" is as busy as can be, not flat.
var senseTails = map[string]string{"everything": "else", "all": "else", "anything": "else", "flat": "out"}

// remainderAfter reports a word at w[end] that makes the key ending at
// w[end-1] another phrase (see senseTails).
func remainderAfter(w []string, end int) bool {
	return end > 0 && end < len(w) && senseTails[w[end-1]] == w[end]
}

// shareKeys tell a share of the work: "a lot", "a good part".
var shareKeys = [][]string{{"a", "lot"}, {"a", "good", "part"}, {"a", "good", "chunk"}, {"a", "good", "bit"}}

// lotOfThings reports a share key w[start:end] with "of" and things after
// it: "a lot of Excel", "a good part of our sales are online" count
// things, they are no degree of reliance; "a good chunk of it" is one.
func lotOfThings(w []string, start, end int) bool {
	if end+1 >= len(w) || w[end] != "of" || w[end+1] == "it" || w[end+1] == "them" || w[end+1] == "that" {
		return false
	}
	return slices.ContainsFunc(shareKeys, func(k []string) bool { return slices.Equal(w[start:end], k) })
}
