package conversation

import (
	"regexp"
	"strings"
)

// A size answer that gives its count first and then disowns a group
// ("Seven. The computer man who comes on Thursdays is not ours"; "about
// 40, the day labourers in summer are not on the books"): the denial is
// of the group told after, not of the count before it, so the count is
// read alone.

// ownCountLeads split a short opening sentence, or failing that an
// opening clause, from what follows it.
var ownCountLeads = []*regexp.Regexp{
	regexp.MustCompile(`^\s*([^.;!?]+?)\s*[.;!?]\s+(\S.*)$`),
	regexp.MustCompile(`^\s*([^.;!?,]+?)\s*,\s+(\S.*)$`),
}

// disownTargets are the firm's words a denial names: "not ours",
// "aren't our staff", "not on the books".
var disownTargets = wordSet("ours", "our", "books", "payroll", "employees", "staff")

// disownPlain name no group of their own: "they are not ours".
var disownPlain = wordSet("they", "theyre", "those", "these", "them", "he", "she", "it", "its", "hes", "shes",
	"are", "is", "were", "was", "but", "and", "so", "though", "all", "of", "the")

// disownDenials deny that a group is the firm's.
var disownDenials = wordSet("not", "arent", "isnt", "never", "werent")

// countBeforeDisowned is the opening count of text when the rest
// disowns a group, or text whole.
func countBeforeDisowned(text string) string {
	for _, re := range ownCountLeads {
		m := re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		lead, _ := tokenize(m[1])
		if len(lead) == 0 || len(lead) > 8 || !hasCount(lead) {
			continue
		}
		if rest, _ := tokenize(m[2]); restDisownsGroup(rest) || restCallsVendor(rest) {
			return strings.TrimSpace(m[1])
		}
	}
	return text
}

// hasCount reports a number in w that is no year.
func hasCount(w []string) bool {
	for _, t := range w {
		if _, ok := count(t); ok && !isYear(t) {
			return true
		}
	}
	return false
}

// restDisownsGroup reports a denial followed within three words by the
// firm's word ("not ours", "aren't our staff", "not on the books"), of
// a group the rest names: not "they are not ours" alone, which may deny
// the count before.
func restDisownsGroup(w []string) bool {
	named := 0
	for i, t := range w {
		if !disownDenials[t] {
			if !disownPlain[t] {
				named++
			}
			continue
		}
		if named < 2 {
			return false
		}
		for j := i + 1; j < min(len(w), i+4); j++ {
			if disownTargets[w[j]] {
				return true
			}
		}
	}
	return false
}

// outsideFirmNouns name another firm the owner buys from: "they're a
// vendor", "is outsourced", "that's a supplier".
var outsideFirmNouns = wordSet("vendor", "vendors", "supplier", "suppliers", "agency", "contractor", "contractors",
	"subcontractor", "subcontractors", "outsourced", "external", "3pl", "freelancers", "freelance")

// vendorCopulas say what a group is: "they're a vendor", "is an agency".
var vendorCopulas = wordSet("is", "are", "was", "were", "theyre", "thats", "its")

// vendorFillers stand between the copula and the noun: "is an agency",
// "are all external".
var vendorFillers = wordSet("a", "an", "the", "all", "just", "really", "actually", "only", "fully")

// restCallsVendor reports a rest that counts a group and calls it
// another firm ("Dev team is an agency in Kraków, 20 people, but
// they're a vendor"): its people are no staff. Not the firm calling
// itself one ("We're a design agency"): "we're" reads "were" and opens
// the rest.
func restCallsVendor(w []string) bool {
	if !hasCount(w) {
		return false
	}
	for j, t := range w {
		if !vendorCopulas[t] || j == 0 && t == "were" || j > 0 && (w[j-1] == "we" || w[j-1] == "i") {
			continue
		}
		k := j + 1
		for k < len(w) && vendorFillers[w[k]] {
			k++
		}
		if k < len(w) && outsideFirmNouns[w[k]] {
			return true
		}
	}
	return false
}

// unpaidWords before a group's noun make it no staff: "60 volunteer
// coaches", "80 unpaid stewards".
var unpaidWords = wordSet("volunteer", "voluntary", "unpaid")

// unpaidGroup reports a number whose group, in the two words after it,
// is called unpaid: "our 60 volunteer coaches".
func unpaidGroup(w []string, i int) bool {
	return hasAny(w[i+1:min(len(w), i+3)], unpaidWords)
}

// makerVerbs before "by" and a number make its group the makers of what
// the firm sells, not its staff: "felt made by 250 women artisans".
var makerVerbs = wordSet("made", "produced", "woven", "sewn", "knitted", "grown", "crafted", "handmade", "carved",
	"painted", "supplied", "picked", "harvested", "caught", "stitched")

// makersCount reports a number after a maker verb and "by": "made by
// about 250 artisans".
func makersCount(w []string, i int) bool {
	j := i - 1
	for j >= 0 && approximators[w[j]] {
		j--
	}
	return j >= 1 && w[j] == "by" && makerVerbs[w[j-1]]
}
