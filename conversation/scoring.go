package conversation

// Scoring turns the answers into a recommendation. The points themselves
// sit on the options in assessment.go; this file holds the rules:
//
//  1. Add up CIO points (operations reliance 0–2, internal systems 0–2,
//     data management 0–2, cybersecurity 0–2: at most 8) and CTO points
//     (new products 0–3, innovation lead 0–2, competitors 0–2: at most 7).
//  2. A large (250+) or fast-scaling company adds scaleBonus to both
//     sides, once: "for larger businesses or those rapidly scaling, both
//     roles can be crucial".
//  3. A role is needed when its points reach needThreshold. Both needed:
//     both roles. Neither needed: the need is light, so the side with more
//     points (a tie: both) is recommended, always virtual.
//  4. Full-time or virtual: full-time when the budget question says yes,
//     or "maybe" for a company of more than 50 people; virtual otherwise
//     ("if you're an SME or startup, hiring a full-time CIO or CTO might
//     not be within your current budget").
const (
	needThreshold = 4
	scaleBonus    = 1
)

// tally is the sum of a set of answers.
type tally struct {
	CIO, CTO int
	Scale    bool
	Small    bool
	Budget   string
	// cioReasons, ctoReasons and scaleReasons explain the points.
	cioReasons, ctoReasons, scaleReasons []string
}

// score adds up answers (option values in question order; missing or
// unknown values count nothing).
func score(answers []string) tally {
	var t tally
	for i, v := range answers {
		if i >= len(questions) {
			break
		}
		o, ok := questions[i].optionByValue(v)
		if !ok {
			continue
		}
		t.CIO += o.CIO
		t.CTO += o.CTO
		t.Small = t.Small || o.Small
		if o.Budget != "" {
			t.Budget = o.Budget
		}
		switch {
		case o.Reason == "":
		case o.Scale:
			t.scaleReasons = append(t.scaleReasons, o.Reason)
		case o.CIO > 0:
			t.cioReasons = append(t.cioReasons, o.Reason)
		case o.CTO > 0:
			t.ctoReasons = append(t.ctoReasons, o.Reason)
		}
		if o.Scale && !t.Scale {
			t.Scale = true
			t.CIO += scaleBonus
			t.CTO += scaleBonus
		}
	}
	return t
}

// decide returns the recommendation for answers and the reasons for it.
func decide(answers []string) (RecommendationKind, []string) {
	t := score(answers)
	needCIO, needCTO := t.CIO >= needThreshold, t.CTO >= needThreshold
	light := !needCIO && !needCTO
	if light {
		needCIO, needCTO = t.CIO >= t.CTO, t.CTO >= t.CIO
	}
	fullTime := !light && (t.Budget == budgetYes || (t.Budget == budgetMaybe && !t.Small))

	var reasons []string
	if needCIO {
		for _, r := range t.cioReasons {
			reasons = append(reasons, "Points to a CIO: "+r)
		}
	}
	if needCTO {
		for _, r := range t.ctoReasons {
			reasons = append(reasons, "Points to a CTO: "+r)
		}
	}
	if needCIO && needCTO {
		for _, r := range t.scaleReasons {
			reasons = append(reasons, "Points to both: "+r)
		}
	}
	switch {
	case light:
		reasons = append(reasons, "Your technology needs are real but light for now, so a virtual role covers them without a full-time hire.")
	case fullTime:
		reasons = append(reasons, "You can fund a full-time executive.")
	case t.Budget == budgetMaybe:
		reasons = append(reasons, "A full-time executive would be tight for a company of your size; a virtual one brings the same expertise without the overhead.")
	default:
		reasons = append(reasons, "A full-time executive isn't in the budget now; a virtual one brings the same expertise without the overhead.")
	}

	var k RecommendationKind
	switch {
	case needCIO && needCTO && fullTime:
		k = RecommendBoth
	case needCIO && needCTO:
		k = RecommendVirtualBoth
	case needCIO && fullTime:
		k = RecommendCIO
	case needCIO:
		k = RecommendVirtualCIO
	case fullTime:
		k = RecommendCTO
	default:
		k = RecommendVirtualCTO
	}
	return k, reasons
}

// outcome is the fixed text and reading list of each recommendation.
type outcome struct {
	Title    string
	Summary  string
	Articles []string
}

var outcomes = map[RecommendationKind]outcome{
	RecommendCIO: {
		Title:    "A CIO",
		Summary:  "Your needs are inside the business: the systems, data and security your daily operations run on. A CIO manages that internal IT, keeps it efficient and secure, owns data management and cybersecurity, and aligns IT with your business strategy.",
		Articles: []string{"when-cio", "what-is-cio", "responsibilities"},
	},
	RecommendCTO: {
		Title:    "A CTO",
		Summary:  "Your growth depends on technology you build or adopt. A CTO sets your technology vision, leads the development of new products and services, and keeps you ahead of competitors.",
		Articles: []string{"when-cto", "what-is-cto", "responsibilities"},
	},
	RecommendBoth: {
		Title:    "Both a CIO and a CTO",
		Summary:  "You rely heavily on technology inside the business and you grow through technology. A CIO keeps operations efficient and secure while a CTO drives innovation outward: a balanced approach for a company of your scale.",
		Articles: []string{"both", "difference", "focus"},
	},
	RecommendVirtualCIO: {
		Title:    "A virtual CIO",
		Summary:  "You need someone to run your IT infrastructure efficiently and securely and to set a data-management and cybersecurity strategy, without the overhead of a full-time executive. A virtual CIO gives you that expertise.",
		Articles: []string{"virtual", "when-cio", "what-is-cio"},
	},
	RecommendVirtualCTO: {
		Title:    "A virtual CTO",
		Summary:  "You need technology leadership for growth (product development, new technology, staying ahead of competitors) without the overhead of a full-time executive. A virtual CTO gives you that expertise.",
		Articles: []string{"virtual", "when-cto", "what-is-cto"},
	},
	RecommendVirtualBoth: {
		Title:    "A virtual CIO and CTO",
		Summary:  "You need both an inward-facing leader for your systems, data and security and an outward-facing one for products and innovation, but not two full-time executives. Virtual CIO and CTO services cover both.",
		Articles: []string{"virtual", "both", "difference"},
	},
}
