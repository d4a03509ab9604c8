package conversation

import "testing"

// round31cWorryGraded: a worry graded in so many words. A thought held
// "a lot", "a great deal", "constantly" or "all the time" ("it's on my
// mind a lot") is the top: how much the worry is there, not the middle
// the bare "on my mind" reads; a worry noun graded low by its adjective
// ("low concern", "very low concern") is the bottom, not a low and a
// concern met in the middle. 5 of 7 failed first (one read the middle
// silently, four asked).
var round31cWorryGraded = []readingCase{
	{qSecurity, "It's on my mind a lot since the supplier got hacked.", "high"},
	{qSecurity, "On my mind all the time, we hold patient files.", "high"},
	{qSecurity, "It's on my mind constantly.", "high"},
	{qSecurity, "It's on our minds a great deal.", "high"},
	{qSecurity, "Low concern, we're a two-man plumbing outfit.", "low"},
	{qSecurity, "A low concern for us. Nothing online.", "low"},
	{qSecurity, "Very low concern.", "low"},
}

// round31cWorryGradedKept: a thought now and then or a bit, the middle
// named, a comparison, a constant thought denied, another's thought.
var round31cWorryGradedKept = []readingCase{
	{qSecurity, "It's on my mind a bit.", "medium"},
	{qSecurity, "On my mind now and then.", "medium"},
	{qSecurity, "Moderate concern.", "medium"},
	{qSecurity, "Low on the list.", "low"},
	{qSecurity, "High concern. We process card payments all day.", "high"},
	{qSecurity, "It's on my radar a lot more now.", "medium"},
	{qSecurity, "It's on my mind a lot less than it was.", "!high"},
	{qSecurity, "I think about it, not all the time though.", "!high"},
	{qSecurity, "Not a lot, it's on my mind a bit.", "!high"},
	{qSecurity, "Not a high concern.", "!high"},
	{qSecurity, "My wife thinks about it a lot, I don't.", "!high"},
}

func TestRound31cWorryGraded(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cWorryGraded, round31cWorryGradedKept)
}
