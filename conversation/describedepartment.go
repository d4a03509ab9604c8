package conversation

// departments name a part of a firm whose own headcount a description
// may give ("IT is two people", "our finance team is 4"): that count is
// not the firm's. "IT" reaches here as "tech" (readDescription); a
// lower-case "it" is the pronoun ("it is 5 of us").
var departments = wordSet("tech", "finance", "accounts", "accounting", "admin", "administration",
	"marketing", "sales", "hr", "engineering", "development", "dev", "support", "payroll", "procurement")

// departmentUnits may follow a department's name: "the IT department".
var departmentUnits = wordSet("team", "department", "dept", "side", "function", "office")

// departmentCount reports whether clause c tells, before its count at
// at, that a department is or has that many ("our finance team is 4
// people"): a department as the subject of "is", "are", "has" or "have".
// "a tech company of 12 people" names the firm, not a department.
func departmentCount(c []string, at int) bool {
	for j := 1; j < at; j++ {
		if !beOrHave[c[j]] {
			continue
		}
		k := j - 1
		if nowWords[c[k]] && k > 0 {
			k-- // "IT now is two people"
		}
		if departmentUnits[c[k]] && k > 0 {
			k--
		}
		if departments[c[k]] {
			return true
		}
	}
	return false
}

var beOrHave = wordSet("is", "are", "has", "have")
