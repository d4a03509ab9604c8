package conversation

import (
	"slices"
	"strings"
)

// Questions back that answer the pending question by what they take for
// granted: "where would the money come from?" (no budget), "who'd
// bother hacking a florist?" (not much concern), "how would we know
// what they run?" (not sure), "do we look like a software house?" (no
// products), "why would we replace what isn't broken?" (they run well).
// They are read by the rules alone: the model has seen too few.

// retorts are the readers of questions back, by question.
var retorts = map[string]func(w []string, cut []bool) string{
	qBudget:      budgetFromMeans,
	qSecurity:    nobodyTargets,
	qCompetitors: cannotKnow,
	qProducts:    lookLike,
	qSystems:     notBroken,
	qInnovation:  whyNewest,
	qData:        whatData,
}

// whatData reads "what data? we cut hair", "what data lol, a customer
// list": there is too little data to have trouble with, so it is under
// control.
func whatData(w []string, cut []bool) string {
	end := len(w)
	if i := slices.Index(cut[1:], true); i >= 0 {
		end = i + 1 // "what data lol, a customer list": its own clause
	}
	if end >= 2 && end <= 3 && w[0] == "what" && (w[1] == "data" || w[1] == "records") && !hasAny(w, negation) {
		return "no"
	}
	return ""
}

// retort is the option a question back answers, if it is one: read
// even though it is a question, with or without a statement after it
// ("on café takings? checkmate").
func retort(q *question, text string) string {
	r := retorts[q.ID]
	if r == nil {
		return ""
	}
	head, tail, _ := questionTail(text)
	w, cut := tokenize(head)
	if q.ID == qSecurity && tail != "" && len(w) > 0 && w[0] == "what" {
		return "" // "what would they steal? the passports": the stake is told
	}
	if v := r(w, cut); v != "" || q.ID != qSecurity {
		return v
	}
	return retortAfterLead(q, head)
}

// retortAfterLead reads a security retort that closes a short statement
// of no more worry than it: "Not much worried. Who will hack a sweets
// shop?" is low; after "Very worried." it is no retort.
func retortAfterLead(q *question, head string) string {
	start, last := 0, len(strings.TrimRight(head, "?!. "))
	for {
		_, next := sentenceBreak(head, start)
		if next >= last {
			break
		}
		start = next
	}
	if start == 0 {
		return ""
	}
	w, cut := tokenize(head[start:])
	v := nobodyTargets(w, cut)
	if v == "" {
		return ""
	}
	if lead := matchPart(q, head[:start], nil); lead.value != v && (lead.value != "" || len(lead.candidates) > 0) {
		return ""
	}
	return v
}

// targetVerbs are what an attacker would do to us.
var targetVerbs = wordSet("want", "bother", "target", "hack", "hacking", "steal", "attack", "care", "wants",
	"bothers", "cares", "targets")

// whoWords open a "who would?" retort, and whoModals follow them: "who
// will hack a sweets shop?", "who's going to bother?".
var (
	whoWords  = wordSet("who", "whod", "wholl", "whos")
	whoModals = wordSet("would", "d", "will", "ll", "is", "going", "to", "gonna")
)

// nobodyTargets reads "who'd bother hacking a florist?", "who would
// want my varnish recipes": low.
func nobodyTargets(w []string, _ []bool) string {
	if nothingToTake(w) {
		return "low"
	}
	if len(w) < 3 || !whoWords[w[0]] || len(w) > 9 {
		return ""
	}
	i := 1
	for i < len(w) && i < 5 && whoModals[w[i]] {
		i++ // "who would", "who will", "who is going to"
	}
	if i < len(w) && targetVerbs[w[i]] {
		return "low"
	}
	return ""
}

// cannotKnow reads "how would we know what the others run?": not sure.
// It needs what is not known ("what they're doing"): "how would I know
// that?" may ask what the question means.
func cannotKnow(w []string, _ []bool) string {
	if len(w) >= 5 && w[0] == "how" && (w[1] == "would" || w[1] == "could" || w[1] == "should" || w[1] == "do" ||
		w[1] == "can") && selfWords[w[2]] && w[3] == "know" && (knowWhat[w[4]] || otherWords[w[4]]) {
		return "unsure"
	}
	return ""
}

// knowWhat open what is not known: "what they run", "how they do it".
var knowWhat = wordSet("what", "whats", "how", "who", "if", "whether", "where", "which")

// lookLike reads "do we look like a software house?", "does this look
// like Apple?": no products.
func lookLike(w []string, _ []bool) string {
	if len(w) >= 4 && (w[0] == "do" || w[0] == "does") && w[2] == "look" && w[3] == "like" && !hasAny(w, negation) {
		return "no"
	}
	return ""
}

// fixVerbs change what runs.
var fixVerbs = wordSet("fix", "replace", "change", "touch", "upgrade", "mend")

// notBroken reads "why would we replace what isn't broken?", "why fix
// what works?": they run well.
func notBroken(w []string, _ []bool) string {
	if len(w) < 4 || w[0] != "why" {
		return ""
	}
	k := slices.IndexFunc(w, func(t string) bool { return fixVerbs[t] })
	if k < 0 || k+2 >= len(w) || w[k+1] != "what" && w[k+1] != "something" {
		return ""
	}
	rest := w[k+2:]
	if slices.Contains(rest, "works") || slices.Contains(rest, "broken") && hasAny(rest, negation) ||
		slices.Contains(rest, "broke") && hasAny(rest, negation) {
		return "fine"
	}
	return ""
}

// newestWords are the latest thing an owner sees no need to chase.
var newestWords = wordSet("newest", "latest", "new", "shiny", "shiniest", "trendy", "fancy")

// whyNewest reads "why would I buy the newest thing when the old one
// works?", and "why would a pool hall need to be first?" (whyWouldLead):
// not a priority.
func whyNewest(w []string, cut []bool) string {
	if len(w) >= 4 && w[0] == "why" && (w[1] == "would" || w[1] == "should") && hasAny(w[2:], newestWords) &&
		!hasAny(w, negation) || whyWouldLead(w, cut) {
		return "no"
	}
	return ""
}

// takeVerbs are what an attacker would take: "what would they steal".
var takeVerbs = wordSet("steal", "take", "want", "get", "nick", "grab", "sell")

// nothingToTake reads "what would they steal, the guard rotas?", "what's
// there to steal?": asking what an attacker could take says there is
// little worth taking, low. The modal or "there" is needed: "what did
// they steal?" asks about an attack.
func nothingToTake(w []string) bool {
	if len(w) < 3 || len(w) > 12 || w[0] != "what" && w[0] != "whats" || hasAny(w, negation) {
		return false
	}
	i := 1
	if w[0] == "what" && i < len(w) && (w[i] == "is" || w[i] == "would" || w[i] == "could" || w[i] == "d") {
		i++
	}
	if i < len(w) && (w[i] == "there" || w[i] == "they" || w[i] == "anyone" || w[i] == "hackers" ||
		w[i] == "anybody" || w[i] == "somebody" || w[i] == "someone") {
		i++
	}
	if i < len(w) && w[i] == "to" {
		i++
	}
	return i < len(w) && i >= 2 && takeVerbs[w[i]]
}
