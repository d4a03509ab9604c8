package conversation

import "testing"

// TestRound11Classes covers the classes of reading error and of needless
// re-ask found in a blind set's answers, in fresh wordings of other voices
// (none is a labelled answer): read by the rules and the doubt alone, with
// no model to rescue them. "~v" wants v or a re-ask between v and another
// option, never another option taken; a plain v wants v first time.
func TestRound11Classes(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		// A softened worry beside a past incident: the degree said is the
		// answer, the incident only why.
		{qSecurity, "a little worried to be honest, our shop's facebook got hacked last year", "~medium"},
		{qSecurity, "slightly concerned, someone tried to phish our bookkeeper once", "~medium"},
		{qSecurity, "somewhat worried ya, we had one scam email that almost worked", "~medium"},
		{qSecurity, "bit concerned tbh, had a virus on the till pc once", "~medium"},
		{qSecurity, "bit worried yeah, our email got spoofed last month", "~medium"},
		{qSecurity, "really worried, we were hacked twice this year", "high"},
		// A past state turned by a present after "but", the present told
		// by "now" at its end or by "since" a change.
		{qSecurity, "it used to scare me but our IT firm handles it and I'm relaxed about it now", "~low"},
		{qSecurity, "I lost sleep over it for years but since we moved to a managed service it doesn't bother me", "~low"},
		{qSystems, "they were great when we started but since we opened the second shop they keep crashing", "~pain"},
		{qSystems, "the tills used to be fine, but since the update nothing talks to anything", "~pain"},
		// A product studied or researched, alone or with a partner, is
		// planned, not none.
		{qProducts, "we're researching a booking app with a local developer", "~planned"},
		{qProducts, "we are investigating a customer portal together with the university", "~planned"},
		{qProducts, "currently studying whether to build our own ordering app", "~planned"},
		// A budget told as what would have to give way: tight.
		{qBudget, "we'd need to give up the new van to pay for it", "~maybe"},
		{qBudget, "only if we cut back on marketing to fund it", "~maybe"},
		{qBudget, "something else would have to go to afford that", "~maybe"},
		{qBudget, "we can pay for it easily", "yes"},
		// Two bounds make a range, inside one option.
		{qSize, "more than 20 but fewer than 30", "s"},
		{qSize, "under 50, over 40", "s"},
		{qSize, "over 60 and under 100 I think", "m"},
		// Neither first nor last is the middle of innovation.
		{qInnovation, "we don't need to lead, but we won't be the last either", "~some"},
		{qInnovation, "never the first to try things, never the last", "~some"},
		{qInnovation, "not an early adopter, but not a laggard either", "~some"},
		// An emphatic adverb alone is a yes.
		{qCompetitors, "Undoubtedly. The online shops have taken half our trade.", "yes"},
		{qCompetitors, "without question, the chains are far ahead", "yes"},
		{qCompetitors, "Indisputably, they have apps and we don't", "yes"},
		// A particle after the no.
		{qBudget, "no la, we're tiny", "no"},
		{qCompetitors, "no lah, they're the same as us", "no"},
		// An ordinary business is an established one.
		{qStage, "we're just an ordinary company now", "established"},
		{qStage, "these days we're a normal business", "established"},
		// A degree word alone before the detail.
		{qInnovation, "moderately, we try new kit when suppliers recommend it", "some"},
		// A product made once and given up, none now.
		{qProducts, "not right now, we had a loyalty app once but shut it down", "~no"},
		{qProducts, "no, we tried selling an app years ago and stopped", "~no"},
		// Not behind, with the owner's assurance.
		{qCompetitors, "we're not lagging, I'd have noticed", "no"},
		{qCompetitors, "we're not behind, trust me", "no"},
		{qCompetitors, "no we're not falling behind, I'd know about it", "no"},
	}
	tests = append(tests, round11Reasks...)
	checkReadings(t, partsReading, false, tests)
}

// round11Reasks are the classes of needless re-ask, in fresh wordings.
var round11Reasks = []struct{ q, text, want string }{
	// Two bounds, "fewer" among them, make a range inside one option.
	{qSize, "fewer than 30 but more than 20", "s"},
	{qSize, "less than 250 but more than 200", "m"},
	{qSize, "fewer than 10 but more than 5", "xs"},
	// Workarounds around a system are its pain.
	{qSystems, "the booking system is so old that everyone keeps their own spreadsheet to work around it", "~pain"},
	{qSystems, "we have more workarounds than processes", "~pain"},
	{qSystems, "staff invent workarounds for the stock system every week", "~pain"},
	// Data scattered, but found in the end: some challenges.
	{qData, "files are all over the place but we manage in the end", "~some"},
	{qData, "stuff is spread over three drives but we usually find what we need", "~some"},
	{qData, "it's scattered but we get there eventually", "~some"},
	// A past turned by a present perfect after "but".
	{qCompetitors, "we were first in town with online booking but the chains have overtaken us", "~yes"},
	{qCompetitors, "they used to trail us but they've overtaken us this year", "~yes"},
	{qSystems, "the network used to be fine but it has become painfully slow", "~pain"},
	// A product made once and stopped, nothing now.
	{qProducts, "not now, we made a booking widget years back but stopped it", "~no"},
	{qProducts, "nothing at present, there was a delivery app but we stopped it in 2021", "~no"},
	{qProducts, "not these days, we sold a stock-count app for a while and then stopped it", "~no"},
	// A lone degree word opening the answer, the detail after it.
	{qInnovation, "somewhat, we mostly follow what the big chains do", "some"},
	{qInnovation, "fairly. we follow the market leaders but we do try things", "some"},
	{qInnovation, "to some extent, we follow our suppliers' advice", "some"},
	// The systems fine, the problem placed in the people.
	{qSystems, "no, the tech is fine, the issue is that staff don't use it properly", "fine"},
	{qSystems, "the software's fine, the problem is more our training", "fine"},
	{qSystems, "systems are ok, the real problem is people", "fine"},
	// Only the office work on a computer, the trade by hand.
	{qOps, "only the invoicing is on a computer, the rest is hands-on", "low"},
	{qOps, "the boats are all hands and tools. just email and the books on the laptop", "low"},
	{qOps, "the wheel and the kiln don't need a computer", "low"},
	// "40-odd" is a number told roughly, not "the odd" hiccup.
	{qSystems, "the till software is 20-odd years old", "~pain"},
	{qData, "customer details are spread over 30-odd spreadsheets", "~yes"},
	{qSystems, "we run 12-odd separate systems and none of them talk", "~pain"},
	{qSystems, "the ERP is old and we keep 50-odd spreadsheets to work around it", "~pain"},
	// The work kept on boards and books, paid by bank order: basic tools.
	{qOps, "we keep the rota on a whiteboard and get paid by cheque", "low"},
	{qOps, "orders go in a notebook, customers pay by standing order", "low"},
	{qOps, "class bookings on the chalkboard, cash at the door", "low"},
	// The trade by hand but the orders or admin on a system: quite a lot.
	{qOps, "the baking is all by hand but the orders come in through the website", "medium"},
	{qOps, "customers book online, but the grooming itself is manual", "medium"},
	{qOps, "invoices and stock live on the computer but the building work is done with our hands", "medium"},
	{qOps, "a little for the accounts, the rest is by hand", "low"},
	// Systems apart and a password shared: two kinds of trouble.
	{qSystems, "the shop and the warehouse run separate systems and everyone shares one password", "~pain"},
	{qSystems, "our tills and stock are separate and the password is the same for all staff", "~pain"},
	{qSystems, "bookings and billing don't connect, and the admin login is shared by everyone", "~pain"},
	// "What data?" takes for granted there is little to have trouble with.
	{qData, "what data? we sell sandwiches", "no"},
	{qData, "what data haha, a diary and a phone", "no"},
	{qData, "What data. We have an order book.", "no"},
	// Both ends read on either side of a "but": the middle.
	{qData, "not a disaster, but not tidy either", "some"},
	{qSystems, "they're not broken but they're not great either", "some"},
	{qSecurity, "I'm not losing sleep, but I'm not relaxed about it either", "medium"},
	{qData, "it isn't chaos, but I wouldn't say it's under control", "some"},
	// A system for the work "but" paper could do if it went down: the
	// middle, the "but" opening the fallback's clause as a comma does.
	// Left: "goes down" still reads high beside the fallback, so asked.
	{qOps, "the rota and the tills are on the computer but we can work from paper if it all goes down", "~medium"},
	{qOps, "everything is booked on the system but the team could use a paper diary for a day", "medium"},
	{qOps, "we run stock on the app but the lads can manage with a clipboard when it's down", "medium"},
	// A product stopped: none now.
	{qProducts, "not currently, we had a booking app but stopped it in 2022", "~no"},
	{qProducts, "no, we ran a customer app for a while then stopped it", "~no"},
}

// TestRound11HeadcountStands: a headcount read from a number stands
// against the model, which knows only a number's digits; read with the
// model as the engine reads.
func TestRound11HeadcountStands(t *testing.T) {
	tests := []struct{ text, want string }{
		{"roughly 420 FTE across three plants and the lab", "l"},
		{"We are 75 employees in nine clinics", "m"},
		{"about 130 staff over the two hotels", "m"},
		{"we're 18 people in four bakeries", "s"},
		{"310 on the books, give or take", "l"},
		{"we have 60 staff and 300 members", "m"},
	}
	q := &questions[questionIndex(qSize)]
	for _, tt := range tests {
		if m := readAnswer(q, tt.text, nil); !meets(m, tt.want, false) {
			t.Errorf("%q = %q %v, want %s", tt.text, m.value, m.candidates, tt.want)
		}
	}
}

// TestRound11ModelReadsPresent: after a past turned by a present, the
// model reads the present part as the rules do, not the past's words
// against it; read with the model as the engine reads.
func TestRound11ModelReadsPresent(t *testing.T) {
	tests := []struct{ q, text, want string }{
		{qSystems, "the laptops were fine at first but since we hired ten more people they crash daily", "pain"},
		{qSystems, "it was a nightmare for years but since the upgrade it runs fine", "fine"},
		{qSecurity, "we used to be paranoid about it but since the new firewall I'm not worried now", "~low"}, // the Bayes, with blind63-70 learned, asks
		{qData, "it used to be all over the place, now it's all in one system", "no"},
		{qCompetitors, "they were ahead of us before, but now we've caught up", "no"},
		{qSystems, "they used to work well, all good, no complaints, but since the merger they keep crashing", "~pain"},
		{qSecurity, "it was never a worry, we were relaxed, but since the ransomware attack next door I'm scared now", "~high"},
	}
	checkReadings(t, modelFreeReading, false, tests)
}
