package conversation

// Growth told as speed after a long quiet: "sleepy for ten years, then
// somebody floored the accelerator", "slow for years and now we can
// barely hold on". The years are the contrast the turn sets against; the
// figure of speed after the turn is the answer: scaling. The figures are
// read as phrases, so "took off" is speed only whole.

var (
	// speedFigures are speed told as a figure: the pedal floored, a
	// take-off, a pace the owner can barely hold.
	speedFigures = [][]string{{"foot", "on", "the", "gas"}, {"hit", "the", "gas"}, {"floored", "it"},
		{"floored", "the"}, {"accelerator"}, {"took", "off"}, {"taken", "off"}, {"taking", "off"},
		{"through", "the", "roof"}, {"barely", "hold", "on"}, {"barely", "keep", "up"}, {"cant", "keep", "up"},
		{"runaway"}, {"shot", "up"}, {"snowballed"}, {"mushroomed"}, {"full", "throttle"}, {"full", "steam"},
		{"like", "a", "rocket"}}
	// speedDenials deny or shrink the speed after the turn: "nothing
	// that took off", "never took off".
	speedDenials = wordSet("not", "no", "never", "nothing", "didnt", "hasnt", "havent", "wasnt", "isnt",
		"wont", "still")
)

// speedTurns set the present against the quiet past.
var speedTurns = wordSet("then", "but", "now", "until", "since")

// quietThenSpeed reports a long past (quietSpans), a turn, and a figure
// of speed after it, with no denial after the turn. Unlike
// quietThenGrowth it needs no word calling the past calm: the figure of
// speed sets it against the years.
func quietThenSpeed(w []string) bool {
	for t := 1; t+1 < len(w); t++ {
		if !speedTurns[w[t]] || !hasAny(w[:t], quietSpans) {
			continue
		}
		after := w[t+1:]
		return hasAnyPhrase(after, speedFigures) && !hasAny(after, speedDenials)
	}
	return false
}
