package conversation

// "More than I'd like", "more than we used to", "probably more than we
// think": reliance owned, grown and measured against a wish or the past,
// is the middle, whatever the list after it puts on the systems
// ("Scheduling, quoting and timesheets are all on tablets now") or
// keeps off them. A stop that cannot be borne ("if it goes down we
// close") is still the most.

// moreThanOpeners lead "more than" in an answer's first words:
// "probably more than", "a fair bit more than".
var moreThanOpeners = wordSet("probably", "a", "fair", "bit", "lot", "much", "far", "way", "quite", "somewhat", "maybe")

// moreThanMeasures follow "more than" when it measures against a wish,
// a belief or the past, not a number ("more than 90%") or a thing ("more
// than any computer").
var moreThanMeasures = wordSet("i", "id", "we", "wed", "you", "youd", "it", "before", "last", "people", "one",
	"expected", "anyone", "most")

// moreThanOpener reports an answer that opens on such a "more than",
// and tells no work stopped without the systems (haltWords).
func moreThanOpener(w []string) bool {
	for i := 0; i+2 < len(w) && i < 4; i++ {
		if w[i] == "more" && w[i+1] == "than" {
			return moreThanMeasures[w[i+2]] && !hasAny(w, haltWords)
		}
		if !moreThanOpeners[w[i]] {
			return false
		}
	}
	return false
}

// haltWords tell work stopped without the systems: "we can't work",
// "everything stops", "we'd have to close".
var haltWords = wordSet("cant", "cannot", "couldnt", "stop", "stops", "stopped", "close", "shut", "dead")
