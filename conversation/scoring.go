package conversation

// Scoring turns the answers into a recommendation, weighed the way a
// consultant would read them. The points themselves sit on the options in
// assessment.go; this file holds the rules:
//
//  1. CIO points come from internal systems, data management and
//     cybersecurity (0–2 each: the "core" CIO signals of the source) plus
//     reliance on IT (0–2). Reliance alone never makes a CIO need: it says
//     how much the other three matter. In a small company (up to 50
//     people) whose business is a technology product, reliance on IT is
//     the product itself, which the CTO covers: it counts nothing there.
//     With systems that run well and neither data nor security at its
//     worst, the inward signs are mild: a light need at most; so are
//     middling ones in a company short of large size (up to 250 people)
//     whose business is a product.
//  2. CTO points come from new products (0, 1 or 3), innovation (0–2) and
//     competitors (0–2).
//  3. A large (250+) or fast-scaling company adds scaleBonus to each side
//     that already has points: "for larger businesses or those rapidly
//     scaling, both roles can be crucial". On the CTO side only with an
//     agenda of its own (a product, or leading with innovation): keeping
//     up with competitors while adopting selectively is a digital
//     programme a CIO leads, not a second executive.
//  4. A role is needed when its points reach needThreshold (for the CIO,
//     with at least needCore of them core; for the CTO, with a lead of
//     its own: a core product or innovation central to the plans: a
//     planned product, some innovation and competitors ahead add up to a
//     catching-up programme, not an executive of their own, unless a CIO
//     is needed and the CTO side weighs at least as much: then both;
//     beside a needed CIO, a planned product with innovation central to
//     the plans is an agenda of its own one point short: then both too,
//     "you want to lead with innovation and need someone to identify and
//     implement new technologies"; and so is a planned product with
//     competitors ahead or innovation central weighing fully, however
//     much heavier the CIO side: more trouble inside removes no
//     programme outside). Past 50 people, a CIO whose
//     systems, data and security are all at their worst has a full
//     agenda: an outward agenda (a product planned, or leading with
//     innovation) that reaches needThreshold is a second role's: both.
//     A company past SME size (51+) whose business is a technology
//     product needs a CTO on that answer alone. Both needed: both roles.
//  5. Neither needed: a light need is covered by one virtual role, on the
//     side with a real signal (a CIO: lightThreshold points and something
//     concrete to fix: systems or data pain, or a serious security
//     concern, where the business relies on IT more than a little or
//     something is at its worst; a CTO: lightThreshold points including a product, a wish
//     to lead with innovation or competitors ahead, and more than
//     competitors alone: competitors ahead from an owner who makes no
//     product and puts innovation aside is no agenda for a CTO to lead);
//     with both, the
//     stronger side (the CIO on a tie). No real signal: no technology
//     executive yet, said plainly, with when that changes and the
//     light-touch virtual CIO option.
//  6. Full-time or virtual: full-time only when the budget question says
//     yes, or "tight" for a company past SME size (250+); otherwise
//     virtual ("if you're an SME or startup, hiring a full-time CIO or CTO
//     might not be within your current budget"). Two full-time executives
//     in a company of ten people or fewer are out of proportion whatever
//     the budget: both roles there are virtual.
const (
	needThreshold  = 4
	needCore       = 2
	lightThreshold = 2
	scaleBonus     = 1
)

// tally is the sum of a set of answers.
type tally struct {
	CIO, CTO int
	// Core is the CIO points of systems, data and security.
	Core int
	// Pain is true when systems or data have some pain, or security is a
	// serious concern: something concrete for a light-touch CIO to fix.
	Pain bool
	// Worst counts the systems, data and security answers at their
	// worst; SystemsFine is true when the systems run well.
	Worst       int
	SystemsFine bool
	// RealCTO is true when some answer gives the CTO side 2 points or more.
	RealCTO bool
	Scale   bool
	Small   bool
	Large   bool
	Product bool // technology products are core to the business
	Planned bool // a technology product is planned
	// Agenda is true when the CTO side has an agenda of its own: a
	// product (core or planned) or the wish to lead with innovation, not
	// only competitors to keep up with.
	Agenda bool
	// Lead is true when the CTO side has a lead of its own: a core
	// product or innovation central to the plans.
	Lead bool
	// CTOSignals counts the CTO questions with points.
	CTOSignals int
	Tiny       bool // 1–10 people
	// LittleIT is true when daily operations rely on IT only a little.
	LittleIT bool
	Budget   string
	// cioReasons, ctoReasons and scaleReasons explain the points; calm
	// are the answers that point nowhere.
	cioReasons, ctoReasons, scaleReasons, calm []string
}

// score adds up answers (option values in question order; missing or
// unknown values count nothing).
func score(answers []string) tally {
	var t tally
	var ops option
	for i, v := range answers {
		if i >= len(questions) {
			break
		}
		o, ok := questions[i].optionByValue(v)
		if !ok {
			continue
		}
		switch questions[i].ID {
		case qOps:
			ops = o
			continue // counted below, once the company is known
		case qSystems, qData:
			t.addCore(o)
			t.Pain = t.Pain || o.CIO > 0
			t.SystemsFine = t.SystemsFine || questions[i].ID == qSystems && o.CIO == 0
		case qSecurity:
			t.addCore(o)
			t.Pain = t.Pain || o.CIO >= 2
		case qProducts:
			t.Product = o.CTO >= 3
			t.Planned = o.CTO > 0 && !t.Product
			t.Lead = t.Lead || t.Product
			t.Agenda = t.Agenda || o.CTO > 0
		case qInnovation:
			t.Agenda = t.Agenda || o.CTO >= 2
			t.Lead = t.Lead || o.CTO >= 2
		}
		if o.CTO > 0 {
			t.CTOSignals++
		}
		t.CIO += o.CIO
		t.CTO += o.CTO
		t.RealCTO = t.RealCTO || o.CTO >= 2
		t.Small = t.Small || o.Small
		t.Large = t.Large || o.Value == "l" && questions[i].ID == qSize
		t.Tiny = t.Tiny || o.Value == "xs" && questions[i].ID == qSize
		t.Scale = t.Scale || o.Scale
		if o.Budget != "" {
			t.Budget = o.Budget
		}
		t.explain(o)
	}
	t.LittleIT = ops.Value == "low" && !(t.Small && t.Product) // a product firm's reliance is its product
	if !(t.Small && t.Product) {
		t.CIO += ops.CIO
		t.explain(ops)
	}
	if t.Scale {
		if t.CIO > 0 {
			t.CIO += scaleBonus
		}
		if t.CTO > 0 && t.Agenda {
			t.CTO += scaleBonus
		}
	}
	return t
}

// addCore counts a systems, data or security answer (2 points: at its
// worst).
func (t *tally) addCore(o option) {
	t.Core += o.CIO
	if o.CIO >= 2 {
		t.Worst++
	}
}

func (t *tally) explain(o option) {
	switch {
	case o.Reason == "":
	case o.Scale:
		t.scaleReasons = append(t.scaleReasons, o.Reason)
	case o.CIO > 0:
		t.cioReasons = append(t.cioReasons, o.Reason)
	case o.CTO > 0:
		t.ctoReasons = append(t.ctoReasons, o.Reason)
	default:
		t.calm = append(t.calm, o.Reason)
	}
}

// needs says which roles the tally calls for and how.
type needs struct {
	CIO, CTO bool
	Light    bool // the need is light: virtual, whatever the budget
	FullTime bool
}

func (t tally) needs() needs {
	n := needs{
		CIO: t.CIO >= needThreshold && t.Core >= needCore && !t.mildInside() && !t.productFirst(),
		CTO: t.CTO >= needThreshold && t.Lead || t.Product && !t.Small,
	}
	// Past 50 people, with systems, data and security all at their
	// worst, the CIO's agenda is full: an outward agenda weighing a need
	// of its own is a second role's to lead ("for larger businesses ...
	// both roles can be crucial"), not a programme the CIO adds on.
	n.CTO = n.CTO || n.CIO && !t.Small && t.Worst == 3 && t.Agenda && t.CTO >= needThreshold
	// A planned product and innovation central to the plans, beside a
	// CIO need: the CTO has an agenda of its own to lead.
	n.CTO = n.CTO || n.CIO && t.Planned && t.CTO >= needThreshold-1 && t.Lead
	// A catching-up programme (a planned product, competitors ahead) is
	// the CIO's to lead only when the CIO side weighs more: as strong as
	// the CIO's, it is a need of its own, and both are needed.
	n.CTO = n.CTO || n.CIO && t.CTO >= needThreshold && t.Agenda && t.CTO+1 >= t.CIO
	// A product planned while a rival or the wish to lead weighs fully
	// (2 points) is a programme of its own, however full the CIO's
	// agenda: a CIO catching up the basics does not also build the
	// product that answers the competition.
	n.CTO = n.CTO || n.CIO && t.Planned && t.RealCTO && t.CTO >= needThreshold
	if !n.CIO && !n.CTO {
		n.Light = true
		// Middling trouble in a business that barely runs on IT is no
		// need yet: reliance weighs the problems.
		lightCIO := t.CIO >= lightThreshold && t.Pain && !(t.LittleIT && t.Worst == 0)
		lightCTO := t.CTO >= lightThreshold && t.RealCTO && (t.Agenda || t.CTOSignals > 1)
		switch {
		case lightCIO && lightCTO:
			// One light-touch role, not two: the stronger side, the CIO
			// on a tie (the basics first).
			n.CIO, n.CTO = t.CIO >= t.CTO, t.CTO > t.CIO
		default:
			n.CIO, n.CTO = lightCIO, lightCTO
		}
	}
	n.FullTime = !n.Light && (t.Budget == budgetYes || t.Budget == budgetMaybe && t.Large) &&
		!(t.Tiny && n.CIO && n.CTO)
	return n
}

// mildInside is true when the systems run well and neither data nor
// security is at its worst: nothing inward for a CIO to lead as an
// executive, however much the business relies on IT (reliance weighs the
// problems, it adds none). The mild signs stay a light need.
func (t tally) mildInside() bool {
	return t.SystemsFine && t.Worst == 0
}

// productFirst is true for a company short of large size (up to 250
// people) whose business is a technology product and none of whose
// systems, data or security is at its worst: the CTO building the
// product leads its technology, and the middling inward signs of a
// growing product firm are no second executive's agenda.
func (t tally) productFirst() bool {
	return !t.Large && t.Product && t.Worst == 0
}

// decide returns the recommendation for answers and the reasons for it.
func decide(answers []string) (RecommendationKind, []string) {
	t := score(answers)
	k := t.kind()
	return k, t.reasons(k)
}

func (t tally) kind() RecommendationKind {
	n := t.needs()
	switch {
	case !n.CIO && !n.CTO:
		return RecommendNone
	case n.CIO && n.CTO && n.FullTime:
		return RecommendBoth
	case n.CIO && n.CTO:
		return RecommendVirtualBoth
	case n.CIO && n.FullTime:
		return RecommendCIO
	case n.CIO:
		return RecommendVirtualCIO
	case n.FullTime:
		return RecommendCTO
	default:
		return RecommendVirtualCTO
	}
}

// reasons explain recommendation k from the answers given: each cites an
// answer, never a need the answers do not show.
func (t tally) reasons(k RecommendationKind) []string {
	var cio, cto, full bool
	switch k {
	case RecommendNone:
		out := []string{"Nothing you told me calls for a technology executive now."}
		out = append(out, t.calm...)
		for _, r := range append(t.cioReasons, t.ctoReasons...) {
			out = append(out, "A light sign, not enough for an executive: "+r)
		}
		return out
	case RecommendCIO:
		cio, full = true, true
	case RecommendCTO:
		cto, full = true, true
	case RecommendBoth:
		cio, cto, full = true, true, true
	case RecommendVirtualCIO:
		cio = true
	case RecommendVirtualCTO:
		cto = true
	case RecommendVirtualBoth:
		cio, cto = true, true
	}
	var out []string
	if cio {
		for _, r := range t.cioReasons {
			out = append(out, "Points to a CIO: "+r)
		}
	}
	if cto {
		for _, r := range t.ctoReasons {
			out = append(out, "Points to a CTO: "+r)
		}
	}
	if cio && cto {
		for _, r := range t.scaleReasons {
			out = append(out, "Points to both: "+r)
		}
	}
	switch {
	case full && t.Budget == budgetYes:
		out = append(out, "You can fund a full-time executive.")
	case full:
		out = append(out, "A full-time executive would be tight, but at your size the role is usually worth a full-time hire.")
	case t.needs().Light:
		out = append(out, "Your needs are real but light for now, so a virtual role covers them without a full-time hire.")
	case cio && cto && t.Tiny && t.Budget == budgetYes:
		out = append(out, "Two full-time executives are out of proportion for a team of your size; virtual ones bring the same expertise without the overhead.")
	case t.Budget == budgetMaybe:
		out = append(out, "You said a full-time executive would be tight; for an SME a virtual one brings the same expertise without the overhead.")
	default:
		out = append(out, "A full-time executive isn't in the budget now; a virtual one brings the same expertise without the overhead.")
	}
	return out
}

// outcome is the fixed text and reading list of each recommendation. The
// summaries say what the role does, not what the user said: the reasons
// cite the answers.
type outcome struct {
	Title    string
	Summary  string
	Articles []string
}

var outcomes = map[RecommendationKind]outcome{
	RecommendCIO: {
		Title:    "A CIO",
		Summary:  "Your answers point inside the business: the systems, data and security your daily operations run on. A CIO manages that internal IT, keeps it efficient and secure, owns data management and cybersecurity, and aligns IT with your business strategy.",
		Articles: []string{"when-cio", "what-is-cio", "responsibilities"},
	},
	RecommendCTO: {
		Title:    "A CTO",
		Summary:  "Your answers point to growth through technology. A CTO sets the technology vision, leads the development of new products and services, evaluates emerging technologies and keeps you ahead of competitors.",
		Articles: []string{"when-cto", "what-is-cto", "responsibilities"},
	},
	RecommendBoth: {
		Title:    "Both a CIO and a CTO",
		Summary:  "Your answers point both inside the business and outward. A CIO keeps the systems, data and security of your operations efficient and secure while a CTO drives innovation and new products: a balanced approach for a company of your scale.",
		Articles: []string{"both", "difference", "focus"},
	},
	RecommendVirtualCIO: {
		Title:    "A virtual CIO",
		Summary:  "A virtual CIO runs your IT infrastructure efficiently and securely and sets a data-management and cybersecurity strategy, with the expertise of an executive but without the overhead of a full-time one.",
		Articles: []string{"virtual", "when-cio", "what-is-cio"},
	},
	RecommendVirtualCTO: {
		Title:    "A virtual CTO",
		Summary:  "A virtual CTO gives you technology leadership for growth (product development, new technology, keeping pace with competitors) with the expertise of an executive but without the overhead of a full-time one.",
		Articles: []string{"virtual", "when-cto", "what-is-cto"},
	},
	RecommendVirtualBoth: {
		Title:    "A virtual CIO and CTO",
		Summary:  "Your answers point both inside the business and outward, but not to two full-time executives. Virtual CIO and CTO services cover the inward-facing side (systems, data, security) and the outward-facing one (products, innovation).",
		Articles: []string{"virtual", "both", "difference"},
	},
	RecommendNone: {
		Title:    "No technology executive yet",
		Summary:  "From your answers you don't need a CIO or a CTO yet, and hiring one now would cost more than it brings. That changes when your systems, data or security start holding you back (then a CIO), or when you start building technology products or see competitors pulling ahead with technology (then a CTO). Meanwhile, if you'd like a sounding board, a light-touch virtual CIO for a few hours a month can keep your IT tidy and secure.",
		Articles: []string{"virtual", "when-cio", "when-cto"},
	},
}
