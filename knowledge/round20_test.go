package knowledge

import "testing"

// TestRound20HolderAway holds wordings written for round 20 before the
// holder rule read a person in two more shapes: the title followed by
// an absence ("CIO's on holiday", "the CTO is off sick") and "the CIO
// who/that" followed by a verb in the past ("the CTO who installed it").
// The question, read without that person, is IT trouble: declined.
func TestRound20HolderAway(t *testing.T) { checkWordings(t, round20HolderAway) }

var round20HolderAway = []struct{ q, want string }{
	{"Our printer keeps jamming. The CTO who installed it has moved on. Who do I call?", "decline"},
	{"How do I get into the shared mailbox? The CIO that created it retired last month.", "decline"},
	{"The till system is down and the CTO's off sick today. Should I restart the router?", "decline"},
	{"CIO is away this week - how do I add a new user to Microsoft 365?", "decline"},
	{"CTO on paternity leave. Where do I find the password for the company Instagram?", "decline"},
	{"The door entry system stopped working and the CIO who chose it left in May. Can you recommend a locksmith?", "decline"},
	{"the cto is on holiday, how do i change the wifi password on the router", "decline"},
	{"Who can renew our domain name? The CTO that registered it quit.", "decline"},
}

// TestRound20HolderAwayInScope holds nearby in-scope questions written
// with the same rule, which it must leave alone: the person is away or
// gone and the question asks a need, a replacement or a part-time one.
func TestRound20HolderAwayInScope(t *testing.T) { checkWordings(t, round20HolderAwayInScope) }

var round20HolderAwayInScope = []struct{ q, want string }{
	{"The CIO who left was never replaced. Do we need a new one?", "when-cio"},
	{"Do we need a CIO who has worked in healthcare?", "when-cio"},
	{"Is a CTO who works part-time worth it for us?", "virtual"},
	{"What does a CTO do all day?", "what-is-cto"},
	{"Our CTO is off sick for months. Should we hire a fractional CTO meanwhile?", "virtual"},
}

// TestRound20Titles holds the roles' titles in the writers' languages,
// set beside the role ("CTO = tehnički direktor?"): what the role is.
func TestRound20Titles(t *testing.T) { checkWordings(t, round20Titles) }

var round20Titles = []struct{ q, want string }{
	{"tehnicki direktor = CTO?", "what-is-cto"},
	{"CIO = directeur informatique?", "what-is-cio"},
	{"is a tehnički direktor the same as a CTO?", "what-is-cto"},
	{"CIO = IT direktor?", "what-is-cio"},
	{"directeur technique = CTO ?", "what-is-cto"},
	{"gerente de informática = CIO?", "what-is-cio"},
}

// TestRound20WantRoleFor holds copular questions asking whether a task
// told calls for one role ("is automating our quotes something we'd need
// a CTO for?"): its need, whatever price words the task holds; and a
// role wanted "on top of" the other: having both.
func TestRound20WantRoleFor(t *testing.T) { checkWordings(t, round20WantRoleFor) }

var round20WantRoleFor = []struct{ q, want string }{
	{"Is automating our quotes something we'd need a CTO for?", "when-cto"},
	{"Would setting up online invoicing be something we'd want a CIO for?", "when-cio"},
	{"Is sorting out our supplier contracts and their fees the kind of thing you'd hire a CIO for?", "when-cio"},
	{"Is a CTO something we'd pay a lot for?", "cost"},
	{"What does a CTO cost on top of salary?", "cost"},
	{"We hired a CIO last year. Does it make sense to bring in a CTO on top of that?", "both"},
	{"Do firms usually have a CTO on top of a CIO?", "both"},
	{"We have a CIO already, would a CTO on top be overkill?", "both"},
}

// round20Left are fresh wordings the round's changes do not reach,
// reported, not held: a pricing tool read as both roles' matter; a
// foreign title told in a statement.
var round20Left = []struct{ q, want string }{
	{"Is building a pricing tool for our customers something we'd hire a CTO for?", "when-cto"},
	{"CTO is tehnički direktor in Bosnian, right?", "what-is-cto"},
}

func TestRound20Left(t *testing.T) { logLeft(t, round20Left) }
