package knowledge

import (
	"fmt"
	"iter"
	"strings"
)

// conceptPrefix marks concept tokens. Tokenising never produces it, so a
// concept can not collide with a word.
const conceptPrefix = "~"

// Concepts with a special meaning for Search.
const (
	conceptCIO   = conceptPrefix + "cio"
	conceptCTO   = conceptPrefix + "cto"
	conceptOther = conceptPrefix + "other" // another C-role: CFO, CMO, ...
	conceptOff   = conceptPrefix + "off"   // clearly off-topic: weather, code help, ...
	conceptWhat  = conceptPrefix + "what"  // "define", "explain", "meaning": generic intent
	// conceptWhatIs is a bare question word ("what is", "what are"),
	// resolved to conceptWhat or dropped by the rules.
	conceptWhatIs = conceptPrefix + "whatis"
	conceptNeed   = conceptPrefix + "need" // "need", "hire": generic intent
	// conceptFit asks whether something fits a role ("is that a job for a
	// CTO"): the company's need, or who does what when both roles are named.
	conceptFit = conceptPrefix + "fit"

	// conceptCareer is a question about the asker's own career ("how do I
	// become a CTO"): declined even when it names the CIO or CTO, as the bot
	// advises companies choosing a leader, not people planning a career.
	conceptCareer = conceptPrefix + "career"
	// conceptLegal is tax or employment-law advice about a role ("is the
	// CTO's salary tax deductible", "what goes into the CIO's contract"):
	// a matter for an accountant or a lawyer, declined even with a role
	// named.
	conceptLegal = conceptPrefix + "legal"

	// Sides and intents used by the query rules in Search.
	conceptCIOSide = conceptPrefix + "cioside" // internal IT, security, data
	conceptCTOSide = conceptPrefix + "ctoside" // products, innovation
	conceptProduct = conceptPrefix + "product" // a product to build
	conceptOwner   = conceptPrefix + "owner"   // "owns", "runs", "in charge of"
	conceptWhich   = conceptPrefix + "which"   // "which role", "whose job": asks to pick a role
	conceptWho     = conceptPrefix + "who"     // "who", "whose": asks for a person
	conceptDuties  = conceptPrefix + "duties"
	conceptBoth    = conceptPrefix + "both"
	conceptDiff    = conceptPrefix + "diff"
	conceptVersus  = conceptPrefix + "versus" // "vs": resolved to diff or dropped by the rules
	conceptFocus   = conceptPrefix + "focus"
	conceptImpact  = conceptPrefix + "impact"
	conceptFirst   = conceptPrefix + "first"
	conceptAfford  = conceptPrefix + "afford" // money as a limit: "can't afford"
	conceptPrice   = conceptPrefix + "price"
	conceptCheaper = conceptPrefix + "cheaper" // comparing prices: "cheaper than", "save money"
	conceptLeader  = conceptPrefix + "leader"  // a tech executive, unnamed

	// conceptWorker is a job other than an executive (developer, designer,
	// accountant...). Asked about its price without the CIO or CTO, the
	// question is declined; otherwise it is only the setting.
	conceptWorker = conceptPrefix + "worker"
	// conceptTitle is a job title of someone other than a tech executive
	// (office manager, designer): two in one question are a role pair the
	// bot does not cover.
	conceptTitle = conceptPrefix + "title"
	// conceptLesser marks a lesser title read as the CIO or the CTO (head
	// of IT, VP engineering).
	conceptLesser = conceptPrefix + "lesser"

	// conceptAdviser marks a consultant or expert named as a person,
	// conceptReach an explicit wish to be put in touch. Both also add
	// "contact"; they only steer the rules and are dropped before ranking.
	conceptAdviser = conceptPrefix + "adviser"
	conceptReach   = conceptPrefix + "reach"
	conceptVirtual = conceptPrefix + "virtual"
	conceptContact = conceptPrefix + "contact"
	conceptPair    = conceptPrefix + "pair"   // "and a CTO": two roles named together
	conceptGrowth  = conceptPrefix + "growth" // "growing", "scale"

	// Out-of-scope shapes: a request to produce text (compose) about a
	// document (a CV, a job ad, a post); secrets, configuration and
	// attempts to change the bot's rules.
	conceptCompose  = conceptPrefix + "compose"
	conceptDocument = conceptPrefix + "document"
	conceptSecret   = conceptPrefix + "secret"
	// conceptSecretWord is a word for secrets (password, token): a request
	// for them only when nothing about a tech leader is asked.
	conceptSecretWord = conceptPrefix + "secretword"
	conceptTrivia     = conceptPrefix + "trivia" // facts about people in the roles
	// conceptPurchase is buying things: "what laptop should our CTO buy"
	// asks for shopping advice, whoever it names.
	conceptPurchase = conceptPrefix + "purchase"
	// conceptInner and conceptOuter are the company's own ground and what
	// it sells, in other words than inward and outward.
	conceptInner = conceptPrefix + "inner"
	conceptOuter = conceptPrefix + "outer"
	// conceptImage marks an analogy: a role set beside an image.
	conceptImage = conceptPrefix + "image"

	// conceptSkip covers words that look like a concept but are not one
	// ("we both code"): the words are dropped, no concept is added.
	conceptSkip = conceptPrefix + "skip"
)

// topicConcepts name the ground a question is on (IT, security, products,
// innovation...), as opposed to what it asks about that ground.
var topicConcepts = map[string]bool{
	conceptCIOSide:               true,
	conceptCTOSide:               true,
	conceptPrefix + "itops":      true,
	conceptPrefix + "security":   true,
	conceptPrefix + "data":       true,
	conceptPrefix + "product":    true,
	conceptPrefix + "innovation": true,
}

// intentConcepts say what kind of answer a question wants (a comparison, the
// duties, the impact, a virtual option, a price...). Each one maps to one
// article, so in a question it weighs more than the topic words around it:
// "can one person be both CIO and CTO" is about having both, whatever
// "person" suggests about headcount.
var intentConcepts = map[string]bool{
	conceptDiff:               true,
	conceptFocus:              true,
	conceptDuties:             true,
	conceptImpact:             true,
	conceptBoth:               true,
	conceptFirst:              true,
	conceptPrefix + "virtual": true,
	conceptPrefix + "price":   true,
	conceptPrefix + "contact": true,
}

// phrase is a sequence of stems that adds concept tokens where it occurs.
type phrase struct {
	stems    []string
	concepts []string
}

// dataLines yields the lines of a data file that hold data, trimmed,
// with their 0-based index: blank lines and "#" comments are skipped.
func dataLines(src string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		// Cut line by line: no slice of every line of a large file.
		rest := src // the sequence can be ranged over again
		for n := 0; rest != ""; n++ {
			var line string
			line, rest, _ = strings.Cut(rest, "\n")
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// parseConcepts reads lines "concept [concept...]: term, term, ..." and
// returns the terms tokenised, still unstemmed.
func parseConcepts(src string) ([]rawPhrase, error) {
	// Some 2,000 phrases, most of a word or two: their words share one
	// array.
	// A term per comma or line, and a class's alternatives (one per "|")
	// spell out three phrases each on average.
	out := make([]rawPhrase, 0, strings.Count(src, ",")+strings.Count(src, "\n")+3*strings.Count(src, "|"))
	all := make([]string, 0, len(src)/6)
	for n, line := range dataLines(src) {
		names, terms, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("concepts line %d: want concept: terms", n+1)
		}
		var concepts []string
		for _, c := range strings.Fields(names) {
			concepts = append(concepts, conceptPrefix+c)
		}
		if len(concepts) == 0 {
			return nil, fmt.Errorf("concepts line %d: no concept name", n+1)
		}
		for t := range strings.SplitSeq(terms, ",") {
			if t = strings.TrimSpace(t); t == "" {
				continue
			}
			var err error
			if out, all, err = appendTerm(out, all, t, concepts); err != nil {
				return nil, fmt.Errorf("concepts line %d: %w", n+1, err)
			}
		}
	}
	return out, nil
}

// rawPhrase is a phrase before stemming.
type rawPhrase struct {
	words     []string
	concepts  []string
	fromClass bool // spelled out from a word class
}

// parseWords reads whitespace-separated words, skipping # comment lines.
func parseWords(src string) []string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// smalltalk recognises messages made only of greetings, thanks, requests for
// help and filler words.
type smalltalk struct {
	// entries maps a tokenised entry ("thank you") to its section.
	entries map[string]Kind
	longest int // most words in one entry
}

// parseSmalltalk reads lines "section: entry, entry"; sections are greeting,
// help, thanks and filler.
func parseSmalltalk(src string) (smalltalk, error) {
	st := smalltalk{entries: make(map[string]Kind)}
	for n, line := range dataLines(src) {
		section, list, ok := strings.Cut(line, ":")
		if !ok {
			return smalltalk{}, fmt.Errorf("smalltalk line %d: want section: entries", n+1)
		}
		var kind Kind
		switch strings.TrimSpace(section) {
		case "greeting":
			kind = KindGreeting
		case "help":
			kind = KindHelp
		case "thanks":
			kind = KindThanks
		case "filler":
			kind = ""
		default:
			return smalltalk{}, fmt.Errorf("smalltalk line %d: unknown section %q", n+1, section)
		}
		for _, e := range splitList(list) {
			toks := tokenize(e)
			key := strings.Join(toks, " ")
			// A word in two sections keeps its first, more specific one;
			// filler never overrides a section.
			if _, dup := st.entries[key]; dup {
				continue
			}
			st.entries[key] = kind
			st.longest = max(st.longest, len(toks))
		}
	}
	return st, nil
}

// classify returns the small-talk kind of a message, or "" when the message
// holds anything else. Help wins over thanks, thanks over greeting, so
// "hi, what can you do" gets the help text.
func (st smalltalk) classify(toks []string) Kind {
	if len(toks) == 0 {
		return ""
	}
	seen := make(map[Kind]bool)
	for i := 0; i < len(toks); {
		matched := 0
		for n := min(st.longest, len(toks)-i); n >= 1; n-- {
			if kind, ok := st.entries[strings.Join(toks[i:i+n], " ")]; ok {
				seen[kind] = true
				matched = n
				break
			}
		}
		if matched == 0 {
			return ""
		}
		i += matched
	}
	switch {
	case seen[KindHelp]:
		return KindHelp
	case seen[KindThanks]:
		return KindThanks
	case seen[KindGreeting]:
		return KindGreeting
	default:
		return KindHelp // only filler ("what is this"): explain what the bot does
	}
}

// words returns every single word of the small-talk vocabulary.
func (st smalltalk) words() []string {
	var out []string
	for e := range st.entries {
		out = append(out, strings.Fields(e)...)
	}
	return out
}
