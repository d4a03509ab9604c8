package knowledge

import "slices"

// "How do I set up a nightly backup of the shared drive?" asks how to do
// a task: "how" and a modal, the asker as subject, a verb and its object.
// Asked with no role, leader or person named, the object is a thing to
// handle, as "what licences do I need" asks for one: declined by the
// thing rule. Verbs of judging, choosing, hiring or running ("how do I
// know", "how do we find", "how should we manage") ask about the
// company's decisions, which a role may answer, and are left alone; so
// are objects a leader shapes ("our IT strategy", "a roadmap").

// howToHead finds "how do/can/should I/we <verb> [up] <object>" and
// returns the object's head, its last word before a preposition.
func howToHead(toks []string) (string, bool) {
	for i, w := range toks {
		if w != "how" || i+3 >= len(toks) || !howModals[toks[i+1]] || !howSubjects[toks[i+2]] {
			continue
		}
		v := i + 3
		if decideVerbs[toks[v]] {
			return "", false
		}
		j := v + 1
		if j < len(toks) && particles[toks[j]] {
			j++
		}
		if j < len(toks) && thingOpeners[toks[j]] {
			j++
		}
		k := j
		for k < len(toks) && k-j < 3 && !objectEnds[toks[k]] {
			k++
		}
		if k == j || leaderWork[toks[k-1]] {
			return "", false
		}
		return toks[k-1], true
	}
	return "", false
}

var (
	howModals   = map[string]bool{"do": true, "can": true, "could": true, "should": true, "would": true, "shall": true}
	howSubjects = map[string]bool{"i": true, "we": true}
	particles   = map[string]bool{"up": true, "back": true, "out": true, "off": true, "over": true, "in": true, "on": true}
	// leaderWork are objects a leader shapes rather than tasks to do:
	// "how can we improve our IT strategy", "how do we build a
	// technology roadmap".
	leaderWork = map[string]bool{
		"strategy": true, "strategies": true, "roadmap": true, "roadmaps": true, "vision": true,
		"governance": true, "architecture": true, "transformation": true, "plan": true, "plans": true,
		"direction": true, "priorities": true, "function": true, "department": true, "leadership": true,
	}
	// decideVerbs ask about a decision or the people who take it.
	decideVerbs = map[string]bool{
		"know": true, "tell": true, "decide": true, "find": true, "choose": true, "pick": true,
		"hire": true, "recruit": true, "get": true, "convince": true, "persuade": true, "pay": true,
		"afford": true, "budget": true, "justify": true, "explain": true, "plan": true, "start": true,
		"begin": true, "go": true, "become": true, "grow": true, "make": true, "work": true,
		"deal": true, "handle": true, "manage": true, "structure": true, "organise": true,
		"organize": true, "lead": true, "run": true, "measure": true, "compare": true,
		"evaluate": true, "assess": true, "judge": true, "bring": true, "approach": true,
		"prepare": true, "think": true, "be": true, "balance": true, "split": true, "share": true,
	}
)

// namesLeader reports terms naming a role, a tech leader, both roles or
// a contact.
func namesLeader(terms []term) bool {
	for _, t := range terms {
		switch t.text {
		case conceptCIO, conceptCTO, conceptLeader, conceptBoth, conceptContact, conceptLesser:
			return true
		}
	}
	return false
}

// leaderOnlyAway reports a message whose leader or lesser IT title is
// named only in sentences telling the holder away ("The IT manager is off
// sick. How do I reset the router?"): a person, absent, not a role asked
// about; the question names none.
func (b *Base) leaderOnlyAway(q query) bool {
	if !slices.ContainsFunc(q.sentences, tellsAbsence) {
		// Most messages: no absence, nothing to analyse again.
		return false
	}
	if namesLeader(b.an.analyzeTokens(q.qtoks, true)) {
		return false
	}
	for _, toks := range q.sentences {
		if namesLeader(b.an.analyzeTokens(toks, true)) && !tellsAbsence(toks) {
			return false
		}
	}
	return true
}

// tellsAbsence reports a sentence telling someone away: "off sick", "on
// leave", "away this week".
func tellsAbsence(toks []string) bool {
	for i, w := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		switch {
		case w == "away" || w == "sick" || w == "ill" || w == "unavailable" || w == "unreachable":
			return true
		case w == "on" && awayOn[next], w == "off" && awayOff[next]:
			return true
		}
	}
	return false
}
