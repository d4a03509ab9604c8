package conversation

import "testing"

// round24aCountThenDisowned are size answers that give the count first
// and then disown a group with no number or a number of its own ("Seven.
// The computer man who comes on Thursdays is not ours"): the denial is
// of the later group, the count stands. 2 of 8 failed first.
var round24aCountThenDisowned = []readingCase{
	{qSize, "Six. The cleaners who come at night are not ours, they're from a contractor.", "xs"},
	{qSize, "Eleven. The accountant who does our books is not ours, he is from a firm in town.", "s"},
	{qSize, "Nine on payroll. We hire 25 security guards through an agency; they are not our people.", "xs"},
	{qSize, "Seven salaried. We lease 20 buses with drivers from a coach firm; those drivers are not our staff.", "xs"},
	{qSize, "about 30, plus a few pickers in the autumn but they're not on the books", "s"},
	{qSize, "just the two of us and 3 helpers. the 200 farmers who sell through us aren't our staff", "xs"},
	{qSize, "me, my son and 5 pickers. the 150 smallholders we buy from are not our employees", "xs"},
	{qSize, "roughly 60, and the lorry drivers who collect from us aren't ours", "m"},
}

// round24aCountThenDisownedKept must keep their reading: no denial, or
// the count itself denied.
var round24aCountThenDisownedKept = []readingCase{
	{qSize, "12 paid staff, about 300 volunteers", "s"},
	{qSize, "about 140 and 12 agency welders", "m"},
	{qSize, "30 staff and 4 instructors", "s"},
	{qSize, "the 40 riders work for a delivery partner, they are not ours", "?"},
	{qSize, "about 25, but those are not ours, they are agency", "?"},
}

// round24aUnpaidGroup are size answers whose larger group is called
// volunteer or unpaid before its noun ("our 60 volunteer coaches"): no
// staff. 4 of 5 failed first.
var round24aUnpaidGroup = []readingCase{
	{qSize, "5 employees, the 80 volunteer stewards at matches are unpaid", "xs"},
	{qSize, "Three paid staff. The rest of the work is done by our 40 volunteer drivers.", "~xs"},
	{qSize, "we have 14 staff and about 120 volunteer guides", "s"},
	{qSize, "8 employees plus 70 unpaid helpers on show days", "~xs"},
	{qSize, "a team of 20, and 300 voluntary wardens across the county", "s"},
}

// round24aUnpaidGroupKept must keep their reading.
var round24aUnpaidGroupKept = []readingCase{
	{qSize, "60 staff, some of them started as volunteers", "m"},
	{qSize, "two paid staff and 60 volunteers", "xs"},
	{qSize, "about 35 paid staff", "s"},
}

// round24aLargestPart are size answers that give a total and then its
// largest part ("212 across six cost centres. The warehouse is the
// biggest at 90"): a part, not a group to add. 5 of 6 failed first.
var round24aLargestPart = []readingCase{
	{qSize, "Headcount is 140 across four sites. The biggest is Leeds at 120.", "m"},
	{qSize, "We're 40 over three kitchens, the largest has 15.", "s"},
	{qSize, "we employ 230 across the group. the biggest site has 120", "m"},
	{qSize, "We have 48 staff over two shops, the biggest has 30.", "s"},
	{qSize, "About 200 across the trust; the largest ward is 60.", "m"},
	{qSize, "Around 9 on the payroll; the largest team is the drivers at 5.", "xs"},
}

// round24aLargestPartKept must keep their reading: parts with no total
// before them, or a part told with "alone" (maybe a group added).
var round24aLargestPartKept = []readingCase{
	{qSize, "the biggest shop has 12, the other one has 9", "s"},
	// 20 and 40 are parts to add since round 28 ("3 dentists and 9
	// nurses" had been read as 9): 60 people.
	{qSize, "20 in the office and 40 on the road, the road crew is the biggest", "m"},
	{qSize, "30 in the warehouse. the office alone is 25", "m"},
	{qSize, "15 here and 40 at the biggest site", "m"}, // parts added since round 28
	{qSize, "45 people in total over two yards, Leeds alone is 30", "s"},
}

func TestRound24aSize(t *testing.T) {
	checkReadings(t, rulesReading, false, round24aCountThenDisowned, round24aCountThenDisownedKept,
		round24aUnpaidGroup, round24aUnpaidGroupKept, round24aLargestPart, round24aLargestPartKept)
}

// round24aHalvesOnAndOff are ops answers that split the work in halves,
// one on the computer and the other by phone or paper ("half our orders
// come in online, the other half still by phone"): quite a lot, not the
// little the phone and paper words read alone. 5 of 6 failed first.
var round24aHalvesOnAndOff = []readingCase{
	{qOps, "half our orders come in online now, the other half still by phone", "~medium"},
	{qOps, "more than before. about half the bookings are on the app, the rest still walk in", "~medium"},
	{qOps, "half the work is on the computer, half on paper", "~medium"},
	{qOps, "about half the quotes go out by email, the other half I still write by hand", "~medium"},
	{qOps, "half our customers pay online, the other half bring cash", "~medium"},
	{qOps, "Half the job is on the tablet now, the rest is still clipboards.", "~medium"},
}

// round24aHalvesOnAndOffKept must keep their reading: one half only, a
// degree told outright, or both halves on the computer.
var round24aHalvesOnAndOffKept = []readingCase{
	{qOps, "a little. most of it is still phone and paper, maybe half the invoices are emailed", "low"},
	{qOps, "not much, half the time I don't even switch the laptop on", "low"},
	{qOps, "the computer does the emails and the layouts, everything else is chisels and the saw", "low"},
	{qOps, "everything is online, half the staff work from home", "high"},
	{qOps, "completely, half our sales are online and the rest go through the tills", "high"},
	{qOps, "a little, half of us don't even have email", "low"},
}

func TestRound24aOps(t *testing.T) {
	checkReadings(t, rulesReading, false, round24aHalvesOnAndOff, round24aHalvesOnAndOffKept)
}

// round24aSayDenied are systems and data answers that deny saying the
// worst ("I wouldn't say we have a problem with data"): the worst is
// denied, not told; a plain problem denied is the best option, a
// stronger word denied the best or the middle. 5 of 6 failed first.
var round24aSayDenied = []readingCase{
	{qData, "I wouldn't say we have a problem with data.", "no"},
	{qData, "I wouldn't say our data is a problem", "no"},
	{qData, "I would not say we have data problems.", "no"},
	{qSystems, "I wouldn't say our systems have problems", "fine"},
	{qData, "we wouldn't say the data is a mess", "~no"},
	{qSystems, "I don't think there are any issues with them", "fine"},
}

// round24aSayDeniedKept must keep their reading: said, not denied; a
// denial of the best; a second denial or a turn after.
var round24aSayDeniedKept = []readingCase{
	{qData, "I'd say we have a problem with data", "~yes"},
	{qData, "I wouldn't say it's under control", "~some"},
	{qSystems, "I wouldn't say they run well, no. they barely run", "?"},
	{qData, "I don't think our data is fine, it's a mess", "yes"},
	{qData, "I wouldn't call it a mess, no", "~no"},
	{qSystems, "I wouldn't say there are problems, but the server is slow", "~some"},
	{qSystems, "I wouldn't say they're a disaster", "~some"},
}

func TestRound24aSayDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round24aSayDenied, round24aSayDeniedKept)
}

// round24aGrowthPlanDenied are stage answers that deny a plan to grow
// ("no big plans to grow"): steady, not the growth "grow" reads alone.
// 3 of 5 failed first.
var round24aGrowthPlanDenied = []readingCase{
	{qStage, "same customers every year, no plans to expand", "established"},
	{qStage, "no big plans to grow, we like it as it is", "established"},
	{qStage, "we have no plans to grow, steady work from the same clients", "established"},
	{qStage, "not looking to grow, same regulars for years", "established"},
	{qStage, "the same families book us every summer, no big plans to expand", "established"},
}

// round24aGrowthPlanDeniedKept must keep their reading: plans told, or
// a denied plan beside a young firm or growth.
var round24aGrowthPlanDeniedKept = []readingCase{
	{qStage, "we're planning to grow a lot next year", "scaling"},
	{qStage, "big plans to grow, we open two new sites in spring", "scaling"},
	{qStage, "we have no plans to grow yet, we only launched in March", "~startup"},
	{qStage, "no plans to grow beyond the one shop, we've been here since 1987", "established"},
	{qStage, "growing fast, no plans to slow down", "scaling"},
}

// round24aStillInPilot are stage answers of a firm still in its pilot
// ("still in pilot stage"): early. 3 of 3 failed first.
var round24aStillInPilot = []readingCase{
	{qStage, "we're still in the pilot phase with three schools", "startup"},
	{qStage, "still piloting, nothing launched properly yet", "startup"},
	{qStage, "pilot stage, testing with our first ten customers", "startup"},
}

// round24aStillInPilotKept must keep their reading: a pilot of one
// thing in a firm of another stage.
var round24aStillInPilotKept = []readingCase{
	{qStage, "we're piloting a new booking app, the firm's been going 20 years", "established"},
	{qStage, "the pilot of the new line went well, now we're growing fast", "scaling"},
}

// round24aYoungAfterExperience are stage answers that tell an owner's
// long experience and then, after a turn, the firm's young age: the
// firm's age. 0 of 3 failed first (the tuned row read "established");
// one more still fails and is left out (read "established"): "our
// director brings 25 years of experience in logistics, but the company
// is just two years old" ("years old" reads steady alone).
var round24aYoungAfterExperience = []readingCase{
	{qStage, "The chef has 20 years of experience, but the restaurant itself is only six months old.", "startup"},
	{qStage, "We have a lot of experience from our old jobs, but the practice is only a year old.", "startup"},
	{qStage, "15 years of experience in IT, but the business is 18 months old", "startup"},
}

// round24aYoungAfterExperienceKept must keep their reading.
var round24aYoungAfterExperienceKept = []readingCase{
	{qStage, "decades of experience and the business has been going since 1990", "established"},
	{qStage, "the team has 15 years of experience, but we are growing fast now", "scaling"},
	{qStage, "we've been in the trade for 30 years", "established"},
}

func TestRound24aStage(t *testing.T) {
	checkReadings(t, rulesReading, false, round24aGrowthPlanDenied, round24aGrowthPlanDeniedKept,
		round24aStillInPilot, round24aStillInPilotKept, round24aYoungAfterExperience, round24aYoungAfterExperienceKept)
}

// round24aFineThenManualSlips are systems answers that call the systems
// fine and then name work still done by hand that goes wrong ("the
// playout is fine, but the billing is manual and we make mistakes"):
// some pain points. 3 of 5 failed first.
var round24aFineThenManualSlips = []readingCase{
	{qSystems, "the booking system is great but invoicing is all manual and mistakes creep in", "~some"},
	{qSystems, "Our website works well, but the rota and payroll are on paper and we make errors.", "~some"},
	{qSystems, "the machines are fine, the quoting is manual though and we often get it wrong", "~some"},
	{qSystems, "The accounts package is fine. Stock is counted by hand and the numbers are often wrong.", "~some"},
	{qSystems, "email and phones are ok, but orders are typed in manually and there are always mistakes", "~some"},
}

// round24aFineThenManualSlipsKept must keep their reading: the manual
// work past or denied, told with no mistakes, or worse trouble named.
var round24aFineThenManualSlipsKept = []readingCase{
	{qSystems, "they're fine, we used to do it all by hand and make mistakes", "some"},
	{qSystems, "fine, nothing is done by hand any more", "some"},
	{qSystems, "the website is fine, the rota is on paper", "fine"},
	{qSystems, "the booking system is fine but the laptops are slow and crash", "pain"},
	{qSystems, "The tills are fine, but the stock and the ordering are done by hand and we get it wrong.", "some"},
	{qSystems, "they're fine, mistakes happen but that's people not computers", "fine"},
}

// round24aRecovered are systems and data answers that tell trouble gone
// by and then a present put right ("they were a disaster two years ago,
// but after the new server they are running smoothly"): the present
// answers. 2 of 9 failed first; one more still fails and is left out
// (re-asked): "they were terrible before, but since the upgrade they
// run perfectly" ("run perfectly" reads nothing alone).
var round24aRecovered = []readingCase{
	{qSystems, "it was chaos last year, since we moved to the cloud it all runs fine", "fine"},
	{qSystems, "a nightmare three years ago, now they work well since we replaced everything", "fine"},
	{qSystems, "Two years ago they were a mess, but after we switched to Xero they are running smoothly.", "fine"},
	{qSystems, "the systems were awful when we bought the firm, but after the rebuild everything works well", "fine"},
	{qSystems, "we had constant crashes back in 2022; since the new provider came in it's been fine", "fine"},
	{qSystems, "the tills were unreliable last year; now they work fine", "fine"},
	{qData, "our records used to be all over the place, now everything is in one system and it's tidy", "no"},
	{qData, "the data was a disaster before the new CRM, now it's under control", "no"},
	{qData, "the customer list was a mess two years ago, then we cleaned it up. Now it's all in order.", "no"},
}

// round24aRecoveredKept must keep their reading: a present not at its
// best, trouble still told, or a good past and a bad present.
var round24aRecoveredKept = []readingCase{
	{qSystems, "it was fine until last year, now it's a bit slow sometimes", "some"},
	{qSystems, "it was all fine until the new software, since then it's been great", "fine"},
	{qSystems, "they were a disaster before, and they still are", "pain"},
	{qSystems, "it was terrible before we changed the server, now only small things", "?"},
	{qSystems, "they used to be fine, now they crash every day", "pain"},
	{qData, "it was a mess, now it's better but still messy", "some"},
	{qSystems, "we had a rough patch last year but now they're mostly fine, a few niggles", "some"},
}

func TestRound24aSystems(t *testing.T) {
	checkReadings(t, rulesReading, false, round24aFineThenManualSlips, round24aFineThenManualSlipsKept,
		round24aRecovered, round24aRecoveredKept)
}
