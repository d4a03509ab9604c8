package insights

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// QuestionGroup is a set of similar unanswered questions.
type QuestionGroup struct {
	// Count is how many questions the group holds.
	Count int `json:"count"`
	// Example is the group's most frequent wording (the newest among
	// equals): RAW USER TEXT, cleaned of control characters.
	Example string `json:"example"`
	// LastAsked is when the newest of them was asked.
	LastAsked time.Time `json:"last_asked"`
	// Declined and Clarified split Count by what the assistant did.
	Declined  int `json:"declined"`
	Clarified int `json:"clarified"`
}

// SimilarQuestions is the least token overlap (Jaccard index of the
// questions' normalised word sets) at which two questions are grouped.
const SimilarQuestions = 0.5

// GroupQuestions groups similar questions, most asked first. A question
// joins the group whose first question shares the largest part of its
// normalised words, if that part is at least threshold; otherwise it starts
// a group. Words are normalised by case, stemming ("costs" is "cost") and
// dropping common words, so "How much does a CTO cost?" and "cost of a
// CTO" fall together.
func GroupQuestions(qs []Question, threshold float64) []QuestionGroup {
	type group struct {
		QuestionGroup
		seed     map[string]bool
		wordings map[string]int // case-folded wording -> count
		firstOf  map[string]string
	}
	var groups []*group
	byToken := map[string][]int{} // token -> groups whose seed has it
	byText := map[string]int{}    // questions without tokens, by wording
	for _, q := range qs {
		toks := questionTokens(q.Text)
		best, bestScore := -1, 0.0
		if len(toks) == 0 {
			if i, ok := byText[strings.ToLower(q.Text)]; ok {
				best = i
			}
		} else {
			seen := map[int]bool{}
			for t := range toks {
				for _, gi := range byToken[t] {
					if seen[gi] {
						continue
					}
					seen[gi] = true
					if s := jaccard(toks, groups[gi].seed); s >= threshold && s > bestScore {
						best, bestScore = gi, s
					}
				}
			}
		}
		if best < 0 {
			best = len(groups)
			groups = append(groups, &group{seed: toks, wordings: map[string]int{}, firstOf: map[string]string{}})
			for t := range toks {
				byToken[t] = append(byToken[t], best)
			}
			if len(toks) == 0 {
				byText[strings.ToLower(q.Text)] = best
			}
		}
		g := groups[best]
		g.Count++
		if q.Kind == KindClarified {
			g.Clarified++
		} else {
			g.Declined++
		}
		if q.At.After(g.LastAsked) {
			g.LastAsked = q.At
		}
		w := strings.ToLower(q.Text)
		if g.wordings[w]++; g.wordings[w] == 1 {
			g.firstOf[w] = q.Text
		}
		if g.Example == "" || g.wordings[w] > g.wordings[strings.ToLower(g.Example)] {
			g.Example = g.firstOf[w]
		}
	}
	out := make([]QuestionGroup, len(groups))
	for i, g := range groups {
		out[i] = g.QuestionGroup
	}
	slices.SortStableFunc(out, func(a, b QuestionGroup) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return b.LastAsked.Compare(a.LastAsked)
	})
	return out
}

// jaccard is |a ∩ b| / |a ∪ b|.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for t := range a {
		if b[t] {
			common++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

// questionTokens is the set of normalised words of s: lower case, split at
// anything but letters and digits, common words dropped, stemmed.
func questionTokens(s string) map[string]bool {
	toks := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopWords[w] {
			continue
		}
		if len(w) > 3 {
			w = english.Stem(w, false)
		}
		toks[w] = true
	}
	return toks
}

// stopWords are words too common to tell questions apart.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if so of to in on at by for with from about into as
		is are was were be been being am do does did doing have has had having can could would should will shall may might must
		i me my mine we us our you your yours he she it its they them their this that these those there here
		what which who whom whose when where why how whats
		any some all also just not no yes very really please thanks thank hi hello hey ok okay
		s t d ll re ve m`) {
		m[w] = true
	}
	return m
}()
