package conversation_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// runProfile answers the assessment as the profile's owner would: first
// the description when describe is set, then each question asked with the
// owner's words, by button when the words are not taken. It returns the
// recommendation; the verdicts on typed answers go to c, and questions
// filled without being asked (listed to the user with a button to change
// each) are judged against the owner's answer in fills (taken: the same
// option, wrong: another).
func runProfile(t testing.TB, e *conversation.Engine, k conversation.Key, p companyProfile, describe bool, c, fills tally) *conversation.Recommendation {
	t.Helper()
	ctx := context.Background()
	var rec *conversation.Recommendation
	rs := e.Handle(ctx, k, conversation.Cmd(conversation.CommandStart))
	if describe {
		rs = e.Handle(ctx, k, conversation.Text(p.describe))
	}
	seen := map[string]bool{}
	for range 40 {
		last := rs[len(rs)-1]
		if last.Recommendation != nil {
			rec = last.Recommendation
			break
		}
		q := last.Question
		if q == nil {
			// An answer taken as something else that ends the assessment
			// (a handoff, an article with no question after it): the
			// profile fails, the run goes on.
			t.Logf("%s: the assessment stopped without a recommendation", p.name)
			return nil
		}
		a, ok := p.answer(q.ID)
		if !ok {
			t.Fatalf("%s: no answer for %s", p.name, q.ID)
		}
		if seen[q.ID] {
			// Asked again after a re-ask: click the intended option.
			rs = e.Handle(ctx, k, conversation.Choice(q.Round, q.ID, a.want))
			continue
		}
		seen[q.ID] = true
		rs = e.Handle(ctx, k, conversation.Text(a.text))
		// Judged against all the options: asked between two others, the
		// owner may still type the one meant, and that is no miss.
		v := judge(rs, allQuestions(t)[q.ID], a)
		c[v]++
		switch v {
		case wrong:
			t.Logf("%s: %s %q taken as %q, want %q", p.name, q.ID, a.text, answeredLabel(rs), a.want)
		case asked, reasked:
			t.Logf("%s: %s %q not taken (%s), want %q", p.name, q.ID, a.text, verdictNames[v], a.want)
		}
	}
	if rec == nil {
		t.Fatalf("%s: no recommendation after 40 turns", p.name)
	}
	for _, qa := range rec.Answers {
		if seen[qa.QuestionID] {
			continue
		}
		a, _ := p.answer(qa.QuestionID)
		if optionLabel(t, qa.QuestionID, a.want) == qa.Answer {
			fills[taken]++
		} else {
			fills[wrong]++
			t.Logf("%s: %s filled as %q, the owner answers %q", p.name, qa.QuestionID, qa.Answer, a.want)
		}
	}
	return rec
}

// optionLabel is the label of option value of question qid, read from
// the questions an assessment asks.
func optionLabel(t testing.TB, qid, value string) string {
	t.Helper()
	for _, o := range allQuestions(t)[qid].Options {
		if o.Value == value {
			return o.Label
		}
	}
	t.Fatalf("%s has no option %q", qid, value)
	return ""
}

// walkedQuestions caches allQuestions: the questions never change.
var walkedQuestions map[string]*conversation.Question

// allQuestions walks an assessment once, answering each question with its
// first option, and returns the questions by id.
func allQuestions(t testing.TB) (qs map[string]*conversation.Question) {
	t.Helper()
	if walkedQuestions != nil {
		return walkedQuestions
	}
	defer func() { walkedQuestions = qs }()
	e, _ := newEngine(t)
	qs = map[string]*conversation.Question{}
	rs := e.Handle(context.Background(), key, conversation.Cmd(conversation.CommandStart))
	for rs[len(rs)-1].Question != nil {
		q := rs[len(rs)-1].Question
		qs[q.ID] = q
		rs = e.Handle(context.Background(), key, conversation.Choice(q.Round, q.ID, q.Options[0].Value))
	}
	return qs
}

// profileFigures are the results of a set of profiles.
type profileFigures struct {
	profiles, byNumber, typed, described int
	disputed                             int // misses by option numbers listed in outcomeDisputed
	typedAnswers, describedAnswers       tally
	typedFills, fills                    tally // questions filled without being asked
}

func newProfileFigures() *profileFigures {
	return &profileFigures{typedAnswers: tally{}, describedAnswers: tally{}, typedFills: tally{}, fills: tally{}}
}

func (f *profileFigures) log(t *testing.T, name string) {
	t.Helper()
	n := f.profiles
	t.Logf("%s: %d profiles: outcome acceptable by option numbers %d (%.1f%%), typed %d (%.1f%%), description first %d (%.1f%%)",
		name, n, f.byNumber, pct(f.byNumber, n), f.typed, pct(f.typed, n), f.described, pct(f.described, n))
	t.Logf("%s: typed: %s; %d questions filled from other answers, %d unlike the owner's answer",
		name, f.typedAnswers, f.typedFills[taken]+f.typedFills[wrong], f.typedFills[wrong])
	t.Logf("%s: description first: %d questions filled from the descriptions, %d unlike the owner's answer; the rest typed: %s",
		name, f.fills[taken]+f.fills[wrong], f.fills[wrong], f.describedAnswers)
}

// runProfiles runs each profile three ways into f.
func runProfiles(t *testing.T, e *conversation.Engine, file string, profiles []companyProfile, f *profileFigures) {
	ctx := context.Background()
	for i, p := range profiles {
		f.profiles++
		// By option number (a button, or a number in chat).
		k := conversation.Key{Platform: "test", Team: file, User: fmt.Sprintf("n%d", i)}
		rs := e.Handle(ctx, k, conversation.Cmd(conversation.CommandStart))
		for _, a := range p.answers {
			q := lastQuestion(t, rs)
			if q.ID != a.qid {
				t.Fatalf("%s: asked %s, profile answers %s", p.name, q.ID, a.qid)
			}
			rs = e.Handle(ctx, k, conversation.Choice(q.Round, q.ID, a.want))
		}
		rec := rs[len(rs)-1].Recommendation
		if rec == nil {
			t.Fatalf("%s: no recommendation by option numbers", p.name)
		}
		if p.acceptable(rec.Kind) {
			f.byNumber++
		} else if why, ok := outcomeDisputed[p.name]; ok {
			f.disputed++
			t.Logf("%s: by option numbers %s, want one of %v; disputed: %s", p.name, rec.Kind, p.want, why)
		} else {
			// A miss: TestProfiles fails on the total.
			t.Logf("%s: by option numbers %s, want one of %v", p.name, rec.Kind, p.want)
		}
		// Typed in the owner's words.
		k.User = fmt.Sprintf("t%d", i)
		if rec = runProfile(t, e, k, p, false, f.typedAnswers, f.typedFills); rec != nil && p.acceptable(rec.Kind) {
			f.typed++
		} else {
			t.Logf("%s: typed %s, want one of %v", p.name, kindOf(rec), p.want)
		}
		// The description first.
		k.User = fmt.Sprintf("d%d", i)
		if rec = runProfile(t, e, k, p, true, f.describedAnswers, f.fills); rec != nil && p.acceptable(rec.Kind) {
			f.described++
		} else {
			t.Logf("%s: described %s, want one of %v", p.name, kindOf(rec), p.want)
		}
	}
}

// kindOf names a recommendation's kind for a report, or its absence.
func kindOf(rec *conversation.Recommendation) string {
	if rec == nil {
		return "no recommendation"
	}
	return string(rec.Kind)
}

func (f *profileFigures) add(o *profileFigures) {
	f.profiles += o.profiles
	f.byNumber += o.byNumber
	f.disputed += o.disputed
	f.typed += o.typed
	f.described += o.described
	for _, p := range [][2]tally{{f.typedAnswers, o.typedAnswers}, {f.describedAnswers, o.describedAnswers},
		{f.typedFills, o.typedFills}, {f.fills, o.fills}} {
		for v, n := range p[1] {
			p[0][v] += n
		}
	}
}

// outcomeDisputed are profiles whose writer's outcome the scoring gives
// no way that would not break another writer's, with the reason. They
// count as misses in the figures; only they may miss by option numbers.
var outcomeDisputed = map[string]string{
	"Nursery group, manager quoting the board": "the same answers as profiles_blind45's food bank, " +
		"whose writer wants virtual help on both sides where this one wants a (virtual) CIO; three other " +
		"writers' profiles of that shape (blind56's freight broker, blind59's skincare brand, blind60's " +
		"outlet chain) want both too",
	"Garment exporter in Ho Chi Minh City, finance director, 1,200 workers": "1,200 staff with IT pain points " +
		"and a budget the board could find: the seed keeps the virtual executive for SMEs and start-ups",
	"Tea estate above Munnar, Kerala, answered by the proprietor in his seventies, 650 workers": "650 staff, " +
		"systems and data with some trouble and a budget the owner can afford: the garment exporter's shape; " +
		"making a large firm's mild trouble a light need moved eight other writers' outcomes the wrong way",
	"Heavy transport and port handling for wind-turbine parts in Aarhus, Denmark, head of planning, 420 people": "420 " +
		"people with systems, data and security all at their worst beside a planned product, some wish to innovate " +
		"and rivals unknown: the rules give the outward agenda its own role (both), the writer folds it into the CIO's",
	"Silk-scarf workshop in Sheki, owner, 22 people": "a growing 22-person workshop with middling reliance and some " +
		"systems trouble beside a planned product and some wish to innovate, nothing at full weight either side: " +
		"the rules make the inward need the light one (virtual CIO), the writer the product (virtual CTO) or none",
}

// TestProfiles runs the company profiles of profiles*.txt three
// ways: every answer given as the option's number (the scoring rules
// alone: all outcomes acceptable), every answer typed in the owner's
// words, and the owner's description first. Typed, the outcomes must be
// acceptable in at least 96% of profiles and the answers meet the goals of
// TestAnswerQuality; the questions a description fills (listed to the user
// with a button to change each) must agree with the owner's own answers at
// least 95% of the time.
func TestProfiles(t *testing.T) {
	files := labelledFiles(t, "profiles*.txt")
	e := realEngine(t)
	all := newProfileFigures()
	for _, file := range files {
		f := newProfileFigures()
		runProfiles(t, e, file, loadProfiles(t, file), f)
		f.log(t, filepath.Base(file))
		all.add(f)
	}
	all.log(t, "all files")
	n := all.profiles
	if all.byNumber+all.disputed != n {
		t.Errorf("by option numbers %d/%d acceptable (%d disputed), want all but the disputed", all.byNumber, n, all.disputed)
	}
	if pct(all.typed, n) < 96 {
		t.Errorf("typed: %.1f%% acceptable, want at least 96%%", pct(all.typed, n))
	}
	if pct(all.described, n) < 96 {
		t.Errorf("description first: %.1f%% acceptable, want at least 96%%", pct(all.described, n))
	}
	checkGoals(t, all.typedAnswers)
	checkGoals(t, all.describedAnswers)
	if all.typedFills[wrong] > 0 {
		t.Errorf("%d questions filled from other typed answers unlike the owner's answer, want none", all.typedFills[wrong])
	}
	if m := all.fills[taken] + all.fills[wrong]; m == 0 || pct(all.fills[taken], m) < 95 {
		t.Errorf("descriptions: %d of %d fills agree with the owner's answers, want at least 95%%", all.fills[taken], m)
	}
}
