package conversation

// officeBasics are the office basics a trade keeps beside its work by
// hand: "email and a spreadsheet for quotes".
var officeBasics = wordSet("email", "emails", "spreadsheet", "spreadsheets", "excel", "calendar")

// officeBasicsOnly reports an answer whose systems are office basics
// alone ("email and a spreadsheet for quotes", "a bit of Xero and the
// odd email"): beside the work done by hand it is little reliance, as a
// computer "only" for the office is. A system of the business's own
// anywhere in it ("the booking system", "the ERP") is not.
func officeBasicsOnly(w []string) bool {
	basic := false
	for i, t := range w {
		switch {
		case officeBasics[t] || (itPlaces[t] || itNouns[t]) && (i > 1 && w[i-2] == "bit" && w[i-1] == "of" || i > 0 && w[i-1] == "odd"):
			basic = true
		case itPlaces[t] || itNouns[t] || moreIT[t]:
			return false
		}
	}
	return basic
}
