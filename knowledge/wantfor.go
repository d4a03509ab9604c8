package knowledge

// "Is automating our quote process something we'd want a CTO for?" asks
// whether the task told calls for the role: the company's need. The task
// is the matter, so its own words ("quote", "pricing", "invoices") do not
// make the question one of price.

// wantsRoleFor reports a copular question ("is ...", "would ... be") with
// a noun of matter ("something", "a job", "the kind of thing") that ends
// on one role wanted for it: "... something we'd need a CIO for", "... a
// job you'd hire a CTO for". "something we'd pay a lot for" names no role
// at the end and stays a price.
func wantsRoleFor(c []string) bool {
	i := 0
	for i < len(c) && leadFillers[c[i]] {
		i++
	}
	if i >= len(c) || !(copulas[c[i]] || c[i] == "would" || c[i] == "isnt") {
		return false
	}
	end := len(c)
	for end > i && trailers[c[end-1]] {
		end--
	}
	if end-i < 5 || c[end-1] != "for" || !roleTokens[c[end-2]] || !determiners[c[end-3]] {
		return false
	}
	if !wantVerbs[c[end-4]] {
		return false
	}
	for _, w := range c[i+1 : end-3] {
		if roleTokens[w] || notPointing[w] {
			return false
		}
		if matterNouns[w] {
			return true
		}
	}
	return false
}

var (
	// trailers may follow the question's last word: "... a CTO for, or
	// not?", "... a CIO for really".
	trailers = map[string]bool{"or": true, "not": true, "really": true, "then": true, "though": true, "at": true, "all": true}
	// wantVerbs want a role for the task: "want a CTO for", "bring in a
	// CIO for".
	wantVerbs = map[string]bool{
		"want": true, "need": true, "hire": true, "get": true, "use": true, "in": true, "on": true,
		"employ": true, "recruit": true, "require": true,
	}
	// matterNouns name the task as a thing to give a role.
	matterNouns = map[string]bool{
		"something": true, "thing": true, "job": true, "task": true, "project": true, "kind": true,
		"sort": true, "type": true, "area": true, "piece": true,
	}
)
