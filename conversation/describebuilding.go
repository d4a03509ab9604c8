package conversation

// An app told as being built, after the description has begun on the
// business ("We make school uniforms ... I joined last year and we are
// building an app where parents order"): owners of a trade answer it as
// core or as planned alike, the app not yet launched, so it is asked.
// A description that opens on the build ("we're building a routing
// app, 16 people") is the product company itself.

var (
	// buildingNowVerbs are a build in progress: "we are building".
	buildingNowVerbs = wordSet("building", "developing", "creating", "coding")
	// buildingSettled make the build the business's own line: "our own
	// app", "the core of our plan", "our main product".
	buildingSettled = wordSet("own", "core", "main", "business", "product", "products", "centre", "center",
		"heart", "future", "plan", "company")
)

// buildTold reports clause ci of d, not the first, that tells an app in
// the making by its subject ("we are building", not a startup's terse
// "building a scheduling platform"), with nothing in it or the clause
// after it that settles it as the business's line.
func buildTold(q *question, d *description, ci int, v string) bool {
	if q.ID != qProducts || v != "core" || ci == 0 {
		return false
	}
	c := d.clauses[ci]
	if ci+1 < len(d.clauses) && hasAny(d.clauses[ci+1], buildingSettled) {
		return false // "..., which is now a main part of our plan"
	}
	for i := 1; i < len(c); i++ {
		if buildingNowVerbs[c[i]] && progressiveAux[c[i-1]] {
			return !hasAny(c, buildingSettled)
		}
	}
	return false
}

// progressiveAux make a build told by its subject: "we are building",
// "we're building", "I'm developing".
var progressiveAux = wordSet("are", "were", "im", "am", "is")
