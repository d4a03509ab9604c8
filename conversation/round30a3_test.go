package conversation

import "testing"

// round30aBasicToolsBesideHands: the computer side told as basic tools
// alone (email, a spreadsheet, Xero) beside the work done by hand or
// with tools is little reliance, as "only email" is; a system of the
// business's own (bookings, an app) beside the hands stays the middle.
// 5 of 5 failed first (all asked between medium and low); Xero named
// plainly is a system of its own, so the farrier's row stays asked.
var round30aBasicToolsBesideHands = []readingCase{
	{qOps, "Email and a spreadsheet for the invoices. The actual work is done with chisels.", "low"},
	{qOps, "A bit of Xero and some email. The proper work is done by hand in the forge.", "low"},
	{qOps, "Email for the bookings. The real work happens out on the boats with nets.", "low"},
	{qOps, "we make leather bags with our hands. email and a spreadsheet for orders", "low"},
	{qOps, "I shoe horses with my hands. Xero for invoices and email for bookings.", "~low"},
}

// round30aBasicToolsBesideHandsKept: a system beside the hands.
var round30aBasicToolsBesideHandsKept = []readingCase{
	{qOps, "the jobs are tracked on an app but the fitters work with their hands", "medium"},
	{qOps, "Email and the booking system. The real work is done by hand.", "~medium"},
	{qOps, "the diggers run on diesel, the invoices on Xero", "medium"},
}

func TestRound30aBasicToolsBesideHands(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aBasicToolsBesideHands, round30aBasicToolsBesideHandsKept)
}

// round30aMoreThanOpener: reliance told as "more than I'd like", "more
// than we used to", "probably more than you'd think" is the middle,
// whatever the list after it puts on the systems or keeps off them; a
// stop that cannot be borne is still the most. 1 of 5 failed first (asked
// between high and medium); the labelled rows were mostly asked.
var round30aMoreThanOpener = []readingCase{
	{qOps, "More than I'd want. The diary, the invoices and the parts orders all live on the laptop now.", "medium"},
	{qOps, "Probably more than you'd think. Rotas, stock and the till are all on the iPad.", "medium"},
	{qOps, "More than we used to. The bookings and the accounts have all gone online.", "medium"},
	{qOps, "more than it used to, the orders and invoices are in the system but the bakers work by hand", "medium"},
	{qOps, "A fair bit more than before. Quotes and job sheets are on tablets, though we could cope a day without.", "medium"},
}

// round30aMoreThanOpenerKept: a number after "more than", and a stop
// that cannot be borne.
var round30aMoreThanOpenerKept = []readingCase{
	{qOps, "the oven matters more than any computer", "~low"},
	{qOps, "More than I'd like. If the system goes down we can't work at all.", "high"},
}

func TestRound30aMoreThanOpener(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aMoreThanOpener, round30aMoreThanOpenerKept)
}

// round30aGrewFromThousands: growth from a count in the thousands that
// looks like a year ("from 1,800 farmers to 4,000") is growth, not a
// founding in 1800: a plural noun after the number makes it a count.
// 3 of 5 failed first (all asked between established and scaling).
var round30aGrewFromThousands = []readingCase{
	{qStage, "We went from 1,900 customers to 5,000 in a year, hard to keep up.", "scaling"},
	{qStage, "from 2,000 members to 4,500 in two years", "scaling"},
	{qStage, "we grew from 1,950 students to 3,200 in eighteen months", "scaling"},
	{qStage, "from 2,010 patients last year to 4,000 now, we can't hire fast enough", "scaling"},
	{qStage, "Our herd went from 1,820 cows to 2,900 in three years.", "scaling"},
}

// round30aGrewFromThousandsKept: years that are years.
var round30aGrewFromThousandsKept = []readingCase{
	{qStage, "founded in 1998, same 20 people since", "established"},
	{qStage, "family business since 1920", "established"},
}

func TestRound30aGrewFromThousands(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aGrewFromThousands, round30aGrewFromThousandsKept)
}
