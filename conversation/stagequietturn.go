package conversation

// A long quiet told first ("slow for years", "sleepy for ten years") and
// then, after a turn ("then", "now"), growth the firm can barely keep up
// with or sites and shifts added ("now we can barely hold on, the plant
// added a second shift") is scaling: the quiet years are the past the
// growth broke, not a steady firm's age.

var (
	// quietWords call the long past calm: "slow for years".
	quietWords = wordSet("slow", "sleepy", "quiet", "dozy", "steady", "flat", "sluggish")
	// quietSpans are how long the calm lasted: "for years", "for ages".
	quietSpans = wordSet("years", "ages", "decade", "decades", "yonks", "yrs", "generations")
	// quietTurns end the calm: "then", "now", "suddenly".
	quietTurns = wordSet("then", "now", "suddenly", "until")
	// strainBefore before "keep up" or "hold on" tell demand outrunning the
	// firm: "we can barely keep up".
	strainBefore = wordSet("barely", "hardly", "scarcely", "cant", "cannot")
	// addedVerbs with a new site or shift after them tell growth: "added a
	// second shift".
	addedVerbs = wordSet("added", "adding", "opened", "opening", "built", "bought")
	// addedThings follow an added verb within three words: "a second
	// track", "a night shift", "another warehouse".
	addedThings = wordSet("second", "third", "another", "new", "night", "extra")
	// takeOffVerbs before "off" tell growth taking off.
	takeOffVerbs = wordSet("took", "taken", "taking", "take")
)

// quietThenGrowth reports a calm told for a long span, then a turn, then
// growth after it: booming, taking off, strained, or something added.
func quietThenGrowth(w []string) bool {
	for i, t := range w {
		if !quietWords[t] || i+2 >= len(w) || w[i+1] != "for" || !hasAny(w[i+2:min(len(w), i+5)], quietSpans) {
			continue
		}
		for k := i + 3; k < len(w); k++ {
			if quietTurns[w[k]] {
				return growthAfterTurn(w[k+1:])
			}
		}
	}
	return false
}

// growthAfterTurn reports growth told in after: booming words, a count
// grown, the firm strained to keep up, or a site or shift added, none of
// it denied or shrunk (speedDenials).
func growthAfterTurn(after []string) bool {
	if hasAny(after, speedDenials) {
		return false // "then a bit busier, nothing that took off"
	}
	if hasAny(after, boomWords) || grewFrom(after) || grewMultiple(after) || growthPercent(after) == "scaling" || fastGrowthNow(after) {
		return true
	}
	for i, t := range after {
		strained := i+1 < len(after) && (t == "keep" && after[i+1] == "up" || t == "hold" && after[i+1] == "on")
		if strained && hasAny(after[max(0, i-3):i], strainBefore) {
			return true
		}
		if takeOffVerbs[t] && i+1 < len(after) && after[i+1] == "off" {
			return true // "then orders took off"
		}
		if addedVerbs[t] && hasAny(after[i+1:min(len(after), i+4)], addedThings) {
			return true
		}
	}
	return false
}
