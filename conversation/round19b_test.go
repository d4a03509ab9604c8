package conversation

import "testing"

// round19bClasses are the classes of blind sets 29-30's misses of the
// security-to-budget questions, in fresh wordings of other voices, read
// whole (rules, model and doubt).
var round19bClasses = []struct{ q, text, want string }{
	// "No wish to", "no desire to", "no plans to": the "no" before the
	// noun reaches the infinitive after it, past the "to". 5 of 5 failed
	// first (read as yes).
	{qInnovation, "we have no wish to be first with new technology", "no"},
	{qInnovation, "honestly we have no desire to be early adopters", "no"},
	{qInnovation, "no ambition to be cutting edge, we fix roofs", "no"},
	{qInnovation, "we've got no appetite to be pioneers", "no"},
	{qInnovation, "we don't have any wish to be the first", "~no"},
}

// round19bKept are nearby answers the round must not change.
var round19bKept = []struct{ q, text, want string }{
	{qInnovation, "we want to be first with new technology", "yes"},
	{qInnovation, "no interest in being cutting edge", "no"},
	{qInnovation, "the plan is to be first in the region", "~yes"},
}

func TestRound19bClasses(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bClasses, round19bKept)
}

// TestDescriptionRound19bFills: description fills for products and
// innovation that blind set 29 made unlike the owner, in fresh wordings
// of other businesses, beside guards ("" is asked).
func TestDescriptionRound19bFills(t *testing.T) {
	tests := []fillCase{
		// "No wish to be first" in a description is no, as typed. 2 of 2
		// tried before the fix failed first (read as yes); the law firm
		// was added after it.
		{"We have no wish to be first with new technology.", qInnovation, "no"},
		{"We are a small law firm with no desire to be early adopters.", qInnovation, "no"},
		{"We have no plans to be first with new technology.", qInnovation, "no"},
		{"We want to be first with new technology.", qInnovation, "yes"},
		// A clause whose subject is other makers, with no "we" or "our",
		// tells their product, not ours. 1 of 4 failed first (read as core).
		{"The German makers sell ovens with an app that tracks every bake.", qProducts, ""},
		{"The big boat builders ship every hull with their own navigation software.", qProducts, ""},
		{"Most exporters now sell machines with a cloud dashboard.", qProducts, ""},
		{"Now half our sales are abroad and the Italian manufacturers sell presses with an app.", qProducts, ""},
		{"We sell our own booking software to 40 hotels.", qProducts, "core"},
	}
	checkFills(t, tests)
}

// round19bBudget: a leaning yes ("probably", "likely") that then hangs on
// the cost ("depends what they ask") is a yes or a maybe by the owner:
// asked between the two, never taken as either. 4 of 4 failed first
// (taken as maybe).
var round19bBudget = []struct{ q, text, want string }{
	{qBudget, "probably, depends what they'd want paying", "?"},
	{qBudget, "likely yes, depends on the salary", "?"},
	{qBudget, "most likely, depends how much they cost", "?"},
	{qBudget, "I think so, depends on the package", "?"},
}

// round19bBudgetKept are nearby budget answers that stay as they read.
var round19bBudgetKept = []struct{ q, text, want string }{
	{qBudget, "maybe, depends on the salary", "maybe"},
	{qBudget, "it depends on the price", "maybe"},
	{qBudget, "probably not, depends on the salary", "~no"},
}

func TestRound19bBudget(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bBudget, round19bBudgetKept)
	for _, tt := range round19bBudget {
		m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text)
		if readingOf(m) != "maybe|yes" {
			t.Errorf("%s %q = %q %v, want asked between maybe and yes", tt.q, tt.text, m.value, m.candidates)
		}
	}
}

// round19bSecurity: "keeping me up at night" is the key "keeps me up at
// night" in its -ing form, so a "not" before it denies it as it denies
// "doesn't keep me up". 1 of 4 failed first (asked high or medium).
var round19bSecurity = []struct{ q, text, want string }{
	{qSecurity, "I think about it, but it's not keeping me up at night", "~medium"},
	{qSecurity, "it's not keeping me awake, we're a tiny shop", "low"},
	{qSecurity, "somewhat, not keeping me up at night though", "medium"},
	{qSecurity, "it's in the back of my mind, not keeping me up at night", "~medium"},
}

// round19bSecurityKept stay as they read.
var round19bSecurityKept = []struct{ q, text, want string }{
	{qSecurity, "it's keeping me up at night", "high"},
	{qSecurity, "that sort of thing doesn't keep me up at night", "low"},
	{qSecurity, "it's on my mind", "medium"},
}

func TestRound19bSecurity(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bSecurity, round19bSecurityKept)
}

// round19bMiddle: first place denied and last place denied, in either
// order, is the middle of the field: somewhat. 4 of 5 failed first.
var round19bMiddle = []struct{ q, text, want string }{
	{qInnovation, "never first, never last", "some"},
	{qInnovation, "not the first, not the last either", "some"},
	{qInnovation, "we're not pioneers but we don't want to be left behind", "some"},
	{qInnovation, "won't be the last to adopt things, won't be the first", "some"},
	{qInnovation, "not the leaders, not the laggards. middle of the pack", "some"},
}

// round19bMiddleKept stay as they read.
var round19bMiddleKept = []struct{ q, text, want string }{
	{qInnovation, "not first", "~no"},
	{qInnovation, "we want to be first", "yes"},
	{qInnovation, "we don't want to be last, we want to be first", "~yes"},
}

func TestRound19bMiddle(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bMiddle, round19bMiddleKept)
}

// round19bCant: asked whether the money is there, a bare "we can't" (the
// verb asked left out) opening the answer denies it, whatever the reason
// after it. 3 of 4 failed first.
var round19bCant = []struct{ q, text, want string }{
	{qBudget, "we can't", "no"},
	{qBudget, "we couldn't, the margins are thin as it is", "no"},
	{qBudget, "we cannot. it all goes into stock", "no"},
	{qBudget, "I can't, every penny is in the vans", "no"},
}

// round19bCantKept stay as they read.
var round19bCantKept = []struct{ q, text, want string }{
	{qBudget, "we can't say yet", "~maybe"}, // not sure: never the no of a bare "we can't"
	{qBudget, "we can't right now, maybe next year", "no"},
	{qBudget, "we could, if it paid for itself", "maybe"},
}

// round19bAfraidSo: "afraid so" is a yes said with regret, "afraid not"
// a no. 4 of 4 failed first.
var round19bAfraidSo = []struct{ q, text, want string }{
	{qCompetitors, "afraid so", "yes"},
	{qCompetitors, "I'm afraid so, they all have apps now", "yes"},
	{qCompetitors, "afraid not", "no"},
	{qBudget, "I'm afraid not", "no"},
}

func TestRound19bCant(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bCant, round19bCantKept, round19bAfraidSo)
}

// round19bBottom: the bottom of a list of worries or priorities is the
// least of the question's degrees, as the top of it is the most. 4 of 4
// failed first.
var round19bBottom = []struct{ q, text, want string }{
	{qSecurity, "bottom of the list, we're a chip shop", "low"},
	{qSecurity, "it's at the bottom of my worries", "low"},
	{qInnovation, "new tech is bottom of our priorities", "no"},
	{qSecurity, "honestly near the bottom of the pile", "low"},
}

// round19bBottomKept stay as they read.
var round19bBottomKept = []struct{ q, text, want string }{
	{qSecurity, "top of my list", "high"},
	{qSecurity, "on the list, but not at the top", "medium"},
	{qSecurity, "we got to the bottom of a phishing scam last month", "high"},
}

func TestRound19bBottom(t *testing.T) {
	checkRulesThenEngine(t, round19bBottom, round19bBottomKept)
}

// round19bHalf: "half and half" is "fifty fifty", the middle. 2 of 3
// failed first.
var round19bHalf = []struct{ q, text, want string }{
	{qInnovation, "half and half, we try things when they're cheap", "some"},
	{qSecurity, "half and half really", "medium"},
	{qInnovation, "about half and half", "some"},
}

func TestRound19bHalf(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bHalf)
}

// round19bNotRuin: a breach that "wouldn't sink us" denies the worst,
// and a lesser harm named after a "but" is the middle; the denial alone
// is asked. 5 of 5 failed first (3 read as high from "breach" or "hack");
// a harm after "but" that reads high on its own still asks medium or high.
var round19bNotRuin = []struct{ q, text, want string }{
	{qSecurity, "a hack wouldn't kill us, but it would be a real headache", "medium"},
	{qSecurity, "a leak won't ruin us but the clients would be livid", "~medium"},
	{qSecurity, "getting hacked wouldn't finish us, it would just be awkward", "medium"},
	{qSecurity, "a breach would not sink the firm, but it would cost us a few clients", "~medium"},
	{qSecurity, "a breach wouldn't kill us", "?"},
}

// round19bNotRuinKept stay as they read.
var round19bNotRuinKept = []struct{ q, text, want string }{
	{qSecurity, "a breach would kill us", "high"},
	{qSecurity, "a breach would sink us, we hold passports", "high"},
}

func TestRound19bNotRuin(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bNotRuin, round19bNotRuinKept)
}

// round19bLitotes: a small worry denied is a big one: "not a small
// worry", "no small concern". 3 of 4 failed first (2 read as low).
var round19bLitotes = []struct{ q, text, want string }{
	{qSecurity, "not a small worry, we hold everyone's passports", "high"},
	{qSecurity, "it's no small concern for a clinic", "high"},
	{qSecurity, "not a minor thing for us, no", "high"},
	{qSecurity, "not a small worry", "high"},
}

// round19bLitotesKept stay as they read.
var round19bLitotesKept = []struct{ q, text, want string }{
	{qSecurity, "a small worry", "~medium"}, // the models, with blind71-76 learned, ask
	{qSecurity, "not a worry", "low"},
	{qSecurity, "we're not a small firm, but it's not a worry", "low"},
}

func TestRound19bLitotes(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bLitotes, round19bLitotesKept)
}

// round19bMiddleVerdict: after two sides told ("my partner worries a lot,
// I don't"), a last clause that is only the middle sums them up, as "so
// somewhere in between" does. 2 of 4 failed first.
var round19bMiddleVerdict = []struct{ q, text, want string }{
	{qSecurity, "my co-owner is paranoid about it, I'm relaxed. somewhere in the middle", "medium"},
	{qInnovation, "I'd try everything, my brother nothing new. in between", "some"},
	{qSecurity, "the board worries a lot, the staff don't at all. somewhere in between", "~medium"}, // the models, with blind71-76 learned, ask
	{qInnovation, "dad wants nothing new, I want everything new. in the middle", "~some"},
}

// round19bMiddleVerdictKept stay as they read.
var round19bMiddleVerdictKept = []struct{ q, text, want string }{
	{qSecurity, "somewhere in the middle", "medium"},
	{qSecurity, "it keeps me up at night", "high"},
}

func TestRound19bMiddleVerdict(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bMiddleVerdict, round19bMiddleVerdictKept)
}

// round19bDegreeTurned: an opening turned only by a denied degree ("it
// worries me, but not hugely") is the middle itself, not an opening the
// rest may outweigh. 1 of 3 failed first (asked medium or high).
var round19bDegreeTurned = []struct{ q, text, want string }{
	{qSecurity, "it concerns me, but not massively", "medium"},
	{qSecurity, "I worry about it, though not a great deal", "medium"},
	{qSecurity, "yes it worries me but not too much", "medium"},
}

func TestRound19bDegreeTurned(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19bDegreeTurned)
}
