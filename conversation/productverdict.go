package conversation

import "slices"

// productSignals are what productsFromBusiness saw in an answer about
// products: technology named or denied, building, selling or using it,
// plans, a trade.
type productSignals struct {
	tech, future, consume, dev, devNegated, own, techNegated, trade, sells, studied, built bool
	// planDenied is a plan said not to be: "we're not planning apps".
	planDenied bool
	// engineered is an engineered thing made or sold, or engineers.
	engineered bool
}

// productsVerdict weighs the signals into an option ("" when unsure).
func productsVerdict(w []string, p productSignals) string {
	p.built = p.dev
	p.dev = p.dev || p.sells && !p.devNegated
	switch {
	case p.planDenied && !p.future:
		return "no" // "we're not planning any apps", "no plans for an app"
	case p.tech && p.future, p.future && hasAny(w, nothingWords) && slices.Contains(w, "yet") && hasAny(w, builtWords):
		// "thinking about it, nothing built yet".
		return "planned"
	case p.tech && p.devNegated && !p.dev:
		return "no" // "we resell software, we don't build our own"
	case ownDenied(w) && !p.built:
		return "no" // "not our own, we use the booking platforms"
	case p.tech && p.consume && !p.own && !p.dev:
		return "no"
	case p.tech:
		return "core"
	case p.engineered && !p.devNegated && !p.techNegated && !p.consume && !p.planDenied:
		return "" // "we sell the climate system to other farms": ask
	case p.trade && !p.dev && p.studied && !p.devNegated && !p.techNegated:
		// "we make cloth. we're looking at a QR label for buyers": the
		// trade, and a thing studied that may or may not be technology.
		return ""
	case p.devNegated || p.techNegated || p.trade && !p.dev:
		return "no"
	case p.future:
		return ""
	case p.dev:
		// "we're building one": core; "we build extensions": a trade.
		if businessStatement(w) == "no" {
			return "no"
		}
		return "core"
	}
	return businessStatement(w)
}
