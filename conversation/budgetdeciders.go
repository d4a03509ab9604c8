package conversation

// Who decides the money is no thing it is spent on: "a priority for the
// partners", "the budget for the board to approve" name the owners of the
// money, not a purchase other than the hire.

// moneyDeciders are the people who hold or approve a firm's money.
var moneyDeciders = wordSet("partners", "partner", "board", "owners", "owner", "directors", "director",
	"shareholders", "investors", "family", "founders", "boss", "management", "trustees", "council", "bank")

// forDeciders reports whether the words after "for" (rest, from its
// determiner) name the people who decide the money: "for the partners".
func forDeciders(rest []string) bool {
	return len(rest) > 1 && moneyDeciders[rest[1]]
}
