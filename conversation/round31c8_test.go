package conversation

import "testing"

// round31cCodeAsNoun: "a QR code on each bag", "a tracking code on every
// parcel" name a thing, not the verb "to code" with a trade's goods for
// its object: the plan around it reads. 3 of 3 failed first (all asked,
// the rules reading no); one still asks (the rules now read core).
var round31cCodeAsNoun = []readingCase{
	{qProducts, "A tracking code on each parcel is on our list for the autumn.", "planned"},
	{qProducts, "Thinking of a code on each bottle that links to the vineyard's story.", "planned"},
	{qProducts, "We'd like a QR code on every crate so shops can trace the catch, probably next spring.", "~planned"},
}

// round31cCodeAsNounKept: code written, and a code that is no product.
var round31cCodeAsNounKept = []readingCase{
	{qProducts, "We code our own booking software.", "core"},
	{qProducts, "We write the code for our app ourselves.", "core"},
	{qProducts, "We make furniture, the only code we have is the door code.", "no"},
}

func TestRound31cCodeAsNoun(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cCodeAsNoun, round31cCodeAsNounKept)
}
