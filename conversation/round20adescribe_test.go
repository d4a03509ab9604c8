package conversation

import "testing"

// TestDescriptionRound20aFills: description fills for size, systems and
// ops that blind sets 31-32 made unlike the owner, in fresh wordings of
// other businesses, beside guards that must still fill ("" is asked).
func TestDescriptionRound20aFills(t *testing.T) {
	tests := []fillCase{
		// Counts of the staff by where they work ("9 of us in the
		// workshop, 2 in the office") are parts: their sum, or asked.
		// 3 of 3 failed first.
		{"We fit kitchens. 8 of us on the vans, 3 in the showroom and me.", qSize, ""},
		{"A bike shop: 6 of us in the workshop, 5 on the shop floor.", qSize, ""},
		{"We print signs. 7 of us in the print room, 4 in the office and my partner.", qSize, ""},
		{"We print signs, 7 of us in the print room.", qSize, "xs"},
		// A smaller count opening the clause after a total ("We are 14,
		// 9 are engineers") is a part of it, not the staff.
		// 2 of 3 failed first.
		{"We build payroll software. We are 14, 9 are engineers.", qSize, ""},
		{"We make a tutoring app. We are 23, 6 are designers.", qSize, ""},
		{"A dental lab in Leeds. There are 16 of us, 8 are technicians.", qSize, ""},
		{"We are 40 people, 12 of us in sales.", qSize, "s"},
		// "a great many spreadsheets" counts them: no praise of the
		// systems. 1 of 3 failed first.
		{"Orders and stock go through an old database and a great many spreadsheets.", qSystems, ""},
		{"The rota runs on a great many spreadsheets.", qSystems, ""},
		{"We have a great number of little tools that do not talk to each other.", qSystems, ""},
		{"Our systems are great.", qSystems, "fine"},
		// Tasks listed after "and" with their verb left out ("the
		// office runs payroll and the weighbridge on computers") are
		// tasks on computers: how much, asked. 3 of 3 failed first.
		{"The office keeps the invoices and the stock on computers.", qOps, ""},
		{"The depot does the rota and the fuel cards on computers.", qOps, ""},
		{"The yard runs the bookings and the tickets on computers.", qOps, ""},
		// Orders that "come by phone and e-mail" tell how customers reach
		// us, not how much the work runs on computers. 3 of 3 failed first.
		{"Orders come by phone and e-mail.", qOps, ""},
		{"Bookings arrive by phone and WhatsApp.", qOps, ""},
		{"Most jobs come in by phone and email.", qOps, ""},
		{"We still take every booking by phone.", qOps, "low"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound20aRestSize: the size read from what a description
// leaves over, when the staff are counted by place or by a trade of
// several words. 2 of 4 failed first.
func TestDescriptionRound20aRestSize(t *testing.T) {
	checkRestSize(t, []restSizeCase{
		{"Founded in 2009. We restore boats. 8 of us in the boatshed, 3 in the office and me. Quotes and parts all live in spreadsheets, and the wifi drops every day.", ""},
		{"Founded in 2009. A garden centre: 10 of us on the shop floor, 4 in the cafe. Stock is in a spreadsheet and the tills are old.", ""},
		{"Founded in 2009. We are a translation co-operative: forty court interpreters, all members, and myself as manager. Bookings run through an old system and it keeps crashing.", ""},
		{"Founded in 2009. Just me and my sister, we sell candles online, and the website is ancient.", "xs"},
	})
}
