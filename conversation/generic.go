package conversation

import "strings"

// genericClass is the kind of a generic answer phrase.
type genericClass uint8

const (
	content genericClass = iota // an option's key, not generic
	affirm                      // "yes", "definitely", "100%"
	deny                        // "no", "nah", "not really"
	hedge                       // "kind of", "a bit", "somewhat"
	unsure                      // "not sure", "no idea", "hard to say"
	intense                     // "very", "a lot", "big time"
	veto                        // "none of the above", "no comment": not an answer
	polite                      // "thanks", "cool": no answer, but no harm next to one
)

// generic are answer phrases that mean the same whatever the question;
// the question's roles say which option each class picks. Keys and labels
// that are generic phrases ("Somewhat", "No") count as generic, not as
// keys.
var generic = map[genericClass][]string{
	affirm: {"y", "yes", "yeah", "yep", "yup", "yea", "yeh", "ya", "sure", "definitely", "absolutely",
		"certainly", "totally", "of course", "for sure", "100%", "100 percent", "indeed", "obviously",
		"you bet", "exactly", "very much so", "hell yes", "sure thing", "affirmative", "undoubtedly",
		"without a doubt", "no doubt", "most definitely", "for real", "of course yes", "i would say so",
		"i think so", "i believe so", "i guess so", "probably", "likely", "most likely", "yes please",
		"that we do", "very much yes", "thumbsup", "okhand", "unquestionably", "indisputably", "undeniably",
		"without question", "beyond doubt", "id say so", "i d say so", "afraid so", "im afraid so", "i fear so"},
	deny: {"n", "no", "nope", "nah", "naw", "no way", "not really", "not at all", "never", "not much",
		"not particularly", "not especially", "not so much", "not that much", "not very", "not too much",
		"hardly", "barely", "hardly at all", "very little", "negative", "definitely not",
		"absolutely not", "certainly not", "of course not", "not right now", "not now",
		"not at the moment", "no not really", "not in the slightest", "not a bit", "not a lot",
		"i dont think so", "dont think so", "not a chance", "no chance", "not really no", "not so far",
		"probably not", "unlikely", "i doubt it", "doubt it", "not likely", "not that i know of",
		"not that ive seen", "not that i can see", "not as far as i know", "not that i noticed",
		"not that i am aware", "not that im aware", "nothing", "none", "not us", "not for us",
		"no no", "nothing really", "none at all", "not yet", "not a hope", "no hope", "fat chance",
		"not at this stage", "not at this point", "not for now", "not currently", "no time for",
		"no budget for", "no money for", "no biggie", "no big deal", "not a big deal", "thumbsdown",
		"not our bag", "not my bag", "not our cup of tea", "not my cup of tea", "not my thing", "to speak of",
		"zero", "no ways", "not got much", "havent got much", "dont have much", "not much to it", "nothing much",
		"not one for", "isnt one for", "not big on", "not into", "afraid not", "im afraid not", "i fear not"},
	hedge: {"kind of", "kinda", "sort of", "sorta", "somewhat", "a bit", "a little", "a little bit",
		"little bit", // "a little bit" with its article dropped, not "little"
		"a tad", "slightly", "slight", "mild", "mildly", "partly", "partially", "moderately", "to some extent", "to an extent",
		"to a degree", "to some degree", "to a certain degree", "to a certain extent",
		"some", "a few", "sometimes", "occasionally", "more or less", "in part", "fairly", "so so",
		"ish", "reasonably", "in places", "here and there", "in some areas", "a bit of", "the odd",
		"odd", "the occasional", "occasional", "now and then", "every now and then", "from time to time",
		"a couple", "a couple of", "now and again", "every so often", "once in a while", "bits and pieces", "a little more", "a bit more", "moderate",
		"a fair amount", "fair amount", "a fair bit", "fair bit", "a moderate amount", "a reasonable amount",
		"nothing dramatic", "nothing major", "nothing serious", "nothing big", "nothing too bad",
		"the rest not much", "the rest not so much", "the rest less so", "the rest isnt", "rest not much",
		"not the rest", "the rest much less", "50 50", "fifty fifty", "half and half", "half half", "in the middle", "somewhere in the middle",
		"in between", "somewhere in between", "middle", "midway", "halfway", "middling", "otherwise not much",
		"otherwise little", "otherwise not", "apart from that not much", "other than that not much", "beyond that not much"},
	unsure: {"not sure", "unsure", "dont know", "do not know", "dont really know", "no idea", "idk",
		"dunno", "hard to say", "hard to tell", "difficult to say", "cant say", "cant tell", "cannot say", "cannot tell",
		"not certain", "who knows", "no clue", "not really sure", "im not sure", "uncertain",
		"havent checked", "not clear", "couldnt tell you", "couldnt say", "cant tell you", "not a clue",
		"havent a clue", "god knows", "i wouldnt know", "wouldnt know", "never checked", "no idea really",
		"not sure to be honest", "honestly not sure", "i dont know", "hard to know", "difficult to know",
		"too early to say", "too soon to say", "hard to judge", "difficult to assess", "hard to assess",
		"difficult to judge", "cant rightly say", "no benchmark", "no comparable data", "no data to compare"},
	intense: {"very", "very much", "a lot", "lots", "really", "extremely", "hugely", "massively",
		"big time", "highly", "seriously", "incredibly", "super", "so much", "a great deal",
		"tremendously", "enormously", "very very", "badly", "so", "never again", "substantially", "considerably",
		"significantly", "heavily"},
	veto: {"none of the above", "none of these", "none of those", "neither", "no comment",
		"rather not say", "prefer not to say", "id rather not", "skip", "pass", "next question",
		"other", "something else", "all of them", "all of the above", "both"},
	polite: {"sounds good", "good question", "got it", "thanks", "thank you", "cool", "cheers", "please",
		"thanks a lot", "many thanks", "ta", "sort of thing", "kind of thing", "that sort of", "that kind of",
		"this kind of", "this sort of", "what kind of", "what sort of"},
}

// determinerNext are words after which a lone "no" is still an answer
// ("no, we", "no thanks", "no not really"); before any other word it is a
// determiner ("no comment", "no clue"), not an answer.
var determinerNext = map[string]bool{
	"we": true, "were": true, "i": true, "im": true, "it": true, "its": true, "they": true, "theyre": true,
	"our": true, "not": true, "thanks": true, "sorry": true, "but": true, "and": true, "really": true,
	"just": true, "actually": true, "definitely": true, "absolutely": true, "certainly": true,
	"never": true, "nothing": true, "that": true, "thats": true, "there": true, "theres": true,
	"way": true, "chance": true, "no": true, "is": true, "sir": true, "maam": true, "ways": true,
}

// genericIndex maps each normalised generic phrase to its class.
var genericIndex = func() map[string]genericClass {
	m := map[string]genericClass{}
	for c, phrases := range generic {
		for _, p := range phrases {
			m[strings.Join(normalize(p), " ")] = c
		}
	}
	return m
}()

// negation words; modifiers may stand between a negation and what it
// negates ("not too worried", "isn't really a big worry", "not in our
// budget").
var (
	negation = map[string]bool{
		"not": true, "no": true, "never": true, "isnt": true, "arent": true, "dont": true, "doesnt": true,
		"without": true, "nor": true, "cant": true, "cannot": true, "wont": true, "wasnt": true,
		"werent": true, "nobody": true, "nobodys": true, "noone": true, "noones": true, "hardly": true, "didnt": true, "aint": true, "havent": true,
		"hasnt": true, "couldnt": true, "wouldnt": true, "shouldnt": true, "neither": true, "barely": true,
	}
	negationModifiers = map[string]bool{
		"very": true, "too": true, "that": true, "so": true, "really": true, "overly": true,
		"particularly": true, "super": true, "especially": true, "all": true, "exactly": true,
		"terribly": true, "much": true, "at": true, "yet": true, "a": true, "an": true, "the": true,
		"big": true, "huge": true, "major": true, "real": true, "great": true, "serious": true,
		"massive": true, "main": true, "biggest": true, "our": true, "my": true, "in": true, "on": true,
		"any": true, "even": true, "actually": true, "currently": true, "remotely": true, "have": true, "has": true,
		"had": true, "one": true, "particular": true, "specific": true, "special": true, "notable": true,
		"significant": true, "obvious": true, "known": true,
		"got": true, "be": true, "been": true, "feel": true, "think": true, "seem": true, "is": true,
		"are": true, "we": true, "am": true, "im": true, "it": true, "its": true,
		"thats": true, "there": true, "theres": true, "of": true, "within": true, "kind": true,
		"would": true, "bother": true, "want": true, "to": true, "bothered": true, "trying": true,
		"aiming": true, "looking": true, "being": true, "interest": true, "interested": true, "something": true,
		"anything": true, "i": true, "desire": true, "need": true, "wish": true, "plans": true, "plan": true,
		"intention": true, "appetite": true, "ambition": true,
		// "we don't have this problem", as "that problem"; "I don't see
		// a problem": the seeing carries the denial to what is seen.
		"this": true, "see": true,
	}
	// negationNouns after a "no" carry its negation further ("no interest
	// in being cutting edge", "no plans to grow").
	negationNouns = wordSet("interest", "desire", "need", "wish", "plans", "plan", "intention", "appetite",
		"ambition", "point")
)

// vocabulary is every word of every key, topic and generic phrase. A
// typed word that is itself in the vocabulary is taken as written, never
// as a typo of another word ("founded" is not "founder").
var vocabulary = func() map[string]bool {
	m := map[string]bool{}
	add := func(p string) {
		for _, w := range normalize(p) {
			m[w] = true
		}
	}
	for p := range genericIndex {
		add(p)
	}
	for _, q := range questions {
		for _, t := range q.topics {
			add(t)
		}
		for _, o := range q.Options {
			add(o.Label)
			for _, k := range o.Keys {
				add(k)
			}
		}
	}
	for w := range techNouns {
		m[w] = true
	}
	// Engineered things are words, not typos: "laser" is not "later".
	for w := range engineeredNouns {
		m[w] = true
	}
	for _, w := range []string{"work", "worked", "working", "founded", "funded", "started", "starting",
		"build", "builds", "built", "make", "makes", "making", "sell", "sells", "selling", "produce",
		"produces", "producing", "matches", "moderate"} {
		m[w] = true
	}
	// Everyday chat words a letter from a key ("sorry" and "worry"): an
	// apology or an owner called away is no answer.
	for _, w := range []string{"sorry", "lorry", "hurry", "carry", "marry", "merry"} {
		m[w] = true
	}
	// Trade words a letter from a key: a quote is not "quite", milling
	// not "middling", broking not "booking", a table not "stable".
	for _, w := range []string{"quote", "quotes", "quoted", "milling", "milled", "broking", "broker", "brokers",
		"table", "tables"} {
		m[w] = true
	}
	return m
}()
