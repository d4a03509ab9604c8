package conversation

import "testing"

// TestDescriptionRound16Fills: a fill needs the evidence a typed answer
// would. A business of the trade told as "the old brokers" is not us, a
// young age beside growth does not say start-up rather than growing
// fast, and numbers
// that do not match say trouble, not how much; fresh wordings beside
// guards that must still fill ("" is asked).
func TestDescriptionRound16Fills(t *testing.T) {
	tests := []fillCase{
		// The other firms of the trade, named by what they are: their
		// ways, not ours.
		{"The big letting agencies still do their viewings by phone.", qOps, ""},
		{"The old-school removal firms still book every job on paper.", qOps, ""},
		{"Most traditional printers still run everything by email.", qOps, ""},
		{"The established florists keep their orders in three spreadsheets.", qData, ""},
		{"We still take every booking by phone.", qOps, "low"},
		{"We rely on the app for everything.", qOps, "high"},
		{"Our old server crashes every week.", qSystems, "pain"},
		// A young age beside growth told elsewhere: start-up or growing
		// fast, by the owner.
		{"We launched 18 months ago. Twenty people hired since.", qStage, ""},
		{"The studio opened two years ago, we are recruiting every month.", qStage, ""},
		{"Founded last year by two engineers, raised 3m in the spring.", qStage, ""},
		{"Our company was founded last year.", qStage, "startup"},
		{"We're a startup, founded two years ago.", qStage, "startup"},
		{"A seed-funded startup, launched last spring.", qStage, "startup"},
		// The age of the technology, not of the company.
		{"Our tech stack is about two years old and tidy.", qStage, ""},
		{"The codebase is a year old.", qStage, ""},
		// Numbers that do not match: trouble, not how often or how
		// badly. A trouble named with its extent still fills.
		{"The stock counts never quite match the tills.", qData, ""},
		{"and the invoices don't match the delivery notes", qData, ""},
		{"because the figures don't match", qData, ""},
		{"The stock data is patchy.", qData, "some"},
		{"Client records sit in three systems.", qData, "yes"},
		{"The excise returns are in two spreadsheets that I keep in step by hand.", qData, "some"},
		// A condition on the technology we use ("if the app goes down")
		// is no plan to build it. A plan said with its key still fills.
		{"If the booking app goes down we cannot take a single order.", qProducts, ""},
		{"If the app stops we stop.", qProducts, ""},
		{"Once the ordering app crashes, the whole kitchen waits.", qProducts, ""},
		{"We plan to build our own booking app next year.", qProducts, "planned"},
	}
	checkFills(t, tests)
}
