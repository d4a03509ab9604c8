package knowledge

// The two roles can be set each beside a side in a few words: "CIO
// inside, CTO outside", "internal CIO, external CTO", "CIO in, CTO out".
// Told so, the sentence places one role on the company's own ground and
// the other on the outside: the inner and the outer side, whatever else
// it holds, as "the CIO looks after the staff and the CTO the
// customers" does. A check on it ("is that a fair way to put it?") then
// asks which looks where.

// pairedSides reports a sentence setting one role beside an inner side
// word and the other beside an outer one.
func pairedSides(toks []string) bool {
	var cio, cto string
	for i, w := range toks {
		switch w {
		case "cio":
			cio = sideBeside(toks, i)
		case "cto":
			cto = sideBeside(toks, i)
		}
	}
	return cio != "" && cto != "" && cio != cto
}

// sideBeside is the side word right after the role at toks[i] ("CIO
// inside", "CTO is external") or right before it ("internal CIO"), ""
// when there is none. "in" and "out" count only closing the pair ("CIO
// in, CTO out"), not opening a phrase ("a CIO in healthcare").
func sideBeside(toks []string, i int) string {
	j := i + 1
	if j < len(toks) && (toks[j] == "is" || toks[j] == "s" || toks[j] == "for") {
		j++
	}
	if j < len(toks) {
		if s := sideWords[toks[j]]; s != "" {
			return s
		}
		if s := shortSides[toks[j]]; s != "" && (j+1 == len(toks) || roleTokens[toks[j+1]] || toks[j+1] == "and") {
			return s
		}
	}
	if i > 0 {
		return sideWords[toks[i-1]]
	}
	return ""
}

var (
	sideWords = map[string]string{
		"inside": "inner", "internal": "inner", "inward": "inner", "inwards": "inner", "internally": "inner",
		"outside": "outer", "external": "outer", "outward": "outer", "outwards": "outer", "externally": "outer",
	}
	shortSides = map[string]string{"in": "inner", "out": "outer"}
)

// sideTerms are the terms a sentence setting the roles on two sides adds.
func sideTerms(toks []string, clause int, context bool) []term {
	if !pairedSides(toks) {
		return nil
	}
	return []term{{text: conceptInner, clause: clause, context: context}, {text: conceptOuter, clause: clause, context: context}}
}
