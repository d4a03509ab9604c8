package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Product and vendor picks, declined whoever makes them: the bot advises
// on the two roles, not on what to buy.

// picksProduct reports a question that picks a product or a vendor ("which
// cloud provider should our CTO choose", "what's the best tool for a
// CIO"), whoever it names; "what tools does a CTO own" asks about the role.
func picksProduct(toks []string) bool {
	i := headIndex(toks)
	if i >= len(toks) || (toks[i] != "which" && toks[i] != "what" && toks[i] != "whats") {
		return false
	}
	if !hasAny(toks, pickWords) {
		return false
	}
	// The product follows the question word, with nothing between but its
	// qualifiers: "which is better for a software company, a CIO or a
	// CTO?" picks a role.
	for _, t := range toks[i+1 : min(len(toks), i+6)] {
		if productNouns[t] != nil {
			return true
		}
		if !qualifiers[t] {
			return false
		}
	}
	return false
}

// picksBetween reports a choice between two things that are not roles
// ("should our CTO pick AWS or Azure", "my CIO must choose between
// Shopify and WooCommerce"): a product pick, whoever makes it. A choice
// naming a role or a way to hire ("go with a fractional CIO or a
// full-time one") is ours.
func picksBetween(toks []string) bool {
	for i := range toks {
		n := 0
		for _, p := range choiceVerbs[toks[i]] {
			if len(p) <= len(toks)-i && equalTokens(toks[i:i+len(p)], p) {
				n = max(n, len(p))
			}
		}
		if n == 0 {
			continue
		}
		span := toks[i+n : min(len(toks), i+n+8)]
		if len(span) == 0 || !(span[0] == "between" || slices.Contains(span, "or")) {
			continue
		}
		if !slices.ContainsFunc(span, func(t string) bool { return roleChoice[t] }) {
			return true
		}
	}
	return false
}

var choiceVerbs = phrases("choose", "pick", "select", "go with", "opt for", "decide between", "use")

// roleChoice are the words of a choice between roles, people or ways to
// hire, which the bot answers.
var roleChoice = map[string]bool{
	"cio": true, "cto": true, "cios": true, "ctos": true, "vcio": true, "vcto": true, "chief": true,
	"officer": true, "officers": true, "leader": true, "leaders": true, "exec": true, "execs": true,
	"executive": true, "executives": true, "director": true, "manager": true, "head": true, "person": true,
	"people": true, "someone": true, "hire": true, "hiring": true, "role": true, "roles": true,
	"position": true, "fractional": true, "virtual": true, "interim": true, "both": true, "first": true,
	"consultant": true, "consultancy": true, "full": true, "part": true, "internal": true, "external": true,
	"inward": true, "outward": true, "freelancer": true, "contractor": true, "house": true,
	"outsource": true, "outsourced": true, "outsourcing": true, "them": true, "team": true,
}

var qualifiers = map[string]bool{
	"the": true, "a": true, "best": true, "good": true, "cloud": true, "project": true, "management": true,
	"accounting": true, "kind": true, "of": true, "type": true, "crm": true, "security": true, "new": true,
	"backup": true, "email": true, "erp": true, "hr": true, "payroll": true, "inventory": true, "booking": true,
	"managed": true, "service": true, "it": true, "password": true,
}

var (
	productNouns = phrases("provider", "providers", "vendor", "vendors", "tool", "tools", "software", "platform",
		"platforms", "laptop", "laptops", "crm", "erp", "cloud", "antivirus", "vpn", "firewall", "app", "apps",
		"package", "supplier", "brand", "programming language", "msp", "msps")
	pickWords = phrases("choose", "pick", "buy", "go with", "select", "recommend", "best", "better", "give",
		"get", "roll out", "install", "deploy", "provide")
)

// namedPair finds two names joined by "or" ("Shopify or WooCommerce",
// "Google Cloud or AWS", "iPhone or Android"): a capital letter after
// "or", mid-sentence, is a product's or a vendor's name. Roles, ways to
// hire and departments ("CIO or CTO", "IT or HR") are no names.
var namedPair = regexp.MustCompile(`\b([A-Za-z][\w.+-]*)\s+or\s+([A-Z][\w.+-]*)`)

// picksNamed reports a question setting two named products or vendors
// side by side, whoever it names: a pick, not a question about a role.
func picksNamed(question string) bool {
	if !nameAfterOr(question) {
		return false
	}
	for _, m := range namedPair.FindAllStringSubmatch(question, -1) {
		left, right := strings.ToLower(m[1]), strings.ToLower(m[2])
		if !hasUpper(m[1]) || notPicked(left) || notPicked(right) {
			continue
		}
		return true
	}
	return false
}

// nameAfterOr reports whether a capital letter follows some " or ": the
// cheap test before the pattern.
func nameAfterOr(s string) bool {
	for {
		i := strings.Index(s, " or ")
		if i < 0 || i+4 >= len(s) {
			return false
		}
		if c := s[i+4]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' && hasUpper(s[i+4:min(len(s), i+12)]) {
			return true
		}
		s = s[i+4:]
	}
}

// hasUpper reports whether s holds an upper-case letter ("iPhone",
// "WooCommerce", "AWS").
func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// notPicked are the words of a pair that is no product pick: roles, ways
// to hire, departments, and the capitalised words of a sentence's head.
func notPicked(w string) bool {
	return roleChoice[w] || notNames[w] || pairWords[w]
}

var pairWords = map[string]bool{
	"ceo": true, "cfo": true, "coo": true, "cmo": true, "cdo": true, "cpo": true, "ciso": true, "it": true,
	"hr": true, "ops": true, "finance": true, "now": true, "later": true, "yes": true, "no": true,
	"in-house": true, "inhouse": true, "full-time": true, "part-time": true, "not": true, "both": true,
	"neither": true, "one": true, "two": true, "mr": true, "mrs": true, "ms": true, "dr": true,
}
