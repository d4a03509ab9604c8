package conversation

import (
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
		name: "200-person firm, tight budget counts as full-time above 50 people",
		answers: map[string]string{qSize: "m", qStage: "established", qOps: "high", qSystems: "pain", qData: "yes",
			qSecurity: "high", qProducts: "no", qInnovation: "no", qCompetitors: "no", qBudget: "maybe"},
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
	if len(outcomes) != 6 {
		t.Errorf("%d outcomes, want 6", len(outcomes))
	}
}
