package conversation

// The owners' own years in a trade ("the lads have 20 years in the trade
// between them", "I've 25 years in the industry") are no age of the
// firm: told beside a new firm, they would read as an established one.

var (
	// experienceCues tell years as people's experience: "20 years
	// experience", "between them", "combined".
	experienceCues = wordSet("experience", "experienced", "between", "combined")
	// experiencePeople are whose experience it is.
	experiencePeople = wordSet("i", "ive", "me", "we", "weve", "us", "lads", "guys", "founders", "founder", "team",
		"partner", "partners", "owners", "owner", "both", "them", "cofounder", "cofounders")
	// experienceOpeners open the clause that tells the experience.
	experienceOpeners = wordSet("but", "though", "although", "and", "while")
)

// withoutOwnersExperience drops, on the stage question, a clause that
// tells people's years in the trade beside something else: "were a new
// company but the lads have 20 years in the trade between them" reads
// as "were a new company". Alone it is kept: "20 years in the trade".
func withoutOwnersExperience(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qStage {
		return w, cut
	}
	for i, t := range w {
		if !experienceCues[t] && !ownYearsInTrade(w, i) {
			continue
		}
		from := i
		for from > 0 && !cut[from] && !experienceOpeners[w[from-1]] {
			from--
		}
		if from > 0 && experienceOpeners[w[from-1]] {
			from--
		}
		to := i + 1
		for to < len(w) && !cut[to] {
			to++
		}
		if from == 0 || !hasAny(w[from:to], experiencePeople) || !hasAny(w[from:to], wordSet("years", "decades", "year")) {
			continue
		}
		return append(w[:from:from], w[to:]...), append(cut[:from:from], cut[to:]...)
	}
	return w, cut
}

// ownYearsInTrade reports "in the trade" or "in the industry" at w[i]
// after a person's years: "I've been in the trade for 20 years".
func ownYearsInTrade(w []string, i int) bool {
	return w[i] == "in" && i+2 < len(w) && w[i+1] == "the" && (w[i+2] == "trade" || w[i+2] == "industry")
}
