package conversation

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"

	"github.com/springfield/techleader/conversation/answers"
)

// A reader learned from the labelled answers beside the hand-written
// rules: for each question, a naive Bayes over the answers' stemmed words,
// word pairs and negated words ("not_worri"), with the labelled
// non-answers as a class of their own. The rules know phrases; the
// model knows which words owners use for each option, so it recognises
// wordings no rule lists, and it notices when a rule's reading is at odds
// with everything said that way before. It never overrides a rule's
// reading: see blend.

// notAnswer is the class of labelled text that is no answer.
const notAnswer = "?"

// blendConfig are the model's thresholds, chosen by leave-one-file-out
// cross-validation over the labelled files (TestLearnedCrossValidation):
// no answer taken wrongly first, then as many taken as possible.
type blendConfig struct {
	// take: the model's probability above which it answers alone, when
	// the rules found nothing or could not choose between two options.
	take float64
	// margin: how far the model's first option must lead its second.
	margin float64
	// veto: the probability of another option above which a rule's
	// reading is not trusted and the two are offered.
	veto float64
	// known: the share of the answer's features the model has seen.
	known float64
	// pair: the probability of the model's first two options together
	// above which they are offered when nothing else is known.
	pair float64
	// lambda scales the evidence: naive Bayes counts every feature as
	// independent, which makes it overconfident on long answers.
	lambda float64
	// secondVeto: the regression's probability of another option above
	// which a rule's reading is offered beside it (see secondOpinion).
	secondVeto float64
	// agreeTake, agreeBayes: the regression's and the naive Bayes's
	// probabilities of the same option above which it is taken when the
	// rules read nothing.
	agreeTake, agreeBayes float64
}

var defaultBlend = blendConfig{take: 0.98, margin: 0.5, veto: 0.7, known: 0.3, pair: 0.95, lambda: 0.5,
	secondVeto: 0.9, agreeTake: 0.9, agreeBayes: 0.9}

// bayes is one question's model.
type bayes struct {
	classes []string    // option values, then notAnswer
	counts  [][]float64 // by feature row (model.index), then class
	totals  []float64
	alpha   float64
}

// model is one question's readers over one feature index: the naive
// Bayes, and the regression that gives its second opinion (maxent.go).
// Both read the same features, so each is looked up once.
type model struct {
	index  map[string]int // feature to row
	bayes  *bayes
	second *maxent
}

// learner is the models of all questions.
type learner struct {
	byQuestion map[string]*model
}

// rows are the index rows of features fs, -1 for a feature never seen.
func (m *model) rows(fs []string) []int {
	x := make([]int, len(fs))
	for i, f := range fs {
		j, ok := m.index[f]
		if !ok {
			j = -1
		}
		x[i] = j
	}
	return x
}

// guess is what the model makes of an answer.
type guess struct {
	top, second string
	p, p2       float64
	known       float64 // share of the features seen in training
}

func (g guess) ok() bool { return g.top != "" }

// learned is the model of the embedded labelled answers, built on first
// use.
var learned = sync.OnceValue(func() *learner { return train(answers.All()) })

// train builds the models from labelled rows.
func train(rows []answers.Row) *learner { return trainOn(rows, featuresOf(rows)) }

// featuresOf are the features of every row's text, in order.
func featuresOf(rows []answers.Row) [][]string {
	// Owners reuse the same few thousand words: stemming each once
	// halves the build, which runs at start-up.
	stems := map[string]string{}
	stem := func(t string) string {
		s, ok := stems[t]
		if !ok {
			s = stemWord(t)
			stems[t] = s
		}
		return s
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = featuresWith(r.Text, stem)
	}
	return out
}

// trainOn builds the models from labelled rows and their features
// (featuresOf): cross-validation reads each text once for all its
// builds.
func trainOn(rows []answers.Row, feats [][]string) *learner {
	l := &learner{byQuestion: map[string]*model{}}
	examples := map[string][]example{}
	for i := range questions {
		q := &questions[i]
		b := &bayes{alpha: 0.5}
		for _, o := range q.Options {
			b.classes = append(b.classes, o.Value)
		}
		b.classes = append(b.classes, notAnswer)
		b.totals = make([]float64, len(b.classes))
		l.byQuestion[q.ID] = &model{index: map[string]int{}, bayes: b, second: newMaxent(len(b.classes))}
	}
	for i, r := range rows {
		m := l.byQuestion[r.Question]
		if m == nil || r.Also != "" {
			continue // a text read either way teaches neither option
		}
		b := m.bayes
		c := slices.Index(b.classes, r.Want)
		if c < 0 {
			continue
		}
		x := make([]int, len(feats[i]))
		for k, f := range feats[i] {
			j, ok := m.index[f]
			if !ok {
				j = len(m.index)
				m.index[f] = j
				b.counts = append(b.counts, make([]float64, len(b.classes)))
			}
			x[k] = j
			b.counts[j][c]++
			b.totals[c]++
		}
		examples[r.Question] = append(examples[r.Question], newExample(x, c))
	}
	for id, m := range l.byQuestion {
		m.second.fit(examples[id], len(m.index))
	}
	return l
}

// guess is the naive Bayes's reading of text as an answer to question id.
func (l *learner) guess(id, text string, lambda float64) guess {
	m, fs := l.byQuestion[id], features(text)
	if m == nil || len(fs) == 0 {
		return guess{}
	}
	return m.bayes.guess(m.rows(fs), lambda)
}

// guesses are the naive Bayes's and the regression's readings of text,
// its features read and looked up once.
func (l *learner) guesses(id, text string, lambda float64) (bayes, second guess) {
	return l.guessesOf(id, features(text), lambda)
}

// guessesOf are guesses of features fs.
func (l *learner) guessesOf(id string, fs []string, lambda float64) (bayes, second guess) {
	m := l.byQuestion[id]
	if m == nil || len(fs) == 0 {
		return guess{}, guess{}
	}
	x := m.rows(fs)
	return m.bayes.guess(x, lambda), m.second.guess(fs, x, m.bayes.classes)
}

// guess is the naive Bayes's reading of feature rows x (model.rows).
func (b *bayes) guess(x []int, lambda float64) guess {
	v := float64(len(b.counts))
	score := make([]float64, len(b.classes)) // uniform priors
	known := 0
	for _, j := range x {
		if j < 0 {
			continue
		}
		n := b.counts[j]
		known++
		for c := range score {
			score[c] += lambda * math.Log((n[c]+b.alpha)/(b.totals[c]+b.alpha*v))
		}
	}
	if known == 0 {
		return guess{}
	}
	mx := slices.Max(score)
	sum := 0.0
	for c := range score {
		score[c] = math.Exp(score[c] - mx)
		sum += score[c]
	}
	first, second := topTwo(score)
	return guess{top: b.classes[first], second: b.classes[second],
		p: score[first] / sum, p2: score[second] / sum, known: float64(known) / float64(len(x))}
}

// features are the stemmed words of text, each word pair within a
// clause, and the words a negation reaches written "not_" + word. Numbers
// are reduced to their number of digits: the rules read their values.
func features(text string) []string { return featuresWith(text, stemWord) }

// featuresWith is features with stem for stemWord.
func featuresWith(text string, stem func(string) string) []string {
	w, cut := tokenize(text)
	out := make([]string, 0, 3*len(w))
	reach, prev := 0, ""
	for i, t := range w {
		if cut[i] {
			reach, prev = 0, ""
		}
		s := stem(t)
		switch {
		case negation[t]:
			reach = 3
		case reach > 0:
			s = "not_" + s
			reach--
		}
		out = append(out, s)
		if prev != "" {
			out = append(out, prev+" "+s)
		}
		prev = s
	}
	return out
}

func stemWord(t string) string {
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return "#" + strconv.Itoa(len(t))
	}
	return english.Stem(t, false)
}

// readAnswer is matchAnswer blended with the learned reader. Between two
// options already offered, only the rules read the reply.
func readAnswer(q *question, text string, narrow []string) answerMatch {
	part, ok := answerPart(q, text)
	if !ok {
		return answerMatch{signal: true}
	}
	return readPart(q, part, narrow)
}

// readPart is readAnswer of text that is already its own answer part
// (answerPart read it whole): it is not split again.
func readPart(q *question, text string, narrow []string) answerMatch {
	text = standsBy(q, text, narrow)
	m := matchPart(q, text, narrow)
	if len(narrow) > 0 {
		// Between two options, the doubt still holds: "230 drivers plus
		// 40" is no more 51–250 for being asked again.
		return settle(q, text, m, guess{})
	}
	present := presentPart(q, text)
	l := learned()
	g, h := l.guesses(q.ID, present, defaultBlend.lambda)
	return secondOpinion(q, text, m, blendFor(q, text, m, g, defaultBlend), g, h, defaultBlend)
}

// presentPart is the part of text the rules read as the answer to q
// when it sets the owner's view against another's (ownAfterReportedBut,
// and ownAfterReportDenied where the denial alone settles which end, see
// otherSideOf), or tells a past and then the present ("they used to be
// fine but since we doubled they're falling apart"): the model reads the
// same part, not the past's or the report's words against it.
func presentPart(q *question, text string) string {
	w, cut := tokenize(text)
	if own, ok := ownAfterReportedBut(text); ok {
		text = own // "Dad says it's fine, but actually it crashes": the owner's words
		w, cut = tokenize(text)
	} else if denialSettlesEnd(q) && (hasAny(w, othersSayVerbs) || hasAny(w, verdictVerbs)) {
		if own, ok := ownAfterReportDenied(text); ok {
			text = own // "Dad says it's fine. Rubbish, it crashes weekly"
			w, cut = tokenize(text)
		}
	}
	now, _ := pastThenNow(w, cut)
	if len(now) == len(w) {
		return text
	}
	return strings.Join(now, " ")
}

// blendFor is blend for question q. A headcount the rules read from a
// number stands against the model: the model knows only how many digits
// a number has, so its doubt about "310 FTE" or "96 employees" is noise;
// numbers that count something else are the doubt's to catch (settle).
func blendFor(q *question, text string, m answerMatch, g guess, cfg blendConfig) answerMatch {
	if q.headcount != nil && m.value != "" {
		return m
	}
	if rulesStand(q, text, m, g) {
		return m
	}
	if q.ID == qBudget && m.value == "" && len(m.candidates) == 0 && namesSum(text) {
		// The same for sums of money the rules could not place: "we
		// pay our IT firm 60k a year, a full-timer would cost more"
		// is weighed by what the sums mean, not their digits; the
		// model may offer two options, never take one alone.
		cfg.take = 2
	}
	return blend(m, g, cfg)
}

// readingWeighed reports a rule's reading that already weighed the words
// doubt and the model would read against it: neither may reopen it. The
// story after "No, they run well." tells why; "I'd be lying if I said
// no" weighs its negations; "if we had the money, sure, but we don't"
// its condition; "not a big problem, but not perfect" denies both ends;
// "I'd give them a 3. Slow, and it crashes" its rating (numberstands.go);
// "we can't afford not to", "mostly sound, with a leaky tap or two" and
// "..., so I don't know" are read whole by their figure or conclusion.
func readingWeighed(q *question, text string, m answerMatch) bool {
	return numberRead(q, text, m) || weighedAgainstStory(q, text, m) || litotesStands(q, text, m) || hypotheticalStands(q, text, m) ||
		m.value == q.hedge && troubleAndPerfectionDenied(q, text) || budgetFigureStands(q, text, m) ||
		q.ID == qCompetitors && m.value == q.hedge && unknownConcludedWhole(text) ||
		mostlySoundStands(q, text, m)
}

// rulesStand reports a rule reading the model must not put in doubt:
// its doubt comes from words the rules have already weighed.
func rulesStand(q *question, text string, m answerMatch, g guess) bool {
	if readingWeighed(q, text, m) || weighedElsewhere(q, text, m) || m.value == q.no && (deferredInnovation(q, text) || leadAskedBack(q, text)) {
		// "No, they run well. ... the power cuts in the rainy season":
		// the model reads the story's words the rules outweighed.
		return true
	}
	if q.trouble && m.value == q.yes && g.top == q.hedge {
		// "the till crashes, but that's not the worst, the stock system
		// is ancient": the model reads the first trouble alone; "Yes.
		// The codes are duplicated": it reads the duplicates as some.
		w, cut := tokenize(text)
		if _, ok := worseTrouble(q, w); ok {
			return true
		}
		if _, ok := yesThenTroubles(q, w, cut); ok {
			return true
		}
	}
	if q.ID == qSystems && m.value == q.yes && g.top == "fine" {
		// "it's a disaster, nothing works": the model reads the
		// "nothing" as nothing wrong.
		w, _ := tokenize(text)
		return nothingWorks(w)
	}
	if q.ID == qInnovation && m.value == q.yes && g.top != q.yes {
		// "if we're not first we're dead": the model reads the "not
		// first"; the rules weighed what it would cost.
		w, _ := tokenize(text)
		return firstOrRuin(w)
	}
	if q.ID == qCompetitors && m.value == q.yes {
		w, cut := tokenize(text)
		return plainComparison(w, cut) // "others are more modern than us"
	}
	if q.ID == qBudget && m.value == q.hedge && g.top == q.no {
		// "maybe in six months": a near time keeps the maybe (see
		// hedgedLaterYear); the model reads any time to come as not now.
		w, _ := tokenize(text)
		return hedgedNearerTime(w)
	}
	products := q.ID == qProducts && (m.value == "core" && g.top == "planned" || m.value == "no" && (g.top == "planned" || g.top == "core"))
	security := q.ID == qSecurity && (m.value == "high" || m.value == q.hedge)
	stage := q.ID == qStage && m.value == "scaling" && g.top == "established"
	if !products && !security && !stage {
		return false
	}
	w, cut := tokenize(text)
	switch {
	case stage:
		// "four kitchens back in 2019, ten now": the model reads the
		// year as an old firm; the rules counted the growth since.
		return grewThenNow(w) || grewNowThen(w) || quietThenGrowth(w)
	case q.ID == qProducts && m.value == "core":
		// The model's "planned" comes from the launch dates that most
		// answers about building name; with none named, the rules stand.
		return buildingNow(w)
	case q.ID == qProducts && g.top == "planned":
		// The same for a product given up: "discontinued in 2019"
		// dates a past, not a launch; and for an idea refused ("the
		// IT man floated an app idea. Not for us"): the model reads
		// the idea.
		return givenUp(w) || techRefused(w, cut)
	case q.ID == qProducts:
		// "the product is the bags": the model reads the word product;
		// the rules saw it names no technology.
		return productIsGoods(w)
	case m.value == "high":
		// "not a small worry": the model reads the "not" and the
		// "worry" as no worry; the litotes is a big one. "On my mind
		// a lot": the model reads the middle's "on my mind", the rules
		// how much it is there.
		// "Not something we can shrug off": the model reads the "not".
		return smallWorryDenied(w) || (constantThought(w) || muchThought(w)) && !hasAny(w, negation) || dismissalDenied(w)
	}
	// "wouldn't kill us, but it'd be a headache": the model reads the
	// ruin without its "not"; the rules weighed both. "I worry about it,
	// though not a great deal": the model reads the "not" as no worry;
	// "it is a concern": the model reads the word as the top, the rules
	// saw it told without its size.
	return lesserHarm(w, cut) || worryLimitedByDegree(w) || plainConcern(w, cut)
}

// answerInQuestion is the option text answers though it reads as a
// question, if any: see answersAnyway. text is its own answer part.
func answerInQuestion(q *question, text string) (string, bool) {
	m := matchPart(q, text, nil)
	return m.value, questionAnswered(q, text, m, learned().guess(q.ID, text, defaultBlend.lambda), defaultBlend)
}

// questionAnswered reports whether text, read as m, answers q though it
// reads as a question: a question back the rules know ("who'd bother
// hacking a florist?"), or an answer the sure model reads the same.
func questionAnswered(q *question, text string, m answerMatch, g guess, cfg blendConfig) bool {
	// "what data?" alone may ask what is meant; "what data? we cut
	// hair" answers (see answerPart).
	bare := q.ID == qData && len(normalize(text)) <= 3
	if v := retort(q, text); v != "" && m.value == v && !bare {
		return true
	}
	if r, ok := misplacedReading(q, text); ok && r.value == m.value {
		return true // "A full-time tech boss at an archery range?"
	}
	return answersAnyway(m, g, cfg)
}

// answersAnyway reports whether text that reads as a question ("how many
// people? 300 or so", "how much do we rely on IT, hardly at all") is an
// answer after all: the rules read an option and the model, sure, reads
// the same.
func answersAnyway(m answerMatch, g guess, cfg blendConfig) bool {
	return m.value != "" && g.top == m.value && g.p >= cfg.take && g.known >= cfg.known
}

// blend combines the rules' reading m with the model's guess g. Where
// both agree, or the model knows nothing, the rules stand. The model
// never replaces a rule's reading with another option: when it is sure
// of another, the two are offered. When the rules found nothing, or two
// options they could not choose between, the model may answer, if it is
// sure and its answer leads clearly.
func blend(m answerMatch, g guess, cfg blendConfig) answerMatch {
	if !g.ok() || g.known < cfg.known {
		return m
	}
	sure := g.top != notAnswer && g.p >= cfg.take && g.p-g.p2 >= cfg.margin
	switch {
	case m.value != "":
		if g.top != m.value && g.top != notAnswer && g.p >= cfg.veto {
			return answerMatch{candidates: pair(m.value, g.top), signal: true}
		}
	case len(m.candidates) == 2:
		if sure && slices.Contains(m.candidates, g.top) {
			return answerMatch{value: g.top, signal: true}
		}
	case sure:
		return answerMatch{value: g.top, signal: true}
	case g.top != notAnswer && g.second != notAnswer && g.p+g.p2 >= cfg.pair && !m.signal:
		return answerMatch{candidates: pair(g.top, g.second), signal: true}
	}
	return m
}
