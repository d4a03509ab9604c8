package conversation

import "testing"

// round20bLaterYear: a hedge whose only content is a time a year or more
// ahead ("perhaps next year") says not now, or maybe not now: the owner
// answers no as often as maybe, so it is asked between the two, never
// taken as maybe. 5 of 5 failed first (taken as maybe).
var round20bLaterYear = []struct{ q, text, want string }{
	{qBudget, "Perhaps in two years.", "?"},
	{qBudget, "maybe the year after next", "?"},
	{qBudget, "possibly in a couple of years", "?"},
	{qBudget, "maybe next financial year", "?"},
	{qBudget, "perhaps in a few years' time", "?"},
}

// round20bLaterYearKept: a condition, a nearer time or a tightness keeps
// the maybe.
var round20bLaterYearKept = []struct{ q, text, want string }{
	{qBudget, "maybe in six months", "maybe"},
	{qBudget, "perhaps next year if the harvest is good", "maybe"},
	{qBudget, "maybe, but it would be tight", "maybe"},
	{qBudget, "not now, maybe in two years", "no"},
}

func TestRound20bLaterYear(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bLaterYear, round20bLaterYearKept)
	for _, tt := range round20bLaterYear {
		m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text)
		if got := readingOf(m); got != "maybe|no" {
			t.Errorf("%s %q = %q, want asked between maybe and no", tt.q, tt.text, got)
		}
	}
}

// TestDescriptionRound20bFunds: money the business handles for others
// ("we administer pension funds for 300 employers", "we raise funds for
// hospices") is its trade, not a budget for the hire. 3 of 5 failed first
// (filled as yes); the guards keep their fills.
func TestDescriptionRound20bFunds(t *testing.T) {
	tests := []struct{ text, q, want string }{
		{"We manage investment funds for about 40 families.", qBudget, ""},
		{"We raise funds for local hospices and run two charity shops.", qBudget, ""},
		{"The firm handles client money for 2,000 landlords.", qBudget, ""},
		{"We administer the trust funds of 12 schools.", qBudget, ""},
		{"We look after the pension money of 90 employers.", qBudget, ""},
		{"We have the funds for a head of IT.", qBudget, "yes"},
		{"We have set aside money for a senior hire.", qBudget, "yes"},
		{"There's no money for a CTO.", qBudget, "no"},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			if got := readDescription(tt.text).value(questionIndex(tt.q)); got != tt.want {
				t.Errorf("%s from %q = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}
