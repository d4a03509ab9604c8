package conversation

import (
	"strconv"
	"strings"
)

// Growth told as a percentage: "sales are up 40% on last year" is
// scaling whatever the firm's age beside it ("six years old"); "up 3%
// this year" is steady trading.

// percentGrowthWords beside a percentage make it a rate of growth.
var percentGrowthWords = wordSet("up", "grew", "grow", "grown", "growing", "growth", "increase", "increased",
	"rise", "rose", "risen", "more", "higher", "doubled")

// fastGrowthPercent and steadyGrowthPercent bound the rates read as
// scaling and as steady; between them the words decide.
const (
	fastGrowthPercent   = 30
	steadyGrowthPercent = 10
)

// growthPercent is the stage a rate of growth told in w reads: scaling
// from 30% a year, established up to 10%, "" otherwise or when the
// percentage is a share ("40% of our sales") or no growth word stands
// within two words of it.
func growthPercent(w []string) string {
	for i, t := range w {
		p, ok := strings.CutSuffix(t, "%")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || i+1 < len(w) && w[i+1] == "of" {
			continue
		}
		if !hasAny(w[max(0, i-2):min(len(w), i+3)], percentGrowthWords) {
			continue
		}
		switch {
		case v >= fastGrowthPercent:
			return "scaling"
		case v <= steadyGrowthPercent:
			return "established"
		}
		return ""
	}
	return ""
}
