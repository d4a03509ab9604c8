package conversation

import (
	"strconv"
	"strings"
)

// scoreOf reads a score on a scale: "6/10", "6 out of 10", "3/5", "80%",
// "80-90%", as a fraction of the scale's top.
func scoreOf(w []string) (float64, bool) {
	for i, t := range w {
		if p, ok := strings.CutSuffix(t, "%"); ok {
			v, err := strconv.ParseFloat(p, 64)
			if err != nil || v > 100 {
				continue
			}
			if i > 0 {
				// "80-90%": the middle of the range.
				if lo, err := strconv.ParseFloat(w[i-1], 64); err == nil && lo < v {
					v = (lo + v) / 2
				}
			}
			return v / 100, true
		}
		j := i + 1
		if j+1 < len(w) && w[j] == "out" && w[j+1] == "of" {
			j += 2
		}
		if j >= len(w) {
			continue
		}
		a, errA := strconv.ParseFloat(t, 64)
		b, errB := strconv.Atoi(w[j])
		if errA == nil && errB == nil && (b == 5 || b == 10 || b == 100) && a >= 0 && a <= float64(b) {
			return a / float64(b), true
		}
	}
	return 0, false
}
