package conversation

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// profile answers the ten questions by option value, in order.
type profile struct {
	name    string
	answers map[string]string
	want    RecommendationKind
}

// Typical profiles; the engine tests run the same ones end to end.
var profiles = []profile{
	{
		name: "15-person startup building an app on a small budget",
		answers: map[string]string{qSize: "s", qStage: "startup", qOps: "medium", qSystems: "fine", qData: "no",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "unsure", qBudget: "no"},
		want: RecommendVirtualCTO,
	},
	{
		name: "300-person logistics firm with ransomware worries and data silos",
		answers: map[string]string{qSize: "l", qStage: "established", qOps: "high", qSystems: "some", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "some", qCompetitors: "no", qBudget: "yes"},
		want: RecommendCIO,
	},
	{
		name: "scaling fintech with both needs and the budget",
		answers: map[string]string{qSize: "m", qStage: "scaling", qOps: "high", qSystems: "some", qData: "yes",
			qSecurity: "high", qProducts: "core", qInnovation: "yes", qCompetitors: "unsure", qBudget: "yes"},
		want: RecommendBoth,
	},
	{
		name: "40-person accounting firm worried about security, no budget",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "high", qSystems: "some", qData: "some",
			qSecurity: "high", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "no"},
		want: RecommendVirtualCIO,
	},
	{
		name: "25-person scale-up needing both, tight budget",
		answers: map[string]string{qSize: "s", qStage: "scaling", qOps: "high", qSystems: "pain", qData: "some",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "yes", qBudget: "maybe"},
		want: RecommendVirtualBoth,
	},
	{
		name: "35-person delivery-app start-up, middling inside, funding not closed",
		answers: map[string]string{qSize: "s", qStage: "scaling", qOps: "high", qSystems: "some", qData: "some",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "no", qBudget: "maybe"},
		want: RecommendVirtualCTO,
	},
	{
		name: "40-person export house on one laptop, notebooks that don't match, rivals with QR codes",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "low", qSystems: "some", qData: "some",
			qSecurity: "low", qProducts: "no", qInnovation: "no", qCompetitors: "yes", qBudget: "no"},
		want: RecommendNone,
	},
	{
		name: "120-person software company with budget",
		answers: map[string]string{qSize: "m", qStage: "scaling", qOps: "medium", qSystems: "fine", qData: "no",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "yes", qBudget: "yes"},
		want: RecommendCTO,
	},
	{
		name: "tiny shop with light needs but money to spend",
		answers: map[string]string{qSize: "xs", qStage: "established", qOps: "medium", qSystems: "some", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "yes"},
		want: RecommendVirtualCIO,
	},
	{
		name: "200-person firm with a tight budget: an SME, so virtual",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "maybe"},
		want: RecommendVirtualCIO,
	},
	{
		name: "400-person firm with a tight budget: past SME size, full-time",
		answers: map[string]string{qSize: "l", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "maybe"},
		want: RecommendCIO,
	},
	{
		name: "the lowest option everywhere: no executive yet",
		answers: map[string]string{qSize: "xs", qStage: "startup", qOps: "low", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "no"},
		want: RecommendNone,
	},
	{
		name: "lowest everywhere but scaling and with budget: still none",
		answers: map[string]string{qSize: "s", qStage: "scaling", qOps: "low", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "yes"},
		want: RecommendNone,
	},
	{
		name: "reliance on IT alone is no CIO need",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "high", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "some", qCompetitors: "unsure", qBudget: "no"},
		want: RecommendNone,
	},
	{
		name: "8-person digital native: a product company is not pushed to both by reliance on IT",
		answers: map[string]string{qSize: "xs", qStage: "startup", qOps: "high", qSystems: "some", qData: "no",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "unsure", qBudget: "no"},
		want: RecommendVirtualCTO,
	},
	{
		name: "320-person freight group catching up, no product, selective innovation: a CIO, not both",
		answers: map[string]string{qSize: "l", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "some", qCompetitors: "yes", qBudget: "yes"},
		want: RecommendCIO,
	},
	{
		name: "the same group wanting to lead with innovation: both",
		answers: map[string]string{qSize: "l", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "yes", qCompetitors: "yes", qBudget: "yes"},
		want: RecommendBoth,
	},
	{
		name: "140-person firm, every CIO signal, half an FTE at most: virtual",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "some", qCompetitors: "unsure", qBudget: "maybe"},
		want: RecommendVirtualCIO,
	},
	{
		name: "18-person SaaS, all in the cloud, nothing to fix inside: a virtual CTO only",
		answers: map[string]string{qSize: "s", qStage: "scaling", qOps: "high", qSystems: "fine", qData: "no",
			qSecurity: "medium", qProducts: "core", qInnovation: "yes", qCompetitors: "no", qBudget: "maybe"},
		want: RecommendVirtualCTO,
	},
	{
		name: "5-person yard, competitors ahead is its only sign, innovation set aside: no signal for a CTO",
		answers: map[string]string{qSize: "xs", qStage: "established", qOps: "low", qSystems: "some", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "no", qCompetitors: "yes", qBudget: "no"},
		want: RecommendNone,
	},
	{
		name: "competitors ahead with some appetite for innovation: a light CTO need",
		answers: map[string]string{qSize: "xs", qStage: "established", qOps: "low", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "no", qInnovation: "some", qCompetitors: "yes", qBudget: "no"},
		want: RecommendVirtualCTO,
	},
	{
		name: "60-person group, real CIO needs, a planned app and catching up: both, virtual",
		answers: map[string]string{qSize: "m", qStage: "scaling", qOps: "high", qSystems: "some", qData: "some",
			qSecurity: "high", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "maybe"},
		want: RecommendVirtualBoth,
	},
	{
		name: "120-person company whose business is its product: a CTO on that answer alone",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "medium", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "core", qInnovation: "no", qCompetitors: "no", qBudget: "yes"},
		want: RecommendCTO,
	},
	{
		name: "the same product answer in a 20-person company: a virtual CTO",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "medium", qSystems: "fine", qData: "no",
			qSecurity: "low", qProducts: "core", qInnovation: "no", qCompetitors: "no", qBudget: "yes"},
		want: RecommendVirtualCTO,
	},
	{
		name: "8 people needing both, with budget: two full-time executives are out of proportion",
		answers: map[string]string{qSize: "xs", qStage: "scaling", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "core", qInnovation: "yes", qCompetitors: "yes", qBudget: "yes"},
		want: RecommendVirtualBoth,
	},
	{
		name: "9-person school, mild CIO needs, a planned platform and students lost to rivals: both, virtual",
		answers: map[string]string{qSize: "xs", qStage: "scaling", qOps: "medium", qSystems: "some", qData: "some",
			qSecurity: "medium", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "no"},
		want: RecommendVirtualBoth,
	},
	{
		name: "the same school with its systems and data in pain: still both, virtual",
		answers: map[string]string{qSize: "xs", qStage: "scaling", qOps: "medium", qSystems: "pain", qData: "yes",
			qSecurity: "medium", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "no"},
		want: RecommendVirtualBoth,
	},
	{
		// A planned product and the wish to lead with innovation beside
		// a real CIO need: a CTO agenda of its own, so both, virtual.
		name: "45-person heritage trust planning an AR app, systems and data in a mess, no budget",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "medium", qSystems: "pain", qData: "yes",
			qSecurity: "medium", qProducts: "planned", qInnovation: "yes", qCompetitors: "no", qBudget: "no"},
		want: RecommendVirtualBoth,
	},
	// Every inward answer at its worst in a company past 50 people: the
	// CIO's agenda is full, so a planned product with competitors ahead is
	// a second, outward agenda of its own: both.
	{
		name: "110-person printer, IT all in pain, a web-to-print service planned, rivals ahead, budget: both",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "yes"},
		want: RecommendBoth,
	},
	{
		name: "600-person housing association, IT all in pain, a tenant app planned, unsure of rivals: both",
		answers: map[string]string{qSize: "l", qStage: "established", qOps: "medium", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "planned", qInnovation: "some", qCompetitors: "unsure", qBudget: "yes"},
		want: RecommendBoth,
	},
	{
		name: "scaling 80-person lab network, IT all in pain, a results portal planned, no budget: both, virtual",
		answers: map[string]string{qSize: "m", qStage: "scaling", qOps: "medium", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "no"},
		want: RecommendVirtualBoth,
	},
	{
		name: "the printer with innovation set aside: the outward side is too light for a second role",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "planned", qInnovation: "no", qCompetitors: "yes", qBudget: "maybe"},
		want: RecommendVirtualCIO,
	},
	{
		name: "30-person firm, IT all in pain, an app planned, no budget: both, virtual",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "planned", qInnovation: "some", qCompetitors: "yes", qBudget: "no"},
		want: RecommendVirtualBoth,
	},
	// Systems that run well and only mild data and security signs give a
	// CIO nothing to lead as an executive, however much the business
	// relies on IT: a light sign, not a need beside a real CTO one.
	{
		name: "3-person subscription box on a hosted shop, mild data and security signs, an app planned: a virtual CTO",
		answers: map[string]string{qSize: "xs", qStage: "startup", qOps: "high", qSystems: "fine", qData: "some",
			qSecurity: "medium", qProducts: "planned", qInnovation: "yes", qCompetitors: "unsure", qBudget: "no"},
		want: RecommendVirtualCTO,
	},
	{
		name: "scaling 25-person agency, systems fine, mild signs, leading with innovation: a virtual CTO",
		answers: map[string]string{qSize: "s", qStage: "scaling", qOps: "high", qSystems: "fine", qData: "some",
			qSecurity: "medium", qProducts: "no", qInnovation: "yes", qCompetitors: "yes", qBudget: "maybe"},
		want: RecommendVirtualCTO,
	},
	{
		name: "6-person shop, systems fine, mild data and security signs, nothing outward: a light virtual CIO",
		answers: map[string]string{qSize: "xs", qStage: "established", qOps: "high", qSystems: "fine", qData: "some",
			qSecurity: "medium", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "no"},
		want: RecommendVirtualCIO,
	},
	{
		name: "systems fine but security a serious concern: still a CIO need",
		answers: map[string]string{qSize: "s", qStage: "established", qOps: "high", qSystems: "fine", qData: "some",
			qSecurity: "high", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "yes"},
		want: RecommendCIO,
	},
}

func (p profile) values(t testing.TB) []string {
	t.Helper()
	out := make([]string, len(questions))
	for i, q := range questions {
		v, ok := p.answers[q.ID]
		if !ok {
			t.Fatalf("profile %q has no answer for %s", p.name, q.ID)
		}
		if _, ok := q.optionByValue(v); !ok {
			t.Fatalf("profile %q: %q is not an option of %s", p.name, v, q.ID)
		}
		out[i] = v
	}
	return out
}

func TestDecideProfiles(t *testing.T) {
	for _, p := range profiles {
		t.Run(p.name, func(t *testing.T) {
			got, reasons := decide(p.values(t))
			if got != p.want {
				t.Errorf("decide = %s, want %s (tally %+v)", got, p.want, score(p.values(t)))
			}
			if len(reasons) == 0 {
				t.Error("no reasons")
			}
		})
	}
}

func TestDecideReasonsPointToTheRecommendedRoles(t *testing.T) {
	tests := []struct {
		profile    int
		want, omit string
	}{
		{profile: 0, want: "Points to a CTO", omit: "Points to a CIO"},
		{profile: 1, want: "Points to a CIO", omit: "Points to a CTO"},
		{profile: 2, want: "Points to both"},
		{profile: 0, want: "isn't in the budget"},
		{profile: 1, want: "full-time"},
	}
	for _, tt := range tests {
		p := profiles[tt.profile]
		t.Run(p.name+"/"+tt.want, func(t *testing.T) {
			_, reasons := decide(p.values(t))
			all := strings.Join(reasons, "\n")
			if !strings.Contains(all, tt.want) {
				t.Errorf("reasons lack %q:\n%s", tt.want, all)
			}
			if tt.omit != "" && strings.Contains(all, tt.omit) {
				t.Errorf("reasons contain %q:\n%s", tt.omit, all)
			}
		})
	}
}

func TestAssessmentTableIsConsistent(t *testing.T) {
	if n := len(questions); n < 6 || n > 10 {
		t.Errorf("%d questions, want 6 to 10", n)
	}
	seen := map[string]bool{}
	for _, q := range questions {
		if seen[q.ID] {
			t.Errorf("duplicate question id %s", q.ID)
		}
		seen[q.ID] = true
		vals := map[string]bool{}
		for _, o := range q.Options {
			if o.Value == "" || o.Label == "" || vals[o.Value] || strings.ContainsAny(o.Value, "=\"") {
				t.Errorf("%s: bad or duplicate option %+v", q.ID, o)
			}
			vals[o.Value] = true
			// Labels become buttons, and Slack cuts button text at about
			// 30 characters.
			if n := utf8.RuneCountInString(o.Label); n > 30 {
				t.Errorf("%s/%s: label %q has %d characters, want at most 30", q.ID, o.Value, o.Label, n)
			}
			if (o.CIO > 0 || o.CTO > 0) && o.Reason == "" {
				t.Errorf("%s/%s scores points without a reason", q.ID, o.Value)
			}
		}
	}
	for k := range outcomes {
		if outcomes[k].Title == "" || len(outcomes[k].Articles) == 0 {
			t.Errorf("outcome %s incomplete", k)
		}
	}
	if len(outcomes) != 7 {
		t.Errorf("%d outcomes, want 7", len(outcomes))
	}
}

// everyCombination calls fn with every combination of answers (option
// values in question order).
func everyCombination(fn func(answers []string)) {
	answers := make([]string, len(questions))
	var walk func(i int)
	walk = func(i int) {
		if i == len(questions) {
			fn(answers)
			return
		}
		for _, o := range questions[i].Options {
			answers[i] = o.Value
			walk(i + 1)
		}
	}
	walk(0)
}

// TestReasonsCiteOnlyGivenAnswers checks every combination of answers:
// each reason is a fixed sentence about the budget or the outcome, or the
// reason of an answer given (under the right heading: a CIO point only
// for an answer with CIO points), never a need the answers do not show.
func TestReasonsCiteOnlyGivenAnswers(t *testing.T) {
	fixed := map[string]bool{
		"Nothing you told me calls for a technology executive now.":                                                                           true,
		"You can fund a full-time executive.":                                                                                                 true,
		"A full-time executive would be tight, but at your size the role is usually worth a full-time hire.":                                  true,
		"Your needs are real but light for now, so a virtual role covers them without a full-time hire.":                                      true,
		"You said a full-time executive would be tight; for an SME a virtual one brings the same expertise without the overhead.":             true,
		"A full-time executive isn't in the budget now; a virtual one brings the same expertise without the overhead.":                        true,
		"Two full-time executives are out of proportion for a team of your size; virtual ones bring the same expertise without the overhead.": true,
	}
	failures := 0
	everyCombination(func(answers []string) {
		given := map[string]option{}
		for i, v := range answers {
			o, _ := questions[i].optionByValue(v)
			if o.Reason != "" {
				given[o.Reason] = o
			}
		}
		kind, reasons := decide(answers)
		for _, r := range reasons {
			if fixed[r] {
				continue
			}
			ok := false
			switch {
			case strings.HasPrefix(r, "Points to a CIO: "):
				o, found := given[strings.TrimPrefix(r, "Points to a CIO: ")]
				ok = found && o.CIO > 0 && kind != RecommendNone
			case strings.HasPrefix(r, "Points to a CTO: "):
				o, found := given[strings.TrimPrefix(r, "Points to a CTO: ")]
				ok = found && o.CTO > 0 && kind != RecommendNone
			case strings.HasPrefix(r, "Points to both: "):
				_, ok = given[strings.TrimPrefix(r, "Points to both: ")]
				ok = ok && (kind == RecommendBoth || kind == RecommendVirtualBoth)
			case strings.HasPrefix(r, "A light sign, not enough for an executive: "):
				_, ok = given[strings.TrimPrefix(r, "A light sign, not enough for an executive: ")]
				ok = ok && kind == RecommendNone
			default:
				_, ok = given[r]
			}
			if !ok && failures < 10 {
				failures++
				t.Errorf("answers %v (%s): reason %q cites no answer given", answers, kind, r)
			}
		}
	})
}

// TestConsultantRules checks rules a consultant applies, over every
// combination of answers.
func TestConsultantRules(t *testing.T) {
	i := func(id string) int { return questionIndex(id) }
	failures := 0
	fail := func(format string, args ...any) {
		if failures < 10 {
			failures++
			t.Errorf(format, args...)
		}
	}
	everyCombination(func(answers []string) {
		kind, _ := decide(answers)
		size, budget := answers[i(qSize)], answers[i(qBudget)]
		// An SME with a tight budget is not told to hire full-time.
		if budget == "maybe" && size != "l" && (kind == RecommendCIO || kind == RecommendCTO || kind == RecommendBoth) {
			fail("%v: %s, want a virtual role or none for an SME with a tight budget", answers, kind)
		}
		// No budget: never full-time.
		if budget == "no" && (kind == RecommendCIO || kind == RecommendCTO || kind == RecommendBoth) {
			fail("%v: %s, want no full-time role without a budget", answers, kind)
		}
		// In a small company whose business is a technology product, how
		// much it relies on IT changes nothing.
		if (size == "xs" || size == "s") && answers[i(qProducts)] == "core" && answers[i(qOps)] == "high" {
			low := slices.Clone(answers)
			low[i(qOps)] = "low"
			if k, _ := decide(low); k != kind {
				fail("%v: %s, but %s with little reliance on IT", answers, kind, k)
			}
		}
		// A small product company with nothing inside at its worst: the
		// CTO leads its technology; no CIO executive beside it.
		worst := answers[i(qSystems)] == "pain" || answers[i(qData)] == "yes" || answers[i(qSecurity)] == "high"
		if (size == "xs" || size == "s") && answers[i(qProducts)] == "core" && !worst &&
			(kind == RecommendBoth || kind == RecommendVirtualBoth) {
			fail("%v: %s, want one role for a small product company with mild inward signs", answers, kind)
		}
		// No signal at all: no executive, whatever the size, stage or budget.
		calm := true
		for _, id := range []string{qOps, qSystems, qData, qSecurity, qProducts, qInnovation, qCompetitors} {
			calm = calm && answers[i(id)] == questions[i(id)].Options[0].Value
		}
		if calm && kind != RecommendNone {
			fail("%v: %s, want none for no signal", answers, kind)
		}
	})
}

// TestReasonsClaimOnlyWhatWasSaid checks every combination of answers:
// a reason says no more than the answer it cites: no scaling the owner
// did not report, no need the owner did not state.
func TestReasonsClaimOnlyWhatWasSaid(t *testing.T) {
	stage := questionIndex(qStage)
	failures := 0
	everyCombination(func(answers []string) {
		_, reasons := decide(answers)
		for _, r := range reasons {
			bad := strings.Contains(r, "scal") && answers[stage] != "scaling" ||
				strings.Contains(r, "need someone")
			if bad && failures < 10 {
				failures++
				t.Errorf("answers %v: reason %q claims what was not said", answers, r)
			}
		}
	})
}
