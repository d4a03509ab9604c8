package knowledge

import "testing"

// TestRound21Predecessor holds the asker's predecessor ("the CIO before
// me"): a person who held the post, whose leftovers are the asker's
// matter. Written before the holder rule read it.
func TestRound21Predecessor(t *testing.T) { checkWordings(t, round21Predecessor) }

var round21Predecessor = []struct{ q, want string }{
	{"The CIO before me left no documentation for the backups. Where do I start?", "decline"},
	{"The CTO before me never wrote anything down about the servers. What do I do first?", "decline"},
	// Nearby: a need or an order asked.
	{"The CTO before me was never replaced. Do we need one?", "when-cto"},
	{"Should we hire a CTO before a CIO?", "first-hire"},
}

// TestRound21LesserHeldAway holds a lesser title held and away ("the IT
// manager is off sick") with IT trouble asked: declined; the person's
// strain or departure asked about stays answered.
func TestRound21LesserHeldAway(t *testing.T) { checkWordings(t, round21LesserHeldAway) }

var round21LesserHeldAway = []struct{ q, want string }{
	{"The IT manager is off sick. How do I reset the router?", "decline"},
	{"Our IT guy is on holiday, how do I add a printer?", "decline"},
	{"Our head of IT is on leave, how do I unlock an account?", "decline"},
	// Nearby: a role asked in the question.
	{"The IT manager is off sick for months. Do we need a CIO?", "when-cio"},
	{"The IT manager is on holiday. How do I know if we need a CTO?", "when-cto"},
}

// round21Left are fresh wordings the round's changes do not reach,
// reported, not held: "can we get out of it" read as what a role brings;
// "his own github account for everything" read as duties.
var round21Left = []struct{ q, want string }{
	{"The CIO before us signed a five-year printer lease. Can we get out of it?", "decline"},
	{"the cto before me used his own github account for everything, how do i get the code back", "decline"},
}

func TestRound21Left(t *testing.T) { logLeft(t, round21Left) }
