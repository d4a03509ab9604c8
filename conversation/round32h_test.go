package conversation

import "testing"

// round32hPaperRuledOut: the work by hand or on paper denied as a way
// the business could run ("there's no going back to paper", "no way we
// could do it by hand", "we couldn't go back to pen and paper") is
// complete reliance: the paper words are what cannot be, not the way of
// working. 6 of 8 failed
// first (3 asked between low and high, 2 between high and medium, one
// read medium).
var round32hPaperRuledOut = []readingCase{
	{qOps, "We're a pharmacy. The prescriptions all come in electronically and there's no going back to paper for that.", "high"},
	{qOps, "The whole lab runs on the booking and results system, no way we could do it by hand.", "high"},
	{qOps, "Honestly we couldn't go back to pen and paper, the orders are all on the system.", "high"},
	{qOps, "It's an online shop, you can't run that on paper.", "high"},
	{qOps, "Payroll bureau, so everything is on the software. Doing it on paper isn't an option.", "high"},
	{qOps, "Dispatch lives on the screens. We cannot do that by hand, not with forty drivers out.", "high"},
	{qOps, "Ticketing and the turnstiles are electronic, there's no running a match day on paper now.", "high"},
	{qOps, "all our stock control is on the system, impossible to do it by hand with 8000 lines", "high"},
}

// round32hPaperRuledOutKept: paper as a fallback that can be, or paper
// that cannot be done without, read as before.
var round32hPaperRuledOutKept = []readingCase{
	{qOps, "We could go back to paper for a week if we had to.", "low"},
	{qOps, "We do most of it on paper still.", "low"},
	{qOps, "Can't beat a paper diary, that's what we use.", "!high"},
	{qOps, "Nothing is done on paper any more, it's all on the system.", "~high"},
	{qOps, "We couldn't go back to paper for more than a day or two.", "!low"},
}

func TestRound32HPaperRuledOut(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32hPaperRuledOut, round32hPaperRuledOutKept)
}

// round32hGoodThenRekeyed: a part told good, then its work keyed in
// again or copied across into another system by hand ("the tablets are
// great, but someone types every invoice up again") is some pain points:
// the double entry is the trouble the good part leaves. 3 of 6 failed
// first (one read fine, one asked between fine and some, one between
// some and pain).
var round32hGoodThenRekeyed = []readingCase{
	{qSystems, "The tills are great but I still type every sale into the accounts again at night.", "some"},
	{qSystems, "The van drivers fill in the forms on their phones, lovely, but Sue in the office keys them all into Sage again.", "some"},
	{qSystems, "The booking app is good. Then the office copies each booking across into the rota spreadsheet.", "some"},
	{qSystems, "Our quoting tool works well, but every accepted quote gets typed in again as an order.", "some"},
	{qSystems, "The new website is brilliant, though somebody still has to enter every web order again in the old stock system.", "some"},
	{qSystems, "the EPOS is fine, we just copy the takings over into Xero by hand each week", "some"},
}

// round32hGoodThenRekeyedKept: nothing keyed again, the double entry
// told as the worst, or the good part denied.
var round32hGoodThenRekeyedKept = []readingCase{
	{qSystems, "It all works and nothing is typed twice.", "fine"},
	{qSystems, "The tills are great and nobody has to type anything in again.", "~fine"},
	{qSystems, "The website is good, we type new products straight into it.", "~fine"},
	{qSystems, "Xero is fine but we type every invoice in again and it's a nightmare, hours every week.", "!fine"},
	{qSystems, "Nothing is good, we key every order in again, it's a total mess.", "!fine"},
}

func TestRound32HGoodThenRekeyed(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32hGoodThenRekeyed, round32hGoodThenRekeyedKept)
}
