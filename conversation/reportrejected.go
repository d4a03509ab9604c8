package conversation

import "slices"

// Owners who quote an adviser's verdict and throw it out in a word or an
// idiom ("The IT firm swears they're fine. I'm not having it, the server
// falls over weekly"; "My son says they're great. Nonsense.") deny the
// report as plainly as "we're not": the verdict quoted is not theirs.

// verdictVerbs tell another's verdict besides othersSayVerbs: "swears",
// "reckons", "insists".
var verdictVerbs = wordSet("swears", "swore", "reckons", "reckoned", "insists", "insisted", "claims", "claimed",
	"maintains", "assures", "assured", "promises", "promised")

// rejectionPhrases throw out what was just reported, each a whole clause.
var rejectionPhrases = [][]string{{"im", "not", "having", "it"}, {"im", "not", "having", "that"},
	{"i", "dont", "buy", "it"}, {"i", "dont", "buy", "that"}, {"im", "not", "buying", "it"}, {"not", "buying", "it"},
	{"im", "not", "buying", "that"}, {"rubbish"}, {"nonsense"}, {"bollocks"}, {"i", "disagree"},
	{"i", "dont", "agree"}, {"baloney"}, {"i", "beg", "to", "differ"}, {"my", "foot"}, {"yeah", "right"}, {"i", "dont", "believe", "it"},
	{"i", "dont", "believe", "that"}, {"i", "dont", "believe", "him"}, {"i", "dont", "believe", "her"},
	{"i", "dont", "believe", "them"}, {"dont", "believe", "it"}, {"i", "doubt", "it"},
	{"im", "not", "so", "sure"}, {"im", "not", "sure"}, {"im", "not", "convinced"}, {"im", "not", "so", "sure", "about", "that"},
	{"im", "not", "sure", "about", "that"}, {"not", "so", "sure"}}

// rejectionFillers may open the clause before the rejection: "well,
// rubbish", "honestly, I don't buy it".
var rejectionFillers = wordSet("but", "well", "honestly", "frankly", "sorry", "and", "oh", "total", "utter", "complete")

// rejectsReport reports a clause that only throws out the report before it.
func rejectsReport(c []string) bool {
	for len(c) > 0 && rejectionFillers[c[0]] {
		c = c[1:]
	}
	return slices.ContainsFunc(rejectionPhrases, func(p []string) bool { return slices.Equal(c, p) })
}
