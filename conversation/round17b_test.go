package conversation

import "testing"

// round17bClasses are the classes of blind sets 21-24's wrong readings and
// re-asks of security, innovation and products, in fresh wordings of
// other voices, read by the rules and the doubt alone (no model).
var round17bClasses = []struct{ q, text, want string }{
	// A worry smaller than it was: the middle; smaller than it should
	// be: the lowest. 5 of 5 failed first.
	{qSecurity, "we got hacked two years ago, but now everything is backed up so I worry less than before", "medium"},
	{qSecurity, "I'm less concerned these days, we have proper backups since the phishing scare", "medium"},
	{qSecurity, "not as worried as I used to be, the new firewall helped", "medium"},
	{qSecurity, "after the breach in 2020 we fixed things, so it worries me less now", "medium"},
	{qSecurity, "less worried than I should be", "low"},
	// A wish for new technology held back by money: wanted, somewhat.
	// 4 of 4 failed first.
	{qInnovation, "we'd love to but there's no budget for it", "some"},
	{qInnovation, "it'd be great but we can't afford it right now", "some"},
	{qInnovation, "nice idea, but no cash for that", "some"},
	{qInnovation, "would be good, but no time or money", "some"},
	// New things looked at once proven: taken up on a condition.
	// 2 of 3 failed first.
	{qInnovation, "we look at new tools once they're proven elsewhere", "some"},
	{qInnovation, "we'll look into new kit when it's proven", "some"},
	{qInnovation, "we consider new software when it has been tested by others", "some"},
	// "Fairly high" with a reason the top option's keys name: high.
	// 2 of 2 failed first.
	{qSecurity, "fairly high, our patients' health data is on there", "high"},
	{qSecurity, "fairly high, the insurer now asks about it every renewal", "high"},
	// A product being built with its launch still to come: planned.
	// 3 of 4 failed first.
	{qProducts, "we're building a booking app for the clinics, due to launch in spring", "planned"},
	{qProducts, "we're about to start building an app for the members", "planned"},
	{qProducts, "working with a developer on our own booking app, hopefully out by christmas", "planned"},
	{qProducts, "we are developing a customer portal, should go live next year", "planned"},
	// Nothing built yet, and a product wanted of us next year: planned.
	// 1 of 2 failed first.
	{qProducts, "not building anything yet, though our main client wants a tracking app from us in 2027", "planned"},
	{qProducts, "no software of our own yet, but the trust wants a patient app from us next spring", "planned"},
}

// round17bKept are nearby answers the round must not change.
var round17bKept = []struct{ q, text, want string }{
	{qSecurity, "more worried than I was", "medium"},
	{qSecurity, "very worried", "high"},
	{qSecurity, "fairly high", "medium"},
	{qSecurity, "pretty high, we hold client data for the council", "high"},
	{qInnovation, "no money for it", "no"},
	{qInnovation, "no, not a priority", "no"},
	{qInnovation, "only proven technology, nothing new", "no"},
	{qProducts, "the app is live and customers pay for it", "core"},
	{qProducts, "we build apps for clients", "core"},
}

func TestRound17bClasses(t *testing.T) {
	checkReadings(t, rulesReading, false, round17bClasses, round17bKept)
}

// round17bBuildingNow are products built now with no launch named, read
// with the model: it learned "building" from answers with launch dates
// and must not turn these into a plan. 1 of 3 failed first (the other
// two the model already read as core; a longer one is left to the doubt).
var round17bBuildingNow = []struct{ q, text, want string }{
	{qProducts, "we're building an app", "core"},
	{qProducts, "we're developing a platform for dentists", "core"},
	{qProducts, "we're building software for vets", "core"},
	{qProducts, "we are building a booking platform for gyms", "~core"},
	{qProducts, "we're building an ordering app for the pubs, should be live in q3", "planned"},
}

func TestRound17bBuildingNow(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round17bBuildingNow)
}
