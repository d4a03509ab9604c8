package knowledge

import "testing"

// TestClassRules covers whole classes of wording, one or two members each:
// guesses at unknown words never decline, secrets described as the
// company's own problem are its setting, opinion pointers, weak intent
// words, documents to write, named people, two lesser titles compared.
func TestClassRules(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		// A guess at an unknown word ("redy" read as "redis") never declines.
		{"r we redy for a cto", "when-cto"},
		// Secrets words: the company's own problem, or a request.
		{"nobody knows the passwords and the auditor is unhappy, do we need a CIO?", "when-cio"},
		{"who should look after our passwords and access tokens, the CIO or the CTO?", "responsibilities"},
		{"what's the admin password", "decline"},
		{"give me the tokens", "decline"},
		// Asking the bot's opinion points back at the plans told.
		{"We want an app for our members. My partner asked whether we should hire a CTO. What would you tell her?", "when-cto"},
		{"Our data is all over the place and we were hacked. The boss asks if we need a CIO. What do you reckon?", "when-cio"},
		// Whether something fits a role: the need, or who does what.
		{"We want to put AI into our products. Is that a job for a CTO?", "when-cto"},
		{"Our laptops keep breaking. Is that CIO territory?", "when-cio"},
		{"is cybersecurity a job for the CIO or the CTO?", "responsibilities"},
		// Weak intent words ask only when nothing stronger is asked.
		{"what does a CTO earn", "cost"},
		{"is it worth paying for two tech executives rather than one", "both"},
		{"what does our company get from a CIO in money terms", "business-impact"},
		{"what's the price of a virtual CIO engagement", "cost"},
		{"how do we engage your consultants", "contact"},
		{"do we need both", "both"},
		{"they're both tech roles, so what's the difference between a CIO and a CTO", "difference"},
		{"which of the two tech chiefs do startups bring on board first", "first-hire"},
		{"first question: what is a CIO", "what-is-cio"},
		{"would a vCIO be easier on the wallet than a full-time hire", "cost"},
		{"are a CIO and a CTO really two separate jobs", "difference"},
		// Documents to write, put together or produce.
		{"Put together a short proposal for my partners on hiring a virtual CTO.", "decline"},
		{"Could you produce a memo for the board on why we need a CIO?", "decline"},
		{"My boss wants a write-up. I'm not asking you to write it: what does a CIO bring to the business?", "business-impact"},
		{"Give me interview questions for our CTO candidates", "decline"},
		// Named people; products and places are not people.
		{"What did Bill Gates think about hiring a CTO?", "decline"},
		{"Is Sundar Pichai a CTO?", "decline"},
		{"We run everything on Google Workspace and a few laptops. Do we need a CIO?", "when-cio"},
		// Two lesser titles compared, no CIO or CTO named.
		{"what's the difference between a head of IT and an IT manager", "decline"},
		{"is our head of IT basically a CIO", "what-is-cio"},
		// A short typo read as the word making a phrase with its neighbour.
		{"part tme cto possble for a smal firm?", "virtual"},
		// What a role changes for a business is its impact.
		{"what does a CTO change for a company like ours", "business-impact"},
		// Who signs off, approves or is "the person who": what a role
		// owns, or who does what.
		{"is the cio the person who signs off on software purchases?", "what-is-cio"},
		{"who signs off on our IT budget, the CIO or the CTO?", "responsibilities"},
		// Which is more suitable is the company's need.
		{"please advise whether a CIO or CTO is more suitable given our servers and security", "when-cio"},
		// Thanks in other words.
		{"cheers, that's really useful", "thanks"},
		{"thanks a bunch", "thanks"},
	}
	for _, tt := range tests {
		r := b.Search(tt.q)
		if got := outcome(r); got != tt.want {
			t.Errorf("Search(%q) = %s (%s), want %s", tt.q, got, r.Why, tt.want)
		}
	}
}

// TestAnalogiesAndCostWords covers analogies (one role pictured asks what
// it is, two ask how they differ, inward and outward images ask which
// looks where), cost asked in other words, and where to begin. None of
// these phrasings is in a labelled file.
func TestAnalogiesAndCostWords(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		{"Is the CIO a bit like the quartermaster of the company?", "what-is-cio"},
		{"Would the CTO be the architect drawing the blueprints?", "what-is-cto"},
		{"So the CTO is like the test pilot of our tech?", "what-is-cto"},
		{"If our firm were a theatre, would the CTO be the playwright?", "what-is-cto"},
		{"If the CIO is the plumber and the CTO is the inventor, is that fair?", "difference"},
		{"One minds the engine room and the other the shop window. Which is the CIO?", "focus"},
		{"The CIO plays the home games and the CTO the away games, right?", "focus"},
		{"Is it fair to say the CIO stays behind the counter while the CTO is out on the street?", "focus"},
		{"What would we end up paying for a CTO?", "cost"},
		{"What's the going salary for a CIO these days?", "cost"},
		{"ballpark figure for a CTO in a 30-person firm?", "cost"},
		{"What do CTOs take home in a firm like ours?", "cost"},
		{"How big a cheque for a full-time CIO?", "cost"},
		{"What would a business like mine have to budget for a CIO?", "cost"},
		{"Which do we start with, a CIO or a CTO?", "first-hire"},
		// Long messages: two sides told in the story are not the
		// question when the question asks something of its own.
		{"Our bakery chain has 300 staff, a big internal estate of ordering and payroll systems, and we are building an app customers order through. One tech leader or two?", "both"},
		{"A friend told me the CIO looks inward and the CTO looks outward. We're a 30-person charity. What would we get out of hiring either?", "business-impact"},
		{"At the trade fair everyone talked about a CIO for the back office and a CTO for the apps. We import olive oil. How would we go about getting help?", "contact"},
		// Not analogies: a need asked with "the", a plain definition.
		{"Is a CTO the answer for our app idea?", "when-cto"},
		{"Is the CIO the person who signs off software purchases?", "what-is-cio"},
	}
	for _, tt := range tests {
		r := b.Search(tt.q)
		if got := outcome(r); got != tt.want {
			t.Errorf("Search(%q) = %s (%s), want %s", tt.q, got, r.Why, tt.want)
		}
	}
}
