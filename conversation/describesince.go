package conversation

import "slices"

// sinceSubjects open a clause after "since" that tells what a person
// did: "since I came back from Lyon", "since my dad retired".
var sinceSubjects = wordSet("i", "we", "he", "she", "they", "my", "our", "his", "her", "their", "im", "ive")

// beforePersonalSince is clause c up to a "since" that opens a person's
// event ("I help my father with the charter company since I came back
// from studying"): that "since" dates the speaker's part, not the
// company, so it tells no stage. "since 1987" and "since the eighties"
// stay.
func beforePersonalSince(c []string) []string {
	k := slices.Index(c, "since")
	if k < 0 || k+1 >= len(c) || !sinceSubjects[c[k+1]] {
		return c
	}
	return c[:k]
}

// keptBeside reports a paper tool told as kept besides other ways ("my
// father keeps a paper diary as well", "we also keep a notebook"): an
// extra, no answer to how much the work relies on IT.
func keptBeside(c []string) bool {
	return hasAny(c, wordSet("also", "too")) || hasPhrase(c, []string{"as", "well"})
}

// startedWith reports a count told as what the firm started with ("we
// started the bakery in 2021 with two of us", "opened with four staff"):
// the start's headcount, not today's.
func startedWith(c []string, at int) bool {
	return hasAny(c[:at], foundingWords) && slices.Contains(c[max(0, at-2):at], "with") && !hasAny(c, todayWords)
}
