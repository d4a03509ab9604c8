package conversation

import "testing"

// round18cClasses are the classes of blind sets 25-28's re-asks of the
// products question, in fresh wordings of other voices, read whole
// (rules, model and doubt).
var round18cClasses = []struct{ q, text, want string }{
	// A product of the past, given up: no, whatever date it names
	// (the model reads a year as a launch). 2 of 4 failed first.
	{qProducts, "there was a stock app we sold to florists, shut it down in 2020", "no"},
	{qProducts, "we had a loyalty app we sold, discontinued in 2021", "no"},
	{qProducts, "we used to sell a tracking app back in 2016, we closed it, now only gym memberships", "no"},
	{qProducts, "we used to license a rota tool, we dropped it in 2018, now just the cafes", "no"},
	// Only goods that are no technology: no. 4 of 4 failed first.
	{qProducts, "bread, only bread", "no"},
	{qProducts, "only wooden toys", "no"},
	{qProducts, "tiles, just tiles", "no"},
	{qProducts, "now only rugs and lamps", "no"},
	// A plan told by its pilot, launch or start date, or by a maker
	// consulted: planned. 4 of 5 failed first.
	{qProducts, "a booking portal for our members, pilot next spring", "planned"},
	{qProducts, "we are building our own delivery tracking app, launch in Q2", "planned"},
	{qProducts, "the board approved budget to scope a customer app, work starts in March", "planned"},
	{qProducts, "a tenant app, we've spoken to a developer about it", "planned"},
	{qProducts, "Mobile app for drivers. Trial in the new year.", "planned"},
	// IT run as a service for client firms is a technology service sold:
	// core, though "we are the product" names no trade. 3 of 4 failed
	// first (read as no).
	{qProducts, "we are the product, we run IT support for 25 practices", "core"},
	{qProducts, "we're the product really, hosted IT for small offices", "core"},
	{qProducts, "we do managed IT for about 30 law firms", "core"},
	{qProducts, "IT support for 50 businesses is all we do", "core"},
	// Licensed to others is sold to them: "we license it to other
	// colleges". 3 of 3 failed first.
	{qProducts, "we license the scheduling tool to other clinics", "core"},
	{qProducts, "our booking platform is the business, we even license it to other gyms", "core"},
	{qProducts, "the lab software, we license it out to other labs", "core"},
	// "The future of the company" ranks a product, it does not date it;
	// "from day one" is a past. 6 of 6 failed first.
	{qProducts, "the booking app is the future of the business", "core"},
	{qProducts, "Yes, our sensor platform, it's the future of our company", "core"},
	{qProducts, "the portal is the future of this firm, the team is building it now", "core"},
	{qProducts, "we've run on our own software from day one and sell it to hotels", "core"},
	{qProducts, "our booking platform, we built it in-house since day one", "core"},
	{qProducts, "we wrote the app ourselves from day 1, clubs pay for it", "core"},
	// A denied "keep me up at night" is low: the negation stands before
	// "keep", outside the phrase "up at night". 3 of 4 failed first.
	{qSecurity, "that sort of thing doesn't keep me up at night", "low"},
	{qSecurity, "honestly, cyber stuff doesn't keep me up at night", "low"},
	{qSecurity, "it does not keep me up at night, we're a small shop", "low"},
	{qSecurity, "it never keeps me up at night", "low"},
	// Holding back now, after early adoption went wrong: not a
	// priority. 4 of 4 failed first.
	{qInnovation, "we tried being first with new kit years ago, it cost us, these days we hang back", "no"},
	{qInnovation, "after the last disaster we hang back and let it settle", "no"},
	// Waiting for others to iron out the bugs also reads as adopting once
	// proven: asked between no and some since the reader learned blind29-30.
	{qInnovation, "been burned before, so we wait for others to iron out the bugs", "~no"},
	{qInnovation, "early adopter once, got burned, now we wait", "no"},
	// A negation on one verb does not reach a key said after a new
	// subject: "we dont make software we just use it". 2 of 4 failed first.
	{qProducts, "no we dont make software we just use it", "no"},
	{qProducts, "nah we dont develop anything we only use off the shelf stuff", "no"},
	{qProducts, "we dont make apps we just use them", "no"},
	{qProducts, "no we don't write code we just buy software in", "no"},
	// A bare "we're not" or "we don't", alone or after a question
	// back, denies for us what was asked. 4 of 5 failed first.
	{qProducts, "do bakers make apps? we don't", "no"},
	{qProducts, "is that a thing for garages now? we're not", "no"},
	{qProducts, "we're not", "no"},
	{qProducts, "we don't, no", "no"},
	{qProducts, "are florists building software these days? we aren't", "no"},
}

// round18cKept are nearby answers the round must not change.
var round18cKept = []struct{ q, text, want string }{
	{qProducts, "we discontinued the old app and launched a new one in 2022", "~core"},
	{qProducts, "only software, we sell it to dentists", "core"},
	{qProducts, "we're building an app", "core"},
	{qProducts, "our app launched in 2019 and 2000 shops use it", "~core"},
	{qProducts, "no, we're a cleaning company", "no"},
	{qProducts, "our IT support is outsourced to a local firm", "?"},
	{qProducts, "we pay a local company for managed IT", "?"},
	{qProducts, "we are the product, cleaning for 20 offices", "~no"},
	{qProducts, "we license software from other firms", "no"},
	{qProducts, "an app maybe in the future", "planned"},
	{qProducts, "one day we'd like an app", "planned"},
	{qSecurity, "it keeps me up at night", "high"},
	{qSecurity, "I do think about it, but it's not what keeps me up at night", "~medium"},
	{qInnovation, "we wait and see", "no"},
	{qInnovation, "we don't wait, we jump on new tech", "?"},
	{qInnovation, "we can't wait to try the new AI tools", "~yes"},
	// Denying that it is under control is not the option "under
	// control": asked between the other two since round 31.
	{qData, "I wouldn't say we have it under control", "!no"},
	{qProducts, "are we building apps? we aren't", "?"},
	// An opening yes claims the product, whatever launch it dates.
	{qProducts, "yes, our booking app is being built now, launch in May", "~core"},
	{qProducts, "yeah, the tenant portal is in development, pilot in the spring", "~core"},
}

func TestRound18cClasses(t *testing.T) {
	checkRulesThenEngine(t, round18cClasses, round18cKept)
}
