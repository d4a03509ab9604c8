package conversation

import "testing"

// round21aDataChores are data answers telling a chore that works:
// records put together by hand on a schedule, one place with a heavy
// part beside it, the worst denied before a part's trouble, and a past
// "when we were 20" before the present. 6 of 9 failed first.
var round21aDataChores = []readingCase{
	{qData, "orders in one app, stock in another, every Friday I merge them by hand", "some"},
	{qData, "the shop sales and the web sales are separate, at month end I put them together by hand", "some"},
	{qData, "the tour bookings and the hotel are in two programs so every season I copy them into one sheet", "some"},
	{qData, "one system for everything, but the consent forms for the photos are a lot of admin", "some"},
	{qData, "we keep it in one place, though the data protection paperwork takes ages", "some"},
	{qData, "not a mess, but the old delivery notes are in boxes nobody can search", "some"},
	{qData, "not terrible, but the supplier certificates are scattered across three inboxes", "~some"},
	{qData, "it was tidy when we were 12, with 90 people it is chaos", "yes"},
	{qData, "it was fine when I was alone, now with six of us it's a mess", "yes"},
}

// round21aDataChoresKept must keep their reading.
var round21aDataChoresKept = []readingCase{
	{qData, "customer details are in three places and half the phone numbers are wrong", "~yes"},
	{qData, "all in one place, no problems", "no"},
	{qData, "we merge them by hand and there are always mistakes", "~yes"},
}

func TestRound21aDataChores(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aDataChores, round21aDataChoresKept)
}

// round21aTidyingUndone are data answers telling records someone says
// need order, not given it yet: some challenges, not none. 3 of 4 failed
// first.
var round21aTidyingUndone = []readingCase{
	{qData, "our auditor says the records need sorting, we haven't got round to it", "~some"}, // the Bayes, with blind63-70 learned, asks
	{qData, "the bookkeeper keeps telling us to clean up the customer list, we haven't yet", "~some"},
	{qData, "we should really tidy the supplier files, never found the time", "some"},
	{qData, "my partner says we must fix the client list, not done yet", "~some"},
}

// round21aTidyingUndoneKept must keep their reading.
var round21aTidyingUndoneKept = []readingCase{
	{qData, "we tidied it last year, it's fine now", "no"},
	{qData, "we should tidy it but honestly it's fine", "~no"}, // the models, with blind71-76 learned, ask
}

func TestRound21aTidyingUndone(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aTidyingUndone, round21aTidyingUndoneKept)
}

// round21aOutOfSync: records "never in sync" or "out of sync" do not
// agree: a data problem, never none. 1 of 2 failed first (silently
// wrong).
var round21aOutOfSync = []readingCase{
	{qData, "two spreadsheets with the same customers, never in sync", "~yes"},
	{qData, "the shop stock and the web stock are always out of sync", "~yes"},
}

func TestRound21aOutOfSync(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aOutOfSync)
}

// round21aNobody: "nobody" as the subject denies the trouble after a
// verb of having ("nobody has any problem finding things"), and leaves
// it unknown after a verb of knowing ("nobody's sure who has the admin
// passwords"): never the trouble's reading, nor "fine" for an unknown.
// 4 of 5 failed first, 3 silently wrong.
var round21aNobody = []readingCase{
	{qData, "nobody has any problem finding things", "no"},
	{qData, "no one has problems with the data", "no"},
	{qSystems, "nobody has any problems with them", "fine"},
	{qSystems, "nobody's sure who has the admin passwords", "?"},
	{qSystems, "never had a problem", "~fine"},
}

// round21aNobodyKept must keep their reading.
var round21aNobodyKept = []readingCase{
	{qSystems, "not great, it has lots of problems", "pain"},
	{qSystems, "nobody complains, they work", "fine"},
}

// TestRound21aNobody checks the rules' reading: since round 26's files
// the model reads "not great" in "not great, it has lots of problems" as
// some pain points, a fair doubt, and the engine asks between the two.
func TestRound21aNobody(t *testing.T) {
	checkReadings(t, rulesReading, false, round21aNobody, round21aNobodyKept)
	checkReadings(t, modelFreeReading, false, []readingCase{
		{qSystems, "not great, it has lots of problems", "~pain"},
	})
}

// round21aFarFrom: "far from X" denies X, whatever the question; "far
// from the office" is a distance. Records told "perfect" are in order.
// 6 of 6 failed first, 5 silently wrong.
var round21aFarFrom = []readingCase{
	{qSystems, "far from perfect", "~some"},
	{qSystems, "far from fine", "?"},
	{qData, "far from organised", "?"},
	{qOps, "far from critical", "~low"},
	{qStage, "far from a startup", "!startup"},
	{qData, "our records are perfect", "no"},
}

// round21aFarFromKept: a distance is no denial.
var round21aFarFromKept = []readingCase{
	{qData, "our depot is far from the office, but the data is fine", "~no"},
}

func TestRound21aFarFrom(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aFarFrom, round21aFarFromKept)
}
