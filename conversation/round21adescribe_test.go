package conversation

import "testing"

// TestDescriptionRound21aFills: description fills unlike the owner in
// blind sets 33-34, in fresh wordings ("" is asked, "!x" anything but x).
func TestDescriptionRound21aFills(t *testing.T) {
	checkFills(t, []fillCase{
		// A "since" that opens a person's event dates the speaker's part,
		// not the firm: no stage. 1 of 4 failed first.
		{"I work with my mother in her bakery since I finished college.", qStage, ""},
		{"My dad runs the garage and I do the books.", qStage, ""},
		{"I help my father with the dive centre since I came home from Cape Town.", qStage, ""},
		{"My parents own the hotel, I look after the website.", qStage, ""},
		// Kept: a firm's own "since".
		{"A family firm since the eighties.", qStage, "established"},
		{"We've been trading since 1987.", qStage, "!startup"},
		// A paper tool kept "as well" beside other ways of working is no
		// answer to how much the work relies on IT. 2 of 3 failed first.
		{"Orders come through the website, and my mother keeps a paper ledger as well.", qOps, ""},
		{"We also keep a paper diary, just in case.", qOps, ""},
		{"My uncle keeps a notebook too.", qOps, ""},
		// Kept: work that relies on IT.
		{"Everything runs on the booking system.", qOps, "!low"},
		// The count a firm started with is not today's: no size. 1 of 2
		// failed first (silently wrong).
		{"We started the bakery in 2021 with two of us.", qSize, ""},
		{"My father opened the garage with three mechanics in 1988.", qSize, ""},
		// Kept: today's count.
		{"We're a bakery with 14 staff across three shops.", qSize, "s"},
		// A part told fine beside another that never agrees is no
		// clean bill; systems held together with scripts are some or
		// the worst, by the owner. 2 of 3 failed first.
		{"The tills work fine, the stock counts never match the system.", qSystems, "!fine"},
		{"Our webshop is fine and the invoices never agree with the bank.", qSystems, "!fine"},
		{"Our internal tools are held together with scripts.", qSystems, ""},
		// Kept.
		{"The tills work fine.", qSystems, "fine"},
	})
}
