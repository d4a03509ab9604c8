package conversation_test

import "testing"

// round32dWhyWouldLeadTyped: the same questions back typed to the
// engine are answers, not knowledge questions. 3 of 3 failed first (1
// read yes, 1 re-asked, 1 answered as a question).
var round32dWhyWouldLeadTyped = []struct{ q, text, want string }{
	{"innovation", "Why would a chip shop want to be first with anything?", "no"},
	{"innovation", "why should a plumber be a pioneer?", "no"},
	{"innovation", "Why would a village pub need to be on the cutting edge?", "no"},
}

// round32dWhyWouldLeadTypedKept: a question about the roles stays one,
// and a question back wanting the lead is no refusal.
var round32dWhyWouldLeadTypedKept = []struct{ q, text, want string }{
	{"innovation", "Why would a CTO matter for being first?", "!taken"},
	{"innovation", "We want to be first. Why wouldn't we?", "yes"},
}

func TestRound32dWhyWouldLeadTyped(t *testing.T) {
	checkEngineReadings(t, realEngine(t), 3200, round32dWhyWouldLeadTyped, round32dWhyWouldLeadTypedKept)
}
