package conversation

import "strings"

// Informal writing read as plain words: emoji, dialect and texting
// spellings, and fillers that carry no answer ("ngl", "lol", "honestly").

// emojiWords replace emoji before a text is split into words. Thumbs and
// the OK hand become words of their own: on a question whose yes is
// trouble ("do your systems need work?") a thumbs up could be "yes" or
// "all good"; see thumbsOnly.
var emojiWords = strings.NewReplacer(
	"👍", " thumbsup ", "👎", " thumbsdown ", "👌", " okhand ",
	"💯", " 100% ", "🤷", " dunno ", "🙅", " no ", "❌", " no ", "✅", " yes ", "✔", " yes ",
	"😱", " shockedface ", "🐣", " brand new ", "🐥", " brand new ", "📈", " growing ", "📉", " shrinking ",
	"😂", " ", "🤣", " ",
)

// dialectWords are spellings read as the plain word: Scots, texting,
// slang.
var dialectWords = map[string][]string{
	"aye": {"yes"}, "nae": {"no"}, "cannae": {"cant"}, "canna": {"cant"}, "dinnae": {"dont"},
	"didnae": {"didnt"}, "isnae": {"isnt"}, "wouldnae": {"wouldnt"}, "couldnae": {"couldnt"},
	"wisnae": {"wasnt"}, "wee": {"little"}, "ofc": {"of", "course"}, "deffo": {"definitely"},
	"defo": {"definitely"}, "nowt": {"nothing"}, "owt": {"anything"}, "lowkey": {"kind", "of"},
	"ur": {"your"}, "u": {"you"}, "r": {"are"},
	"thx": {"thanks"}, "cos": {"because"}, "coz": {"because"}, "bc": {"because"},
}

// fillers carry no answer and are dropped ("ngl it's just me", "couldn't
// honestly say").
var fillerWords = wordSet("ngl", "tbh", "tbf", "fr", "lol", "lmao", "haha", "hahaha", "ha", "hah", "honestly",
	"frankly", "literally", "tho", "oh", "um", "umm", "uh", "erm", "hmm", "mate", "innit", "imo", "imho")

// informal rewrites the words of tokenize: dialect spellings become the
// plain words and fillers go, a clause break before a dropped word
// passing to the next.
func informal(words []string, cut []bool) ([]string, []bool) {
	var w []string
	var c []bool
	carry := false
	for i, t := range words {
		if fillerWords[t] && len(words) > 1 {
			carry = carry || cut[i]
			continue
		}
		rep, ok := dialectWords[t]
		switch {
		case t == "probs" && len(w) > 0 && w[len(w)-1] == "no":
			rep = []string{"problems"} // "no probs"
		case t == "probs":
			rep = []string{"probably"}
		case !ok:
			rep = []string{t}
		}
		for j, r := range rep {
			w = append(w, r)
			c = append(c, j == 0 && (cut[i] || carry) && len(w) > 1)
		}
		carry = false
	}
	return w, c
}
