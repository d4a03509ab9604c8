package conversation

// shapedWholeReading reads a whole answer of one shape before its words
// are weighed one by one: the reading of the first shape that fits.
// (A func, not a table of readers: the readers call back into the
// matcher, which a package-level table would make an init cycle.)
func shapedWholeReading(q *question, text string) (answerMatch, bool) {
	for _, read := range []func(*question, string) (answerMatch, bool){
		sayDeniedReading,          // "I wouldn't say we have a problem with data"
		litotesReading,            // "it's not nothing", "I'd be lying if I said no"
		hypotheticalReading,       // "if we had the money, sure, but we don't"
		moneyNoNeedReading,        // "not a question of money, we just don't need one"
		findsEverythingReading,    // "the drawings are in the cabinet. We find everything."
		noTroubleReading,          // "I can't think of a single problem", "no dramas"
		middleAffirmedReading,     // "some pain points yeah, the calendar and the accounts don't talk"
		leadAgreesReading,         // "not much honestly its a phone and a notebook"
		recoveredReading,          // "they were a disaster, but now they run smoothly"
		notPerfectReading,         // "not a big problem, but not perfect either"
		deferredInnovationReading, // "maybe later, not now"
		fewTroublesReading,        // "a couple of things annoy me: the portal is slow"
		misplacedReading,          // "Hackers? In a blacksmith's forge?"
		budgetFigureReading,       // "we can't afford not to", "the money tree's bare"
		budgetTryReading,          // "we can try, but everything is expensive"
		topicTroubleDeniedReading, // "there's no data problem here. Orders come in by email"
		unknownConcludedReading,   // "I can't see into their yard, so I don't know"
		mostlySoundReading,        // "mostly sound, with a leaky tap or two"
	} {
		if m, ok := read(q, text); ok {
			return m, true
		}
	}
	return answerMatch{}, false
}
