package conversation

import "testing"

// round31cAdviceToWorryDenied: someone telling the owner what to feel
// ("the bank says we should worry") and the owner's own denial after it
// ("I don't", "I'm not", "we don't") is the lowest option: the "we" in
// the advice is no worry of the owner's. 5 of 5 failed first (three read
// a lot then asked, two asked between the middle and the top).
var round31cAdviceToWorryDenied = []readingCase{
	{qSecurity, "The bank keeps telling us we should be worried. I'm not, we only sell firewood.", "low"},
	{qSecurity, "Our accountant says we ought to worry about ransomware. I don't.", "low"},
	{qSecurity, "The insurance broker thinks we should be more concerned. I'm not, honestly.", "low"},
	{qSecurity, "The web designer says we need to worry about the shop being hacked. We don't.", "low"},
	{qSecurity, "Our IT firm reckons we should worry more. I don't, there's nothing on the laptop but invoices.", "low"},
}

// round31cAdviceToWorryDeniedKept: advice taken, a worry the owner
// shares or starts to, a partner's own worry (still asked), the owner's
// worry against another's calm.
var round31cAdviceToWorryDeniedKept = []readingCase{
	{qSecurity, "Our accountant says we should worry, and I do.", "!low"},
	{qSecurity, "The bank says we should worry. I agree, we hold card data.", "!low"},
	{qSecurity, "Our IT firm says we should worry more, and honestly I'm starting to.", "!low"},
	{qSecurity, "We worry, the bank doesn't.", "!low"},
	{qSecurity, "my husband worries about it, I don't", "?"},
}

func TestRound31cAdviceToWorryDenied(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cAdviceToWorryDenied, round31cAdviceToWorryDeniedKept)
}
