package conversation

import "testing"

// TestDescriptionRound22aFills: description fills unlike the owner in
// blind sets 37-40, in fresh wordings ("" is asked, "!x" anything but x).
func TestDescriptionRound22aFills(t *testing.T) {
	checkFills(t, []fillCase{
		// A firm handed down: the founding year makes it old, the
		// successor's arrival makes the owner new; neither tells the stage
		// since. 2 of 6 failed first.
		{"My grandfather founded the bakery in 1962. I took over in 2023 and we opened a second shop.", qStage, ""},
		{"Mum started the agency in 1995, I became managing director last year.", qStage, ""},
		{"Dad opened the garage in 1988. I came back from university and joined him three years ago.", qStage, ""},
		{"My father set up the print shop in 1979. I inherited it in 2022.", qStage, ""},
		{"The farm shop was my parents' since 1990. I took over two years ago and we now ship across the country.", qStage, ""},
		{"My uncle founded the firm in 2001, I stepped in after him in 2024.", qStage, ""},
		// Kept: no handover told.
		{"A family firm since the eighties.", qStage, "established"},
		{"We've been trading since 1987.", qStage, "!startup"},
		// "&" joins two clauses: one's trouble word is not said of the
		// other's subject. 1 of 3 failed first.
		{"our tills are patchy & we keep customer records for the loyalty card", qData, ""},
		{"the wifi is slow & we hold patient files", qData, ""},
		{"stock levels & prices never match between the shop and the website", qData, "!no"},
		// Kept: a staff word closes one count, the next names its own
		// group (the typed reading is in round22a_test.go).
		{"We're a youth club: 6 paid staff, about 150 volunteers and 900 kids on the books.", qSize, "!l"},
		{"A community theatre with 9 staff, around 250 volunteers.", qSize, "!m"},
	})
}

// TestDescriptionRound22aDependency: a trouble key or a denial inside a
// dependency ("nothing works without our till") tells reliance on IT,
// not the state of the systems; a small group with a word for people
// beside a larger count of a trade is no headcount of its own.
func TestDescriptionRound22aDependency(t *testing.T) {
	checkFills(t, []fillCase{
		// 2 of 6 failed first.
		{"We're a dog groomer in Bristol, nothing works without our booking app.", qSystems, ""},
		{"A physio clinic: nothing works without our booking system.", qSystems, ""},
		{"A taxi firm: nothing works without the dispatch screen.", qSystems, ""},
		{"Nothing runs without the till here.", qSystems, ""},
		{"a body shop, 11 mechanics and two of us in the office", qSize, "!xs"},
		{"a plumbing firm, 14 plumbers and three of us in the office", qSize, "!xs"},
		// Kept.
		{"Nothing works properly, the server is ancient.", qSystems, "pain"},
		{"We're a bakery with 14 staff across three shops.", qSize, "s"},
	})
}
