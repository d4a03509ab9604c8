package knowledge

import (
	"fmt"
	"strings"
)

// respelling rewrites one word of a question: a texting abbreviation ("hrs",
// "tmrw") or a real word slipped in for another ("higher" for "hire",
// "weather" for "whether"), which typo correction can not see as a typo.
type respelling struct {
	to []string
	// words the neighbour must (or, with unless, must not) be; after looks
	// at the word before, else the word after ("$" is the end).
	words  map[string]bool
	after  bool
	unless bool
}

// respeller holds the respellings by the word they rewrite.
type respeller map[string][]respelling

// parseRespell reads lines "from > to[: [unless] after|before w w ...]".
func parseRespell(src string) (respeller, error) {
	rs := respeller{}
	for n, line := range dataLines(src) {
		from, rest, ok := strings.Cut(line, ">")
		if !ok {
			return nil, fmt.Errorf("respell line %d: want from > to", n+1)
		}
		to, cond, _ := strings.Cut(rest, ":")
		r := respelling{to: strings.Fields(to)}
		fromToks := strings.Fields(from)
		if len(fromToks) != 1 || len(r.to) == 0 {
			return nil, fmt.Errorf("respell line %d: want one word > words", n+1)
		}
		if f := strings.Fields(cond); len(f) > 0 {
			if f[0] == "unless" {
				r.unless, f = true, f[1:]
			}
			if len(f) < 2 || (f[0] != "after" && f[0] != "before") {
				return nil, fmt.Errorf("respell line %d: want [unless] after|before words", n+1)
			}
			r.after = f[0] == "after"
			r.words = make(map[string]bool, len(f)-1)
			for _, w := range f[1:] {
				r.words[w] = true
			}
		}
		w := fromToks[0]
		rs[w] = append(rs[w], r)
	}
	return rs, nil
}

// apply returns toks with their respellings; toks itself is left as is.
func (rs respeller) apply(toks []string) []string {
	out, _ := rs.applyCut(toks, nil)
	return out
}

// applyCut is apply carrying cut, the clause breaks before each token
// (nil for none): a word respelled into several keeps its break before
// the first of them.
func (rs respeller) applyCut(toks []string, cut []bool) ([]string, []bool) {
	var out []string
	var outCut []bool
	for i, w := range toks {
		if to := rs.match(toks, i); to != nil {
			if out == nil {
				out = append(make([]string, 0, len(toks)+2), toks[:i]...)
				if cut != nil {
					outCut = append(make([]bool, 0, len(toks)+2), cut[:i]...)
				}
			}
			out = append(out, to...)
			if cut != nil {
				outCut = append(outCut, cut[i])
				outCut = append(outCut, make([]bool, len(to)-1)...)
			}
			continue
		}
		if out != nil {
			out = append(out, w)
			if cut != nil {
				outCut = append(outCut, cut[i])
			}
		}
	}
	if out == nil {
		return toks, cut
	}
	return out, outCut
}

// match returns what toks[i] is rewritten to, or nil.
func (rs respeller) match(toks []string, i int) []string {
	for _, r := range rs[toks[i]] {
		if r.words == nil {
			return r.to
		}
		next := "$"
		switch {
		case r.after && i > 0:
			next = toks[i-1]
		case r.after:
			next = ""
		case i+1 < len(toks):
			next = toks[i+1]
		}
		if r.words[next] != r.unless {
			return r.to
		}
	}
	return nil
}
