package conversation

import "testing"

// round30eDownNothingMoves: the systems down and nothing of the work
// done ("if the ERP goes, nothing ships", "the site down = we sell
// nothing") is complete reliance, not the "nothing" of no reliance.
// 4 of 7 failed first (1 read low, 3 asked); 1 still asks.
var round30eDownNothingMoves = []readingCase{
	{qOps, "the warehouse system, the scanners and the courier link... if those go, nothing ships", "high"},
	{qOps, "everything we sell is on the web shop, so if it's not working we sell nothing", "high"},
	{qOps, "email or the shared drive down = we do nothing", "high"},
	{qOps, "when the dispatch software fails, nothing moves", "high"},
	{qOps, "Xero, the rota app and the tills. if they crash, nothing gets done", "~high"},
	{qOps, "our booking platform goes offline and we sell nothing that day", "high"},
	{qOps, "the MES and the ERP: if either is down nothing leaves the plant", "high"},
}

// round30eDownNothingMovesKept: nothing harmed, or nothing different.
var round30eDownNothingMovesKept = []readingCase{
	{qOps, "if the laptop dies we do nothing different, it's all on paper anyway", "!high"},
	{qOps, "nothing really, just email", "low"},
}

func TestRound30eDownNothingMoves(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30eDownNothingMoves, round30eDownNothingMovesKept)
}
