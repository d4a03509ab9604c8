package conversation

import (
	"slices"
	"strings"
)

// Stage answers told by plans denied, a pilot, or an owner's experience
// beside a young firm: "no big plans to grow" is steady, not the growth
// its "grow" reads; "still in pilot stage" is early; "30 years of
// experience, but the organisation itself is one year old" is the
// firm's age, not the founder's.

// growthPlanWords name a plan or wish to grow, or what the firm is
// about: "not about growing".
var growthPlanWords = wordSet("plans", "plan", "planning", "looking", "intention", "ambition", "ambitions", "desire",
	"about")

// growthVerbs are what such a plan is for.
var growthVerbs = wordSet("grow", "expand", "growth", "expansion", "bigger", "scale", "growing", "expanding",
	"scaling")

// growthPlanDenied reports a plan to grow denied ("no big plans to
// grow", "not looking to expand", "not about growing") and the words
// beside it.
func growthPlanDenied(w []string) ([]string, bool) {
	for i, t := range w {
		if t != "no" && t != "not" && t != "dont" && t != "arent" {
			continue
		}
		end := min(len(w), i+4)
		p := slices.IndexFunc(w[i+1:end], func(s string) bool { return growthPlanWords[s] })
		if p < 0 {
			continue
		}
		p += i + 1
		if !hasAny(w[p+1:min(len(w), p+4)], growthVerbs) {
			continue
		}
		return append(slices.Clone(w[:i]), w[min(len(w), p+4):]...), true
	}
	return nil, false
}

// pilotWords tell a firm still trying its model: "pilot stage".
var pilotWords = wordSet("pilot", "piloting", "trial", "trialling", "trialing")

// stillInPilot reports the firm itself in a pilot: "still in pilot
// stage", "we're in the pilot phase", "still piloting".
func stillInPilot(w []string) bool {
	for i, t := range w {
		if !pilotWords[t] {
			continue
		}
		stage := i+1 < len(w) && (w[i+1] == "stage" || w[i+1] == "phase")
		still := slices.Contains(w[max(0, i-3):i], "still")
		if stage || still && t == "piloting" || still && slices.Contains(w[max(0, i-3):i], "in") {
			return true
		}
	}
	return false
}

// experienceWords tell a person's years, not the firm's.
var experienceWords = wordSet("experience", "experienced")

// youngAfterExperience reads an owner's experience and then, after a
// turn, the firm's own age: the firm's reading, or "".
func youngAfterExperience(q *question, w []string) string {
	k := slices.IndexFunc(w, func(s string) bool { return contrastWords[s] })
	if k < 1 || !hasAny(w[:k], experienceWords) {
		return ""
	}
	if v := matchUncorrected(q, strings.Join(w[k+1:], " "), nil).value; v == "startup" {
		return v
	}
	return ""
}

// siteOrdinals after an opening make it one more site: "just opened a
// second pool".
var siteOrdinals = wordSet("second", "third", "fourth", "fifth", "another", "2nd", "3rd", "4th")

// openedAnotherSite reports a site opened that is one more ("we've just
// opened a second pool", "just opened another branch"): growth, not the
// new firm "just opened" reads alone.
func openedAnotherSite(w []string) bool {
	if hasAny(w, wordSet("founded", "since", "established", "years", "decades", "generations")) ||
		slices.ContainsFunc(w, isYear) {
		return false // "founded in 1990, we opened our second shop": the age told weighs too
	}
	for i, t := range w {
		if openVerbs[t] && hasAny(w[i+1:min(len(w), i+3)], siteOrdinals) {
			return true
		}
	}
	return false
}

// stagePlansReading reads a stage answer by the shapes above; ok false
// when none fits. A plan to grow denied is steady only when the words
// beside it tell nothing else ("no plans to grow yet, we only launched
// in March" is early).
func stagePlansReading(q *question, w []string) (string, bool) {
	if q.ID != qStage {
		return "", false
	}
	if stillInPilot(w) || stillSettingUp(w) {
		return "startup", true
	}
	if openedAnotherSite(w) {
		return "scaling", true
	}
	if oldShort(w) || sameRoutineNow(w) || bothWaysDenied(w) {
		return "established", true
	}
	if rest, ok := growthPlanDenied(w); ok {
		if v := matchUncorrected(q, strings.Join(rest, " "), nil).value; v == "" || v == "established" {
			return "established", true
		}
		return "", false
	}
	if v := youngAfterExperience(q, w); v != "" {
		return v, true
	}
	return "", false
}
