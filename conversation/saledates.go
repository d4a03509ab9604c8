package conversation

import (
	"strconv"
	"strings"
)

// A shopping date written day.month ("the 11.11 sale", "the 12.12
// campaign", "6.18") tokenizes as a decimal number; read as one, it
// counts eleven people beside a firm of one.

// saleEventWords after a date name the sale it marks.
var saleEventWords = wordSet("sale", "sales", "campaign", "promo", "promos", "promotion", "festival", "rush", "event",
	"peak", "mega", "drop", "day", "shopping")

// saleDateWord stands for such a date: a plain word, no number.
const saleDateWord = "saledate"

// dropSaleDates writes a dotted day.month date before a sale word, or
// after "the" or "on", as a plain word, so that no reader of a number
// takes it for a count. A count of staff ("2.5 fte", "1.5k") keeps its
// number.
func dropSaleDates(w []string) {
	for i, t := range w {
		if !dayMonthShape(t) {
			continue
		}
		next := i+1 < len(w) && saleEventWords[w[i+1]]
		after := i > 0 && (w[i-1] == "the" || w[i-1] == "on")
		if (next || after) && !(i+1 < len(w) && peopleWords[w[i+1]]) {
			w[i] = saleDateWord
		}
	}
}

// dayMonthShape reports digits, a point and digits that could be a day
// and a month either way round ("11.11", "6.18", "9.9"), neither part
// zero-led on its own.
func dayMonthShape(t string) bool {
	a, b, ok := strings.Cut(t, ".")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 {
		return false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || x < 1 || y < 1 || x > 31 || y > 31 {
		return false
	}
	return x <= 12 || y <= 12
}
