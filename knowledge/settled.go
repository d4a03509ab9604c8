package knowledge

// A side of the company told to be in order ("our systems are fine,
// honestly: accounts, tills and email all work") is no need: what the
// asker wants is on the other side, even when the story names both.

// settledPhrases say that what a sentence names works.
var settledPhrases = phrases("fine", "sorted", "under control", "no problems", "no issues", "all work",
	"works well", "work well", "working fine", "runs fine", "run fine", "in good shape", "in order")

// unsettledPhrases undo it: a negation, a complaint or a turn.
var unsettledPhrases = phrases("not", "isn", "aren", "don", "doesn", "never", "no longer", "but", "though",
	"although", "except", "until", "apart from")

// settledSides drops the side concepts of a context sentence that tells
// its things are in order, with nothing wrong in it.
func settledSides(toks []string, ts []term) []term {
	if !hasAny(toks, settledPhrases) || hasAny(toks, unsettledPhrases) {
		return ts
	}
	for _, t := range ts {
		if t.text == conceptPrefix+"pain" {
			return ts
		}
	}
	out := ts[:0]
	for _, t := range ts {
		if t.text != conceptCIOSide && t.text != conceptCTOSide {
			out = append(out, t)
		}
	}
	return out
}
