package conversation

import "testing"

// round24cConstantDataErrors are data answers telling errors that never
// stop ("there are always mistakes"): a real problem, not some. 6 of 6
// failed first.
var round24cConstantDataErrors = []readingCase{
	{qData, "there are always mistakes in the stock figures", "yes"},
	{qData, "mistakes all the time, customers get the wrong invoice", "yes"},
	{qData, "the delivery addresses are constantly wrong", "yes"},
	{qData, "errors every single week in the payroll export", "yes"},
	{qData, "we find mistakes in the orders every day", "yes"},
	{qData, "we merge them by hand and there are always mistakes", "yes"},
}

// round24cConstantDataErrorsKept must keep their reading: errors now and
// then, denied, or past.
var round24cConstantDataErrorsKept = []readingCase{
	{qData, "we make the odd mistake", "some"},
	{qData, "no mistakes, it's all in one system", "no"},
	{qData, "hardly ever any errors", "~no"},
	{qData, "we used to have mistakes all the time, not since the new system", "?"},
}

func TestRound24cConstantDataErrors(t *testing.T) {
	checkReadings(t, rulesReading, false, round24cConstantDataErrors, round24cConstantDataErrorsKept)
}
