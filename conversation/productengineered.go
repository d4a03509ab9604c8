package conversation

// An engineered or digital thing made or sold ("we design e-bike motor
// parts", "we sell the climate system to other farms", "we make video
// courses") or an engineering team beside the trade ("the R&D team is 40
// engineers") may be a technology product of the firm's own, though no word of software is said: the reading of
// a plain trade ("we design kitchens": no) is withheld and the owner is
// asked, rather than told they build no technology.

var (
	engineeredNouns = wordSet("system", "systems", "controller", "controllers", "motor", "motors", "engine",
		"engines", "machine", "machines", "machinery", "module", "modules", "component", "components",
		"instrument", "instruments", "robot", "electronic", "electric", "battery", "batteries", "circuit",
		"circuits", "chip", "chips", "laser", "lasers", "turbine", "turbines", "automation", "monitor",
		"monitoring", "tracker", "trackers", "gps", "radar", "satellite", "satellites", "equipment", "inverter",
		"inverters", "charger", "chargers", "drive", "drives", "optics", "photonics", "prototype", "prototypes",
		"diagnostic", "diagnostics", "scanner", "scanners", "camera", "cameras", "detector", "detectors")
	// digitalGoods are made or sold as files or streams: "we make video
	// courses", "we sell the PDFs online".
	digitalGoods = wordSet("videos", "video", "ebooks", "ebook", "pdfs", "pdf", "podcasts", "downloads",
		"templates", "plugins", "presets", "courses", "webinars", "elearning")
	engineeringWords = wordSet("engineers", "engineering", "research", "patent", "patents", "patented")
	// madeVerbs make a thing besides the development verbs; fitting,
	// repairing or installing others' make is a trade.
	madeVerbs = wordSet("manufacture", "manufactures", "manufacturing", "produce", "produces", "producing",
		"fabricate", "fabricates", "assemble", "assembles", "assembling", "engineer", "invent", "invented")
	// objectEnds close a verb's object: "sell the system to farms".
	objectEnds = wordSet("to", "for", "from", "with", "by", "at", "in", "into", "on", "and", "but")
)

// engineeredAnswer reports an engineered thing as the object of a making
// or selling verb not denied, or engineering words anywhere.
func engineeredAnswer(w []string, cut []bool) bool {
	if hasAny(w, engineeringWords) {
		return true
	}
	for i, t := range w {
		if !devVerbs[t] && !madeVerbs[t] || i > 0 && negation[w[i-1]] {
			continue
		}
		for j := i + 1; j < len(w) && !cut[j] && !objectEnds[w[j]]; j++ {
			if engineeredNouns[w[j]] || digitalGoods[w[j]] {
				return true
			}
		}
	}
	return false
}
