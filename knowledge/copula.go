package knowledge

import "strings"

// Copular questions about one role ("is the CTO the head coach of the tech
// side?", "is a CIO just the IT caretaker?") ask what the role is; with a
// word of remedy ("is a CTO the missing piece?", "is a CIO the answer?")
// they ask whether the company needs it.
var (
	copulas     = map[string]bool{"is": true, "isnt": true, "was": true}
	determiners = map[string]bool{"the": true, "a": true, "an": true, "our": true, "your": true, "my": true}
	roleTokens  = map[string]bool{"cio": true, "cto": true}
	predicates  = map[string]bool{
		"the": true, "a": true, "an": true, "just": true, "basically": true, "like": true, "kind": true,
		"sort": true, "really": true, "simply": true, "only": true, "merely": true, "more": true,
		"essentially": true, "actually": true, "some": true,
	}
	remedies = map[string]bool{
		"fix": true, "answer": true, "solution": true, "remedy": true, "cure": true, "missing": true,
		"cavalry": true, "rescue": true, "saviour": true, "savior": true, "right": true, "choice": true,
		"move": true, "call": true, "need": true, "needed": true, "want": true,
	}
)

// demonstratives point back at what the message described: "... we need
// someone to turn it into a product. Is that a CTO?" asks whether the
// company needs one.
var demonstratives = map[string]bool{"that": true, "this": true, "it": true, "he": true, "she": true, "they": true}

// fitNouns, after "is that a CTO", ask whether the matter told is the
// role's: "is that a CTO job", "is this a CIO problem", "is that CIO
// territory".
var fitNouns = map[string]bool{
	"job": true, "thing": true, "problem": true, "issue": true, "matter": true, "task": true,
	"question": true, "area": true, "territory": true, "remit": true, "concern": true, "responsibility": true,
	"headache": true, "worry": true, "project": true, "duty": true, "call": true,
}

// copulaAsks returns the concept a copular question about one role asks
// for (conceptWhat or conceptNeed), or "".
func copulaAsks(toks []string) string {
	i := 0
	for i < len(toks) && leadFillers[toks[i]] {
		i++
	}
	if i >= len(toks) || !copulas[toks[i]] {
		return ""
	}
	i++
	if i+2 < len(toks) && strings.HasSuffix(toks[i], "ing") && demonstratives[toks[i+1]] {
		// "is building that a CTO job": the task, then what it points at.
		i++
	}
	if i+1 < len(toks) && demonstratives[toks[i]] {
		// "is that a CTO", "is this the CIO then": the role ends the
		// question, after at most one determiner.
		j := i + 1
		if determiners[toks[j]] {
			j++
		}
		if j < len(toks) && roleTokens[toks[j]] {
			// "is that a CTO job", "is this a CIO problem": one word
			// of fit after the role asks the same.
			k := j + 1
			if k < len(toks) && fitNouns[toks[k]] {
				k++
			}
			if k == len(toks) || leadFillers[toks[k]] {
				return conceptNeed
			}
		}
		if pointsAtRoleClause(toks[i+1:]) {
			return conceptNeed
		}
		return ""
	}
	if i < len(toks) && determiners[toks[i]] {
		i++
	}
	if i+1 >= len(toks) || !roleTokens[toks[i]] || !predicates[toks[i+1]] {
		return ""
	}
	for _, t := range toks[i+1:] {
		if remedies[t] {
			return conceptNeed
		}
	}
	return conceptWhat
}

// setsBack reports "set ... back" around a short object ("what would a
// CIO set a 50-person firm back"): what something costs. The lexicon
// reads "set us back"; the object between may be any few words.
func setsBack(toks []string) bool {
	for i, w := range toks {
		if w != "set" && w != "sets" {
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+5; j++ {
			if toks[j] == "back" {
				return true
			}
		}
	}
	return false
}

// pointsAtRoleClause reads what follows "is that" as a noun and a
// clause whose subject is one role: "(is that) a gap a CTO would fill",
// "the sort of thing a CIO sorts out", "a job that a CTO does". The
// demonstrative points at the matter told, and the clause asks whether
// it is the role's: the company's need of it. A word of likeness or a
// second role ("the same as a CTO", "a job a CIO or a CTO does") asks
// something else, and so does "what a CIO does" (its duties).
func pointsAtRoleClause(toks []string) bool {
	for j := 1; j < len(toks) && j <= 7; j++ {
		if notPointing[toks[j-1]] {
			return false
		}
		if !roleTokens[toks[j]] {
			continue
		}
		if !determiners[toks[j-1]] || j < 2 {
			return false
		}
		rest := toks[j+1:]
		if len(rest) == 0 || len(rest) > 4 {
			return false
		}
		for _, w := range rest {
			if roleTokens[w] || notPointing[w] {
				return false
			}
		}
		return true
	}
	return false
}

// notPointing words, before or after the role, make the clause ask
// something other than whether the matter is the role's.
var notPointing = map[string]bool{
	"what": true, "whats": true, "same": true, "different": true, "difference": true, "like": true,
	"or": true, "than": true, "as": true, "cost": true, "costs": true, "earn": true, "earns": true,
	"cio": true, "cto": true, "because": true, "why": true, "how": true, "where": true, "when": true,
	"if": true, "whether": true,
}
