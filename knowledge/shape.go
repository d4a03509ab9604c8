package knowledge

import (
	"regexp"
	"strings"
)

// Shape is what a question asks, whoever it is about: a definition, a
// comparison, a price... The domain is closed, so a handful of shapes
// covers what the bot answers; a few more name what it declines.
type Shape string

// Shapes the bot answers.
const (
	ShapeNone             Shape = ""
	ShapeDefine           Shape = "define"           // what is a CIO
	ShapeCompare          Shape = "compare"          // CIO vs CTO
	ShapeResponsibilities Shape = "responsibilities" // who does what
	ShapeFocus            Shape = "focus"            // inward or outward
	ShapeImpact           Shape = "business-impact"  // what it brings
	ShapeNeed             Shape = "when-needed"      // do we need one
	ShapeBoth             Shape = "both"             // one or two leaders
	ShapeVirtual          Shape = "virtual"          // fractional, part-time
	ShapeCost             Shape = "cost"             // salary, price
	ShapeFirstHire        Shape = "first-hire"       // which one first
	ShapeContact          Shape = "contact"          // next step, talk to someone
)

// Shapes the bot declines, and the small-talk ones.
const (
	ShapeCareer    Shape = "career"         // the asker's own career
	ShapeWrite     Shape = "write-document" // write a CV, a job ad, a poem
	ShapeSecret    Shape = "secrets"        // tokens, configuration, the prompt
	ShapeImitation Shape = "imitation"      // text posing as the bot's output or commands
	ShapeOffTopic  Shape = "off-topic"      // weather, code, other jobs
	ShapeSmalltalk Shape = "small-talk"     // greetings, thanks, help
	ShapeUnsure    Shape = "not-recognised" // nothing close enough
	// The labelled examples nearest the question decided: it is worded
	// like questions answered by the article, or like ones declined.
	ShapeLikeAnswered Shape = "like-answered"
	ShapeLikeDeclined Shape = "like-declined"
)

// Subject is who a question is about.
type Subject string

// Subjects.
const (
	SubjectNone   Subject = ""
	SubjectCIO    Subject = "cio"
	SubjectCTO    Subject = "cto"
	SubjectBoth   Subject = "cio+cto"
	SubjectLeader Subject = "tech-leader" // a tech executive, unnamed
	SubjectOther  Subject = "other-role"  // CFO, developer, accountant...
	SubjectNamed  Subject = "named"       // a named company's or person's executive
)

// Why explains a Result: the shape and subject recognised in the question.
type Why struct {
	Shape   Shape
	Subject Subject
}

// String reads "shape compare, subject cio+cto" ("none" for an empty one).
func (w Why) String() string {
	shape, subject := string(w.Shape), string(w.Subject)
	if shape == "" {
		shape = "none"
	}
	if subject == "" {
		subject = "none"
	}
	return "shape " + shape + ", subject " + subject
}

// intentShapes maps intent concepts to the shape they ask for, strongest
// first: on equal weight the earlier one wins.
var intentShapes = []struct {
	concept string
	shape   Shape
}{
	{conceptContact, ShapeContact},
	{conceptFirst, ShapeFirstHire},
	{conceptPrice, ShapeCost},
	{conceptVirtual, ShapeVirtual},
	{conceptBoth, ShapeBoth},
	{conceptFocus, ShapeFocus},
	{conceptImpact, ShapeImpact},
	{conceptDuties, ShapeResponsibilities},
	{conceptDiff, ShapeCompare},
	{conceptNeed, ShapeNeed},
	{conceptWhat, ShapeDefine},
}

// recognise reads the shape and subject of a question from its weighted
// terms. The question part decides; the context counts only when the
// question part names no shape (or no subject) of its own. second is
// another shape asked nearly as strongly (at least closeRatio of the
// first's weight), or ShapeNone.
func recognise(terms []term) (w Why, second Shape) {
	for _, pass := range []bool{false, true} {
		weights := make(map[Shape]float64)
		clause := make(map[Shape]int)
		for _, is := range intentShapes {
			for _, t := range terms {
				if t.text == is.concept && t.context == pass && !(pass && storyOnly(is.shape, terms)) {
					if _, ok := weights[is.shape]; !ok || t.clause < clause[is.shape] {
						clause[is.shape] = t.clause
					}
					weights[is.shape] = max(weights[is.shape], t.queryWeight())
				}
			}
		}
		if first, later := firstAsked(weights, clause); first != ShapeNone {
			// Two questions in one message: the first asked is
			// answered, the next one offered.
			return Why{Shape: first, Subject: subjectIn(terms)}, later
		}
		best, next := 0.0, 0.0
		for _, is := range intentShapes {
			switch v := weights[is.shape]; {
			case v > best:
				second, next = w.Shape, best
				w.Shape, best = is.shape, v
			case v > next && is.shape != w.Shape:
				second, next = is.shape, v
			}
		}
		if next < closeRatio*best {
			second = ShapeNone
		}
		if w.Shape != ShapeNone {
			break
		}
	}
	w.Subject = subjectIn(terms)
	return w, second
}

// storyOnly reports whether a comparison told in the context of a long
// message is only the story: both roles are set side by side there, and
// the question part asks something of its own ("the CIO is for the office
// and the CTO for the product, I read. How do we get help?").
func storyOnly(s Shape, terms []term) bool {
	if s != ShapeCompare && s != ShapeFocus {
		return false
	}
	asks := false
	for _, t := range terms {
		if t.text == conceptWhich {
			// "I must explain which of the two looks inward": a
			// question told as a statement.
			return false
		}
		if t.context {
			continue
		}
		switch t.text {
		case conceptCIO, conceptCTO, conceptDiff, conceptFocus, conceptPair:
			return false
		}
		asks = true
	}
	return asks
}

// subjectIn names who the question is about: its question part, else its
// context.
func subjectIn(terms []term) Subject {
	for _, pass := range []bool{false, true} {
		if s := subjectOf(terms, pass); s != SubjectNone {
			return s
		}
	}
	return SubjectNone
}

// firstAsked returns, when shapes are asked in more than one clause, the
// strongest shape of the first clause asking one and the strongest of
// the later ones; else ShapeNone. A shape weighs in only when asked at
// least as strongly as a generic word (genericWeight).
func firstAsked(weights map[Shape]float64, clause map[Shape]int) (first, later Shape) {
	minClause, maxClause := -1, -1
	for s, v := range weights {
		if v < genericWeight {
			continue
		}
		if c := clause[s]; minClause < 0 || c < minClause {
			minClause = c
		}
		maxClause = max(maxClause, clause[s])
	}
	if minClause == maxClause {
		return ShapeNone, ShapeNone
	}
	var bestFirst, bestLater float64
	for _, is := range intentShapes {
		v := weights[is.shape]
		switch {
		case v < genericWeight:
		case clause[is.shape] == minClause && v > bestFirst:
			first, bestFirst = is.shape, v
		case clause[is.shape] != minClause && v > bestLater:
			later, bestLater = is.shape, v
		}
	}
	return first, later
}

// subjectOf names who the terms of one part (question or context) are
// about.
func subjectOf(terms []term, context bool) Subject {
	var cio, cto, leader, other bool
	for _, t := range terms {
		if t.context != context {
			continue
		}
		switch t.text {
		case conceptCIO:
			cio = true
		case conceptCTO:
			cto = true
		case conceptLeader:
			leader = true
		case conceptOther, conceptWorker:
			other = true
		}
	}
	switch {
	case cio && cto:
		return SubjectBoth
	case cio:
		return SubjectCIO
	case cto:
		return SubjectCTO
	case leader:
		return SubjectLeader
	case other:
		return SubjectOther
	}
	return SubjectNone
}

// route names the articles that answer a shape for a subject, best first;
// nil leaves the choice to ranking alone.
//
// side is "cio" or "cto" when the question's topics lie on one side only
// (security and servers, or products and innovation).
func route(w Why, pick bool, side string) []string {
	single := ""
	switch w.Subject {
	case SubjectCIO:
		single = "cio"
	case SubjectCTO:
		single = "cto"
	}
	switch w.Shape {
	case ShapeDefine:
		if single != "" {
			return []string{"what-is-" + single}
		}
		if w.Subject == SubjectBoth {
			// "explain cio and cto": both roles defined at once is
			// the comparison.
			return []string{"difference"}
		}
		if side != "" && w.Subject == SubjectLeader {
			// "what does the tech person who builds the product do":
			// a tech leader told by one side's work is that role.
			return []string{"what-is-" + side}
		}
	case ShapeCompare:
		if single != "" {
			return []string{"what-is-" + single}
		}
		return []string{"difference"}
	case ShapeResponsibilities:
		return []string{"responsibilities"}
	case ShapeNeed:
		if single != "" {
			return []string{"when-" + single}
		}
		if side != "" && (w.Subject == SubjectNone || w.Subject == SubjectLeader) {
			return []string{"when-" + side}
		}
		if w.Subject == SubjectBoth && pick && side == "" {
			// "do we need a CIO or a CTO?" with nothing told of the
			// company: what tells the two apart is the answer.
			return []string{"difference"}
		}
	case ShapeFocus:
		return []string{"focus"}
	case ShapeImpact:
		return []string{"business-impact"}
	case ShapeBoth:
		return []string{"both"}
	case ShapeVirtual:
		return []string{"virtual"}
	case ShapeCost:
		return []string{"cost"}
	case ShapeFirstHire:
		return []string{"first-hire"}
	case ShapeContact:
		return []string{"contact"}
	}
	return nil
}

// selfContained shapes are about the bot's own ground whoever they name
// ("which one looks outward", "can we get a part-time one"); the others
// need the CIO or CTO named to be sure of it.
func selfContained(s Shape) bool {
	switch s {
	case ShapeFocus, ShapeBoth, ShapeVirtual, ShapeFirstHire, ShapeContact, ShapeResponsibilities, ShapeCompare, ShapeImpact:
		return true
	}
	return false
}

// Named executives: "the CTO of Microsoft", "Google's CIO", "does Apple pay
// its CIO". The bot has no facts about named people or companies. "A CTO
// in Manila" is a place, where the pay is asked.
var (
	roleWords = `(?:cio|cto|cios|ctos|chief (?:information|technology|technical|tech) officers?)`
	namedOf   = regexp.MustCompile(`(?i:\b` + roleWords + `\s+(?:of|at|from)\s+)([A-Z][\w&.-]*)`)
	// "Nadella's time as CTO": a few words may stand between the name and
	// the role.
	namedPoss = regexp.MustCompile(`\b([A-Z][\w&-]*)(?:'s|’s|s')\s+(?:[a-z]+\s+){0,3}?(?i:` + roleWords + `)`)
	namedVerb = regexp.MustCompile(`\b([A-Z][\w&-]+)\s+(?i:pays?|paid|gives?|gave|hired?|hires|fired?|appointed|appoints|named|names|replaced|have|has|had|employs?|employed)\s+(?i:(?:its|their|a|an|the|his|her|any)\s+)?(?i:(?:new|current|former)\s+)?(?i:` + roleWords + `)`)
)

// otherChief is a C-level title other than the CIO's and the CTO's, though
// it may hold their words ("chief medical information officer", "chief
// nursing officer").
var otherChief = regexp.MustCompile(`(?i)\bchief\s+(?:[a-z]+\s+){0,3}officers?\b`)

// techChiefWords are the middle words of the CIO's and the CTO's own titles.
var techChiefWords = map[string]bool{
	"information": true, "informations": true, "info": true, "technology": true, "technical": true, "tech": true,
}

// namesOtherChief reports whether text names another C-level title, and
// returns text without those titles, to see what else it names. Typos in
// the title's middle word are corrected first ("chief techology officer"
// is the CTO).
func (an *analyzer) namesOtherChief(text string) (string, bool) {
	found := false
	rest := otherChief.ReplaceAllStringFunc(text, func(m string) string {
		words := tokenize(m)
		if len(words) == 3 {
			w := words[1]
			if c, _ := an.roles.correct(w); c != "" {
				w = c
			} else if c := an.spell.correct(w); c != "" {
				w = c
			}
			if techChiefWords[w] {
				return m
			}
		}
		found = true
		return " "
	})
	return rest, found
}

// notNames are capitalised words that are not names of companies or people.
var notNames = map[string]bool{
	"a": true, "an": true, "the": true, "our": true, "my": true, "your": true, "their": true, "this": true,
	"that": true, "each": true, "every": true, "any": true, "some": true, "consulting": true, "springfield": true,
	"company": true, "it": true, "i": true, "we": true, "you": true, "they": true, "he": true, "she": true,
	"who": true, "what": true, "how": true, "does": true, "do": true, "did": true, "should": true, "would": true,
	"can": true, "could": true, "will": true, "sme": true, "smes": true, "startup": true, "startups": true,
	"cio": true, "cto": true, "ceo": true, "board": true, "business": true, "firm": true, "when": true, "why": true,
	"is": true, "are": true, "if": true, "so": true, "and": true, "but": true, "or": true, "then": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"god": true, "lord": true, "heaven": true, "goodness": true, "pete": true, "christ": true,
	"sunday": true, "today": true, "yesterday": true, "tomorrow": true, "year": true, "month": true, "week": true,
}

// namesSomeone reports whether text asks about a named company's or
// person's executive.
func namesSomeone(text string) bool {
	for _, re := range []*regexp.Regexp{namedOf, namedPoss, namedVerb} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			if !notNames[strings.ToLower(m[1])] {
				return true
			}
		}
	}
	return namesPerson(text)
}

// A person's full name is two capitalised words ("Steve Jobs", "Elon
// Musk").
var capitalised = regexp.MustCompile(`^[A-Z][a-z]+$`)

// Around a person's name: the auxiliary before it ("what did Steve Jobs",
// "is Elon Musk") or the verb after it ("Steve Jobs said"). A product or a
// place ("and Google Workspace", "in New York") has neither.
var (
	beforePerson = map[string]bool{
		"did": true, "does": true, "do": true, "would": true, "will": true, "could": true, "should": true,
		"is": true, "was": true, "has": true, "had": true, "about": true, "like": true, "ask": true, "asked": true,
	}
	afterPerson = map[string]bool{
		"say": true, "said": true, "says": true, "think": true, "thinks": true, "thought": true, "look": true,
		"looked": true, "looks": true, "want": true, "wanted": true, "wants": true, "hire": true, "hired": true,
		"hires": true, "believe": true, "believes": true, "believed": true, "recommend": true, "recommends": true,
		"recommended": true, "advise": true, "advised": true, "prefer": true, "preferred": true, "mean": true,
		"meant": true, "still": true, "once": true, "became": true, "become": true, "do": true, "did": true,
	}
)

// namesPerson reports whether text names a person by full name, as the
// subject of what is asked. Every pair of capitalised words is tried, so
// "Did Mark Zuckerberg" finds "Mark Zuckerberg" after "Did Mark".
func namesPerson(text string) bool {
	words := strings.Fields(text)
	for i := 0; i+1 < len(words); i++ {
		first := strings.Trim(words[i], `"'(`)
		last := strings.TrimRight(words[i+1], `.,;:!?"')`)
		if !capitalised.MatchString(first) || !capitalised.MatchString(last) {
			continue
		}
		if notNames[strings.ToLower(first)] || notNames[strings.ToLower(last)] {
			continue
		}
		if i > 0 && beforePerson[strings.ToLower(strings.Trim(words[i-1], `"'(`))] {
			return true
		}
		if i+2 < len(words) && afterPerson[strings.ToLower(strings.Trim(words[i+2], `.,;:!?"')`))] {
			return true
		}
	}
	return false
}

// imitates reports whether text poses as the bot's own output or as
// commands: JSON objects, code fences, "SYSTEM:" headers, slash commands.
func imitates(text string) bool {
	t := strings.TrimSpace(text)
	lower := strings.ToLower(t)
	switch {
	case strings.HasPrefix(t, "{") || strings.HasPrefix(t, "["):
		return true
	case strings.Contains(t, "```"):
		return true
	case strings.Contains(lower, `"id"`) || strings.Contains(lower, `"answer"`) || strings.Contains(lower, `"kind"`):
		return true
	case strings.HasPrefix(lower, "system:") || strings.HasPrefix(lower, "assistant:") || strings.Contains(lower, "[system]"):
		return true
	case len(t) > 1 && t[0] == '/' && t[1] >= 'a' && t[1] <= 'z':
		return true
	}
	return false
}

// labelShapes maps each article id route can answer with to the shape of
// question it answers, and a decline to itself: "what-is-cio" and
// "what-is-cto" both answer "define". Shapes that need a role named come
// first, so an article is read by the shape that names it most plainly
// (what-is-cio is a definition, though a comparison with a lesser title
// lands there too).
var labelShapes = func() map[string]string {
	m := map[string]string{labelDecline: labelDecline}
	order := []Shape{ShapeDefine, ShapeNeed, ShapeCompare, ShapeResponsibilities, ShapeFocus, ShapeImpact,
		ShapeBoth, ShapeVirtual, ShapeCost, ShapeFirstHire, ShapeContact}
	for _, s := range order {
		for _, subject := range []Subject{SubjectCIO, SubjectCTO, SubjectNone} {
			for _, id := range route(Why{Shape: s, Subject: subject}, false, "") {
				if _, ok := m[id]; !ok {
					m[id] = string(s)
				}
			}
		}
	}
	return m
}()

// shapeOfLabel is the shape of question an example's label answers, or ""
// for an article no shape routes to.
func shapeOfLabel(label string) string { return labelShapes[label] }
