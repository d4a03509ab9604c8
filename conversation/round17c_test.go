package conversation

import (
	"strings"
	"testing"
)

// round17cFills are description clauses about products in fresh wordings
// of other businesses, with the fill wanted: a want "a|" takes a or no
// fill (asking instead is fine, a fill unlike the owner is not).
var round17cFills = []struct{ text, want string }{
	// A build with a target date to come ("for Q3", "by March"): planned.
	// 4 of 4 failed first.
	{"We're building our own booking portal for Q3.", "planned|"},
	{"so we're developing a customer app for the spring", "planned|"},
	{"We are building a stock-tracking platform by March.", "planned|"},
	{"our developers are building a loyalty app for christmas", "planned|"},
	// A plan said as "think to make", "aim to build": planned.
	// 4 of 4 failed first.
	{"We think to make an app for the growers.", "planned|"},
	{"We think about making a portal for our dealers.", "planned|"},
	{"We aim to build a booking app for the schools.", "planned|"},
	{"we mean to launch an online platform for buyers", "planned|"},
	// A plan denied ("we're not planning apps"): no plan.
	// 4 of 4 failed first.
	{"We're not planning any apps.", "no|"},
	{"We are not thinking about software of our own.", "no|"},
	{"we don't plan to build an app", "no|"},
	{"we have no plans for an app", "no|"},
	// A strategy or project approved: a plan, not a product made now;
	// "built-in" is what a thing has, not a build. 2 of 2 failed first.
	{"The board has approved a strategy for meters with built-in sensors.", "planned|"},
	{"The owners agreed a project for smart valves with built-in software.", "planned|"},
	// A build told with no technology noun the readers know ("a route
	// planner", "a tracker"): not a denial. 3 of 3 failed first.
	{"were building a route planner for cyclists", "core|"},
	{"we're building a shift planner for care homes", "core|"},
	{"we are developing a tracker for lost luggage", "core|"},
}

// round17cFillsKept are fills the round must not change.
var round17cFillsKept = []struct{ text, want string }{
	{"We plan to build our own booking app next year.", "planned"},
	{"We're building an app for vets.", "core"},
	{"We're not a tech business at all.", "no"},
	{"We don't build any software of our own.", "no"},
	{"Our pumps come with built-in sensors from a supplier.", ""},
}

func TestRound17cFills(t *testing.T) {
	for _, set := range [][]struct{ text, want string }{round17cFills, round17cFillsKept} {
		for _, tt := range set {
			got := readDescription(tt.text).value(questionIndex(qProducts))
			if !slicesContainsString(strings.Split(tt.want, "|"), got) {
				t.Errorf("products from %q = %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}

func slicesContainsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// round17cBudgetShares are a full-time post refused with a share offered:
// no. 5 of 5 failed first.
var round17cBudgetShares = []readingCase{
	{qBudget, "not a full-time one, maybe a day or two a month", "no"},
	{qBudget, "full time no, but a couple of days a week perhaps", "no"},
	{qBudget, "not a full salary, a few hours a week maybe", "no"},
	{qBudget, "not full time, perhaps someone one afternoon a week", "no"},
	{qBudget, "A full-time exec, no. A few days a quarter, possibly.", "no"},
}

// round17cBudgetKept are nearby budget answers that keep their reading.
var round17cBudgetKept = []readingCase{
	{qBudget, "maybe, part time", "maybe"},
	{qBudget, "yes, full time is fine", "yes"},
	{qBudget, "possibly, it would be a stretch", "maybe"},
	{qBudget, "part time possibly, full time no", "maybe"},
}

func TestRound17cBudgetShares(t *testing.T) {
	checkReadings(t, rulesReading, false, round17cBudgetShares, round17cBudgetKept)
}
