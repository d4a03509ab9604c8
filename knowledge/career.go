package knowledge

// The asker's own career: the asker holds a role ("I'm a CIO at a bank")
// or seeks one ("I have an interview for a CTO job", "got a CTO offer",
// "moving from CIO to CTO"), and then asks, in their own voice, about
// their move, interview, leave or offer: "How do I get into a CTO job?",
// "What should I wear?", "Should I rent or buy a flat there?". The roles
// named are the asker's post, not what is asked, so the holder rule's
// reading applies even when both roles are named (the one held and the
// one sought). A question put for the company ("do we need a CIO too?")
// or one asking what a role does, owns or brings stays ours.

// askerCareer reports a message that places the asker in a role, held or
// sought, and whose question, in the asker's voice and not the
// company's, asks nothing of the roles once the roles are read as the
// asker's post.
func (b *Base) askerCareer(q query) bool {
	if !askerVoice(q.qtoks) || !placesAsker(q.sentences) {
		return false
	}
	asked := withoutTitles(q.qtoks)
	// The asker's own part-time or remote arrangement, a virtual
	// background, a flat to rent, where to start: no part-time role or
	// first hire for the company.
	ts := without(b.an.analyzeTokens(asked, true), conceptVirtual, conceptBoth, conceptFirst)
	return !asksRoles(ts, asked)
}

// askerVoice reports a question asked by the asker for themself: "I",
// "me" or "my" and no "we", "us" or "our".
func askerVoice(toks []string) bool {
	first := false
	for _, w := range toks {
		switch w {
		case "i", "im", "ive", "id", "me", "my", "myself":
			first = true
		case "we", "us", "our", "were", "weve", "ours":
			return false
		}
	}
	return first
}

// placesAsker reports a sentence in the asker's voice that names a role
// as the asker's post: held ("I'm a CIO", "as the new CTO") or sought ("a
// CTO job", "the CIO role", "from CIO to CTO").
func placesAsker(sentences [][]string) bool {
	for _, toks := range sentences {
		if !speaksFirst(toks) {
			continue
		}
		alone := askerVoice(toks)
		for i := 0; i < len(toks); i++ {
			start, end, ok := roleAt(toks, i)
			if !ok {
				continue
			}
			if _, held := askerHolds(toks, start); held {
				return true
			}
			if end < len(toks) && postWords[toks[end]] && alone && seeks(toks, start) {
				return true
			}
			if start >= 2 && toks[start-1] == "to" && roleTitles[toks[start-2]] {
				// "moving from CIO to CTO": the earlier title was
				// counted already; the pair is a move.
				return true
			}
			i = end - 1
		}
	}
	return false
}

// seeks reports a post the asker goes after: "a CTO job", "my CIO
// interview", "(an interview) for the CTO role". "the CTO job" asked
// about ("explain the CTO job to me", "a description of the CIO role")
// and "a CTO's role" are the role itself.
func seeks(toks []string, start int) bool {
	if !postTitles[toks[start]] && toks[start] != "chief" {
		return false
	}
	j := start - 1
	for n := 0; j >= 0 && n < 3 && holderModifiers[toks[j]]; n++ {
		j--
	}
	switch {
	case j < 0:
		return false
	case toks[j] == "a" || toks[j] == "an" || toks[j] == "my":
		return true
	case toks[j] == "the":
		return j > 0 && (toks[j-1] == "for" || toks[j-1] == "into")
	}
	return false
}

// withoutTitles drops the role titles, so that the post the asker holds
// or seeks is not read as the roles asked about.
func withoutTitles(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if _, end, ok := roleAt(toks, i); ok {
			i = end - 1
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// postTitles are the singular titles: "a CTO's role" is the role's.
var postTitles = map[string]bool{"cio": true, "cto": true, "vcio": true, "vcto": true}

// postWords after a title make it a post to apply for or take: "a CTO
// job", "the CIO role", "a CTO offer", "my CTO interview".
var postWords = map[string]bool{
	"job": true, "jobs": true, "role": true, "roles": true, "position": true, "positions": true,
	"post": true, "posts": true, "vacancy": true, "vacancies": true, "offer": true, "offers": true,
	"interview": true, "interviews": true, "opening": true, "openings": true, "gig": true,
}
