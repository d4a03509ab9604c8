package conversation

import "testing"

// round31cTechRefused: technology put to the owner and refused in a
// clause of its own ("the web guy floated a smart ordering idea. Not for
// us", "No thanks", "Not interested") is a no: the idea is another's,
// the refusal the answer. 5 of 5 failed first (two read planned, three
// asked).
var round31cTechRefused = []readingCase{
	{qProducts, "Our web guy floated a smart ordering idea. Not for us, we're a pub.", "no"},
	{qProducts, "My daughter keeps suggesting an app idea for the farm shop. No thanks, we sell eggs.", "no"},
	{qProducts, "The council pushed some digital platform idea at us. Not interested, we're plasterers.", "no"},
	{qProducts, "A supplier pitched a sensor idea for the fridges, not for us.", "no"},
	{qProducts, "Our nephew pitched an app for bookings. Not for us, we're a chip shop.", "no"},
}

// round31cTechRefusedKept: the idea taken up, a refusal with a time left
// open, technology of our own.
var round31cTechRefusedKept = []readingCase{
	{qProducts, "Our nephew pitched an app for bookings and we're going with it next year.", "planned"},
	{qProducts, "The app idea? Not for us yet, maybe after the expansion.", "planned"},
	{qProducts, "Our software runs the whole shop, not for sale though.", "core"},
	{qProducts, "We build apps for our clients. Not for us, for them.", "!no"},
	{qProducts, "A consultant suggested a smart sensor line, we're building it now.", "!no"},
}

func TestRound31cTechRefused(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cTechRefused, round31cTechRefusedKept)
}
