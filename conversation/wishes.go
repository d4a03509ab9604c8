package conversation

import "slices"

// Degrees told in other shapes: a worry that has shrunk since
// the past, a wish for new technology held back by money, a new thing
// looked at once it is proven, and a softened "high" with a reason that
// is high.

var (
	worryWords = wordSet("worried", "worry", "worries", "concerned", "concern", "concerns", "scared", "nervous",
		"anxious", "bothered", "paranoid", "afraid", "stressed")
	normWords = wordSet("should", "ought", "could", "need", "must")
)

// lessenedWorry reads a worry said to be smaller than it was ("less
// worried than I was", "it worries me less now", "not as worried as I
// used to be"): some worry is left, so the middle. A worry smaller than
// it should be ("less worried than I ought to be") is the lowest.
func lessenedWorry(w []string) string {
	for i, t := range w {
		lessened := t == "less" && i+1 < len(w) && worryWords[w[i+1]] || // "less worried"
			t == "less" && i > 0 && (worryWords[w[i-1]] || i > 1 && worryWords[w[i-2]]) || // "it worries me less"
			(t == "as" || t == "so") && i > 0 && w[i-1] == "not" && i+2 < len(w) && worryWords[w[i+1]] && w[i+2] == "as"
		if !lessened {
			continue
		}
		if hasAny(w[i:], normWords) {
			return "low"
		}
		return "medium"
	}
	return ""
}

var (
	wishOpeners = [][]string{{"would", "be", "nice"}, {"would", "be", "good"}, {"would", "be", "great"},
		{"itd", "be", "nice"}, {"itd", "be", "good"}, {"itd", "be", "great"}, {"wed", "love", "to"},
		{"id", "love", "to"}, {"wed", "like", "to"}, {"id", "like", "to"}, {"nice", "idea"}, {"love", "to"},
		{"we", "want", "to"}, {"i", "want", "to"}, {"we", "would", "like"}}
	meansWords = wordSet("money", "budget", "cash", "funds", "funding", "time")
)

// wishWithoutMeans reads a wish for new technology held back by what it
// costs ("would be nice but no money for it", "we'd love to, we can't
// afford it"): wanted, so somewhat, though not led with.
func wishWithoutMeans(w []string) bool {
	at := -1
	for _, p := range wishOpeners {
		if i := seqIndex(w, p); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	rest := w[at:]
	if i := slices.Index(rest, "afford"); i > 0 && negation[rest[i-1]] || i > 1 && rest[i-1] == "t" {
		return true
	}
	for i, t := range rest {
		// "no money for it", "we never have the money".
		if (t == "no" || t == "not" || t == "never") && i+1 < len(rest) && (meansWords[rest[i+1]] ||
			rest[i+1] == "have" && hasAny(rest[i+2:min(i+4, len(rest))], meansWords) ||
			rest[i+1] == "enough" && i+2 < len(rest) && meansWords[rest[i+2]]) {
			return true
		}
	}
	return false
}

// seqIndex is where the words p start in w, or -1.
func seqIndex(w, p []string) int {
	for i := 0; i+len(p) <= len(w); i++ {
		if slices.Equal(w[i:i+len(p)], p) {
			return i
		}
	}
	return -1
}

// softenedHighWithReason reads "fairly high" said of the worry with a
// reason the strongest option's keys name ("fairly high, a breach would
// cost us contracts"): the softener places it high, not in the middle.
// Alone, "fairly high" stays the middle it has always been read as.
func softenedHighWithReason(q *question, w []string, cut []bool) bool {
	i := slices.Index(w, "high")
	if i < 1 || !middleSofteners[w[i-1]] {
		return false
	}
	rest := append(append([]string{}, w[:i-1]...), w[i+1:]...)
	restCut := append(append([]bool{}, cut[:i-1]...), cut[i+1:]...)
	for _, h := range findHits(q, rest, restCut) {
		if h.class == content && h.opt >= 0 && q.Options[h.opt].Value == strongest(q) {
			return !hasAny(rest, negation)
		}
	}
	return false
}
