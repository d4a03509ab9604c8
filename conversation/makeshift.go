package conversation

// One part told in order and, across a turn, another kept on makeshift
// means: "dispatch is fine, rostering is a spreadsheet only Sue
// understands", "orders are in the ERP, but the recipes live in a
// binder". The opening alone reads as no trouble and the makeshift part
// as the worst; owners mean the middle: one part wants work.

// makeshiftMeans keep a part going without a proper system.
var makeshiftMeans = wordSet("spreadsheet", "spreadsheets", "excel", "sheet", "sheets", "binder", "binders",
	"notebook", "notebooks", "paper", "whiteboard", "ledger", "manual", "manually", "logins", "passwords",
	"separate", "patchy", "slow", "cards", "folders", "word", "hand")

// dataTroubleMarks tell a part of the records out of order: "on their
// own phones", "we type them in", "often different".
var dataTroubleMarks = wordSet("own", "different", "differ", "pdf", "pdfs", "type", "retype", "retypes",
	"retyped", "photos", "duplicates", "duplicated", "mismatch", "mismatches", "rekey", "rekeyed")

// paperOnly keep a part with no system at all: records on paper are a
// data challenge, but "the rota is on paper" is no system to fix.
var paperOnly = wordSet("paper", "whiteboard", "notebook", "notebooks", "binder", "binders", "ledger", "cards",
	"folders")

// partSofteners lower a trouble to a part's: "a bit patchy".
var partSofteners = wordSet("bit", "little", "slightly", "somewhat")

// wholeRest make the makeshift part more than a part: "everything else
// is on paper".
var wholeRest = wordSet("everything", "rest", "most", "whole", "else", "other", "others")

// recordHomes are systems a part of the records is kept in: "orders are
// in the ERP".
var recordHomes = wordSet("crm", "erp", "system", "platform", "xero", "sage", "quickbooks", "software",
	"database", "app", "pos", "till", "tills", "portal", "cloud")

// onePlaceWords keep the makeshift part to one place, in order: "in one
// spreadsheet and that's all we need", "nothing else".
var onePlaceWords = wordSet("nothing", "none", "nowhere", "single", "enough")

// placedIn place records in a system: "orders are in the ERP".
var placedIn = wordSet("in", "on")

// fineThenMakeshift reports a part in order, then across a turn another
// part on makeshift means, nothing told as the worst.
func fineThenMakeshift(q *question, w []string, cut []bool) bool {
	t := -1
	for i := 1; i < len(w); i++ {
		if cut[i] || contrastWords[w[i]] || w[i] == "while" {
			t = i
			break
		}
	}
	if t < 2 {
		return false
	}
	head, tail := w[:t], w[t:]
	marked := hasAny(tail, makeshiftMeans) || q.ID == qData && hasAny(tail, dataTroubleMarks)
	if hasAny(head, negation) || hasAny(head, makeshiftMeans) || !marked {
		return false
	}
	// "in one spreadsheet and that's all we need" is one place, in order.
	if hasAny(tail, wholeRest) || hasAny(tail, onePlaceWords) || onePlaceNamed(tail) || hasAny(w, painWords) || hasAny(w, worstWords) {
		return false
	}
	// Two kinds of trouble are the worst option's own label ("slow and
	// anyone can log in"), unless softened to a part's.
	if k := troubleKinds(w, cut); k > 2 || k == 2 && !hasAny(tail, partSofteners) {
		return false
	}
	if q.ID == qSystems && (systemIncident(w) || !hasAnyExcept(tail, makeshiftMeans, paperOnly)) {
		return false
	}
	// A negation in the part is a denial ("isn't on paper any more"),
	// unless it is who can follow it ("nobody else understands").
	for i, x := range tail {
		if negation[x] && x != "nobody" && x != "nobodys" && !(i > 0 && tail[i-1] == "anybody") {
			return false
		}
	}
	if hasAny(head, fineWords) || hasAny(head, goodWords) {
		return true
	}
	// Records placed in a system are a part in order only across a turn:
	// "customer details in the till, a notebook and my head" is a list.
	return q.ID == qData && (contrastWords[w[t]] || w[t] == "while") && hasAny(head, recordHomes) && hasAny(head, placedIn)
}

// hasAnyExcept reports a word of set in w that is not in but.
func hasAnyExcept(w []string, set, but map[string]bool) bool {
	for _, t := range w {
		if set[t] && !but[t] {
			return true
		}
	}
	return false
}

// onePlaceNamed reports "one" before a place records are kept in: "in
// one spreadsheet", not "factory one".
func onePlaceNamed(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "one" && (makeshiftMeans[w[i+1]] || recordHomes[w[i+1]] || w[i+1] == "place") {
			return true
		}
	}
	return false
}
