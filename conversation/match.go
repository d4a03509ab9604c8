package conversation

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/springfield/techleader/knowledge"
)

// normalize lowercases s, drops apostrophes (so "can't" is "cant") and
// thousands separators, turns other punctuation into spaces and returns
// the words. A decimal point ("1.5k") and a percent sign after a number
// ("100%") stay part of the word.
func normalize(s string) []string {
	w, _ := tokenize(s)
	return w
}

// tokenize is normalize that also reports, for each word, whether a
// clause break (, ; : . ! ? or a free-standing dash) comes before it: a
// negation does not reach across one ("no, fine" is not "not fine").
func tokenize(s string) (words []string, cut []bool) {
	var b strings.Builder
	broken := false
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			cut = append(cut, broken && len(words) > 1)
			b.Reset()
			broken = false
		}
	}
	rs := []rune(strings.ToLower(s))
	digit := func(i int) bool { return i >= 0 && i < len(rs) && unicode.IsDigit(rs[i]) }
	for i, r := range rs {
		switch {
		case r == '\'' || r == '’':
		case r == ',' && digit(i-1) && digit(i+1):
			// "1,200" is one number.
		case r == '.' && digit(i-1) && digit(i+1):
			b.WriteRune(r) // "1.5k"
		case r == '%' && digit(i-1):
			b.WriteRune(r) // "100%"
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			b.WriteRune(r)
		default:
			flush()
			switch r {
			case ',', ';', ':', '.', '!', '?', '—', '–':
				broken = true
			case '-':
				// "mid-sized" is one phrase; "yes - a bit" has a break.
				if b.Len() == 0 && (i == 0 || unicode.IsSpace(rs[i-1])) {
					broken = true
				}
			}
		}
	}
	flush()
	return words, cut
}

// isQuestionLike reports whether text reads as a question rather than an
// answer: it ends with "?" or starts with a question word.
func isQuestionLike(text string) bool {
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		return true
	}
	w := normalize(text)
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case "what", "whats", "why", "how", "who", "whos", "where", "explain", "tell", "define", "difference":
		return true
	}
	joined := " " + strings.Join(w, " ") + " "
	for _, p := range confusion {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}

// confusion are phrases of a user who did not understand the question
// ("not sure what you mean"): a question to answer, not an answer, even
// when they hold answer words ("not sure", "no idea").
var confusion = []string{
	"what you mean", "do you mean", "mean by", "what that means", "what this means", "dont understand",
	"do not understand", "dont get it", "dont get the question", "not sure what", "no idea what",
	"what is a", "whats a", "what does", "can you explain", "could you explain", "please explain",
	"clarify", "rephrase", "confused", "confusing",
}

// numberWords are option numbers typed as words.
var numberWords = map[string]int{
	"one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
}

// countWords are numbers of people typed as words ("the two of us", "a
// hundred"); multipliers scale the number before them ("two hundred",
// "2k"), or one ("a hundred").
var (
	countWords = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	multipliers = map[string]int{"dozen": 12, "hundred": 100, "thousand": 1000, "k": 1000}
)

// peopleWords mark a typed number as a headcount.
var peopleWords = map[string]bool{
	"people": true, "persons": true, "employees": true, "staff": true, "person": true,
	"of": true, "us": true, "fte": true, "ftes": true, "heads": true, "headcount": true,
}

// matchOption maps free text to an option of q. It returns false when the
// text maps to no option or to more than one equally well: the caller
// re-asks rather than guess.
//
// After option numbers and headcounts, the text is read for two kinds of
// phrase: the options' keys (what the answer is about: "ransomware",
// "falling behind") and generic answer words (yes, no, hedges such as
// "kind of", "not sure", intensifiers such as "very"), which the
// question's roles (yes, no, hedge, unsure) turn into options. The longest
// phrase wins where phrases overlap. See resolve for how keys and generic
// words combine.
func matchOption(q *question, text string) (option, bool) {
	w, cut := tokenize(text)
	if len(w) == 0 {
		return option{}, false
	}
	// Option numbers: "2", "option 2", "#2", "two".
	if n, ok := optionNumber(w); ok && n >= 1 && n <= len(q.Options) {
		return q.Options[n-1], true
	}
	// Headcounts: "35", "about 300 people", "we are 12".
	if q.headcount != nil {
		if n, ok := headcount(w, len(q.Options)); ok {
			o, found := q.optionByValue(q.headcount(n))
			return o, found
		}
	}
	v := resolve(q, read(q, w, cut))
	if v == "" {
		return option{}, false
	}
	return q.optionByValue(v)
}

// optionNumber recognises an answer that is only an option number.
func optionNumber(w []string) (int, bool) {
	if len(w) == 2 && (w[0] == "option" || w[0] == "number" || w[0] == "answer") {
		w = w[1:]
	}
	if len(w) != 1 {
		return 0, false
	}
	if n, ok := numberWords[w[0]]; ok {
		return n, true
	}
	n, err := strconv.Atoi(w[0])
	return n, err == nil
}

// headcount finds a number of people in w: digits ("120", "1500+",
// "2k", "1.5k") or words ("a hundred", "the two of us"). A bare number
// that could be an option number (1..options) was taken as one by the
// caller; here it must be larger, or come with a word like "people".
func headcount(w []string, options int) (int, bool) {
	found, n := false, 0
	people := false
	add := func(v int) {
		// Two numbers ("10 or 20"): take the larger; ranges count up.
		if !found || v > n {
			n = v
		}
		found = true
	}
	for i := 0; i < len(w); i++ {
		t := strings.TrimSuffix(w[i], "+")
		v, ok := count(t)
		if !ok {
			if m, isMul := multipliers[t]; isMul && t != "k" && (i == 0 || w[i-1] == "a") {
				add(m) // "a hundred", "hundred"
			}
			if peopleWords[t] {
				people = true
			}
			continue
		}
		if i+1 < len(w) {
			if m, isMul := multipliers[strings.TrimSuffix(w[i+1], "+")]; isMul {
				v *= m
				i++
			}
		}
		add(v)
	}
	if !found || n < 1 {
		return 0, false
	}
	if n <= options && !people {
		return 0, false
	}
	return n, true
}

// count reads one word as a number: "120", "2k", "1.5k", "two".
func count(t string) (int, bool) {
	if v, ok := countWords[t]; ok {
		return v, true
	}
	t = strings.TrimSuffix(t, "ish") // "150ish"
	mul := 1.0
	if s, ok := strings.CutSuffix(t, "k"); ok && s != "" {
		t, mul = s, 1000
	}
	if strings.HasSuffix(t, "%") {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 {
		return 0, false
	}
	return int(f * mul), true
}

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
)

// generic are answer phrases that mean the same whatever the question;
// the question's roles say which option each class picks. Keys and labels
// that are generic phrases ("Somewhat", "No") count as generic, not as
// keys.
var generic = map[genericClass][]string{
	affirm: {"yes", "yeah", "yep", "yup", "yea", "yeh", "ya", "sure", "definitely", "absolutely",
		"certainly", "totally", "of course", "for sure", "100%", "100 percent", "indeed", "obviously",
		"you bet", "exactly", "very much so", "hell yes", "sure thing", "affirmative", "undoubtedly",
		"without a doubt", "no doubt", "most definitely", "for real", "of course yes", "i would say so",
		"i think so", "i believe so", "i guess so", "probably", "likely", "most likely"},
	deny: {"no", "nope", "nah", "naw", "no way", "not really", "not at all", "never", "not much",
		"not particularly", "not especially", "not so much", "not that much", "not very", "not too much",
		"hardly", "barely", "hardly at all", "very little", "negative", "definitely not",
		"absolutely not", "certainly not", "of course not", "not right now", "not now",
		"not at the moment", "no not really", "not in the slightest", "not a bit", "not a lot",
		"i dont think so", "dont think so", "not a chance", "no chance", "not really no", "not so far",
		"probably not", "unlikely", "i doubt it", "doubt it", "not likely"},
	hedge: {"kind of", "kinda", "sort of", "sorta", "somewhat", "a bit", "a little", "a little bit",
		"a tad", "slightly", "partly", "partially", "moderately", "to some extent", "to an extent",
		"some", "a few", "sometimes", "occasionally", "more or less", "in part", "fairly", "so so",
		"ish", "reasonably", "in places", "here and there", "in some areas", "a bit of"},
	unsure: {"not sure", "unsure", "dont know", "do not know", "dont really know", "no idea", "idk",
		"dunno", "hard to say", "hard to tell", "difficult to say", "cant say", "cant tell",
		"not certain", "who knows", "no clue", "not really sure", "im not sure", "uncertain",
		"havent checked", "not clear"},
	intense: {"very", "very much", "a lot", "lots", "really", "extremely", "hugely", "massively",
		"big time", "highly", "seriously", "incredibly", "super", "so much", "a great deal",
		"tremendously", "enormously", "very very"},
	veto: {"none of the above", "none of these", "none of those", "none of them", "neither", "no comment",
		"rather not say", "prefer not to say", "id rather not", "skip", "pass", "next question",
		"sounds good", "good question", "got it", "thanks", "thank you", "cool", "other",
		"something else", "all of them", "all of the above", "both"},
}

// determinerNext are words after which a lone "no" is still an answer
// ("no, we", "no thanks", "no not really"); before any other word it is a
// determiner ("no comment", "no clue"), not an answer.
var determinerNext = map[string]bool{
	"we": true, "were": true, "i": true, "im": true, "it": true, "its": true, "they": true, "theyre": true,
	"our": true, "not": true, "thanks": true, "sorry": true, "but": true, "and": true, "really": true,
	"just": true, "actually": true, "definitely": true, "absolutely": true, "certainly": true,
	"never": true, "nothing": true, "that": true, "thats": true, "there": true, "theres": true,
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
// negates ("not too worried", "not very much").
var (
	negation = map[string]bool{
		"not": true, "no": true, "never": true, "isnt": true, "arent": true, "dont": true, "doesnt": true,
		"without": true, "nor": true, "cant": true, "cannot": true, "wont": true, "wasnt": true,
		"werent": true, "nobody": true, "hardly": true, "didnt": true, "aint": true,
	}
	negationModifiers = map[string]bool{
		"very": true, "too": true, "that": true, "so": true, "really": true, "overly": true,
		"particularly": true, "super": true, "especially": true, "all": true, "exactly": true,
		"terribly": true, "much": true, "at": true, "yet": true, "a": true, "an": true,
	}
)

// hit is one phrase found in the text.
type hit struct {
	start, n int
	fuzzy    bool // matched with a typo
	class    genericClass
	opt      int // option index for content hits
	negated  bool
}

// reading is what read found: the best content option and the generic
// signals.
type reading struct {
	content  int // option index, -1: none
	tie      bool
	negYes   bool // a key of the yes option was negated ("not falling behind")
	negNo    bool // a key of the no option was negated ("we can't keep up")
	negOther bool // another key was negated ("not a startup")
	// unexplained: a negation of words that are no phrase ("not good").
	unexplained bool
	class       map[genericClass]bool
}

// read finds the phrases of w: every occurrence of every key and generic
// phrase, the longest first where they overlap (an exact match before
// one with a typo, then a key before a generic phrase), then which are
// negated.
func read(q *question, w []string, cut []bool) reading {
	var hits []hit
	find := func(phrase []string, h hit) {
		if len(phrase) == 0 || len(phrase) > len(w) {
			return
		}
		for i := 0; i+len(phrase) <= len(w); i++ {
			if !wordsMatch(w[i:i+len(phrase)], phrase) {
				continue
			}
			h.start, h.n = i, len(phrase)
			h.fuzzy = !slices.Equal(w[i:i+len(phrase)], phrase)
			if h.fuzzy && h.class != content && !longTypos(w[i:i+len(phrase)], phrase) {
				continue // "ever" is not "never"
			}
			hits = append(hits, h)
		}
	}
	for i, o := range q.Options {
		for _, k := range append([]string{o.Label}, o.Keys...) {
			kw := normalize(k)
			if _, isGeneric := genericIndex[strings.Join(kw, " ")]; isGeneric {
				continue
			}
			find(kw, hit{class: content, opt: i})
		}
	}
	for p, c := range genericIndex {
		find(strings.Fields(p), hit{class: c, opt: -1})
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(b.n-a.n, cmp.Compare(b2i(a.fuzzy), b2i(b.fuzzy)), int(a.class)-int(b.class), a.start-b.start, a.opt-b.opt)
	})
	used := make([]int, len(w)) // 1 + index into kept, 0: free
	var kept []hit
	for _, h := range hits {
		free := true
		for i := h.start; i < h.start+h.n; i++ {
			if used[i] != 0 {
				// The same words as an earlier key of the same length
				// for another option: keep both, so it ties.
				k := kept[used[i]-1]
				free = free && h.class == content && k.class == content && k.start == h.start && k.n == h.n && k.fuzzy == h.fuzzy
				if !free {
					break
				}
			}
		}
		if !free {
			continue
		}
		kept = append(kept, h)
		for i := h.start; i < h.start+h.n; i++ {
			if used[i] == 0 {
				used[i] = len(kept)
			}
		}
	}
	// Negation: a negation word before the phrase, in the same clause,
	// maybe with modifiers between; a phrase that starts with one ("not
	// sure", "no budget") is not negated by it. A lone "no" or "not"
	// used as a negation is no longer an answer of its own.
	consumed := map[int]bool{} // kept hits used as a negation
	negator := map[int]bool{}  // words used as a negation
	for j := range kept {
		h := &kept[j]
		if negation[w[h.start]] || h.class == deny || h.class == unsure {
			continue
		}
		for i := h.start - 1; i >= 0 && !cut[i+1]; i-- {
			if w[i] == "no" && (i != h.start-1 || determinerNext[w[h.start]]) {
				break // "no we sell": an answer, not "no sales"
			}
			if negation[w[i]] {
				h.negated = true
				negator[i] = true
				if u := used[i]; u != 0 && kept[u-1].n == 1 {
					consumed[u-1] = true
				}
				break
			}
			if !negationModifiers[w[i]] {
				break
			}
		}
	}
	// "no comment": a lone "no" before a word that no phrase explains.
	for j, h := range kept {
		if h.class == deny && h.n == 1 && w[h.start] == "no" && !consumed[j] {
			if i := h.start + 1; i < len(w) && !cut[i] && used[i] == 0 && !determinerNext[w[i]] {
				consumed[j] = true
			}
		}
	}
	r := reading{content: -1, class: map[genericClass]bool{}}
	// A negation of words no phrase explains ("no, not good"): the
	// generic words alone cannot be trusted.
	for i := 0; i+1 < len(w); i++ {
		if negation[w[i]] && !negator[i] && used[i] == 0 && used[i+1] == 0 && !cut[i+1] {
			r.unexplained = true
		}
	}
	best := 0
	for j, h := range kept {
		if consumed[j] {
			continue
		}
		if h.class != content {
			if h.negated {
				// "not very", "not a lot", "not definitely".
				if h.class == affirm || h.class == intense {
					r.class[deny] = true
				}
				continue
			}
			r.class[h.class] = true
			continue
		}
		v := q.Options[h.opt].Value
		switch {
		case !h.negated:
			switch {
			case h.n > best:
				r.content, best, r.tie = h.opt, h.n, false
			case h.n == best && h.opt != r.content:
				r.tie = true
			}
		case v == q.yes:
			r.negYes = true
		case v == q.no:
			r.negNo = true
		default:
			r.negOther = true
		}
	}
	return r
}

// resolve turns a reading into an option value of q, "" to re-ask.
//
//   - Generic words alone pick the question's role: a yes (or, on a
//     graded question, an intensifier alone: "very") picks q.yes, a no
//     q.no, a hedge q.hedge, an unsure q.unsure. Yes and no together,
//     or unsure with either, is ambiguous.
//   - A negated key of the yes option is a no ("not falling behind",
//     "not too worried"); on a question that is not graded, a negated key
//     of the no option is a yes ("we can't keep up"). Other negated keys
//     ("not good") are ambiguous.
//   - A veto ("none of the above", "no comment") is never an answer, and
//     generic words are not trusted next to a negation of words that
//     are no phrase ("no, not good").
//   - A key says more than generic words: on a graded question a hedge on
//     a key of the strongest option picks the hedge option ("somewhat
//     worried"); elsewhere a hedge or intensifier qualifies the key ("a
//     bit behind" is behind). A yes with a key of the no option, or a no
//     with a key of the yes option, contradict each other: re-ask.
func resolve(q *question, r reading) string {
	if r.tie || r.negOther || r.class[veto] {
		return ""
	}
	c := r.class
	yes := c[affirm] || r.negNo && !q.graded && q.yes != ""
	no := c[deny] || r.negYes
	if r.negNo && q.graded {
		return ""
	}
	if yes && no {
		return ""
	}
	if r.content < 0 && r.unexplained {
		return ""
	}
	if r.content >= 0 {
		v := q.Options[r.content].Value
		switch {
		case yes && v == q.no, no && v == q.yes:
			return ""
		case c[unsure] && q.unsure != "" && v != q.unsure:
			return ""
		case c[hedge] && q.graded && v == q.yes:
			if no {
				return ""
			}
			return q.hedge
		}
		return v
	}
	switch {
	case c[unsure]:
		if yes || no {
			return ""
		}
		return q.unsure
	case no:
		if c[hedge] {
			return ""
		}
		return q.no
	case yes:
		if c[hedge] && q.graded {
			return q.hedge
		}
		return q.yes
	case c[hedge]:
		return q.hedge
	case c[intense] && q.graded:
		return q.yes
	}
	return ""
}

// longTypos reports whether every typo in text is in a key word of 7
// letters or more: short generic words ("never", "sure") must be exact.
func longTypos(text, key []string) bool {
	for i := range key {
		if text[i] != key[i] && len([]rune(key[i])) < 7 {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func wordsMatch(text, key []string) bool {
	for i := range key {
		if !wordMatch(text[i], key[i]) {
			return false
		}
	}
	return true
}

// wordMatch compares a typed word with a key word, forgiving typos: one
// edit for key words of 5 to 7 letters, two from 8 letters; shorter words
// ("cant" and "can") and numbers must be exact.
func wordMatch(typed, key string) bool {
	if typed == key {
		return true
	}
	n := len([]rune(key))
	allowed := 0
	switch {
	case n >= 8:
		allowed = 2
	case n >= 5:
		allowed = 1
	}
	if allowed == 0 || strings.ContainsAny(key, "0123456789") {
		return false
	}
	return knowledge.EditDistance(typed, key, allowed) <= allowed
}
