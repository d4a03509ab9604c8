package knowledge

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/springfield/techleader/knowledge/token"
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

	// Sides and intents used by the query rules in Search.
	conceptCIOSide = conceptPrefix + "cioside" // internal IT, security, data
	conceptCTOSide = conceptPrefix + "ctoside" // products, innovation
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
		for n, line := range strings.Split(src, "\n") {
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
	return dropClassRepeats(out), nil
}

// dropClassRepeats drops a phrase spelled out from a word class when the
// same words are listed as a term of their own: the term says what they
// mean ("head of technology" is a lesser CTO title, not any tech leader).
func dropClassRepeats(ps []rawPhrase) []rawPhrase {
	// Only literal terms starting like a class variant are joined and
	// compared: the lexicon holds thousands of terms, the classes a few
	// hundred variants.
	firsts := make(map[string]bool)
	for _, p := range ps {
		if p.fromClass {
			firsts[p.words[0]] = true
		}
	}
	if len(firsts) == 0 {
		return ps
	}
	// The literal terms by first word, compared word by word: joining
	// every variant into one string to look it up cost an allocation each.
	listed := make(map[string][][]string)
	for _, p := range ps {
		if !p.fromClass && firsts[p.words[0]] {
			listed[p.words[0]] = append(listed[p.words[0]], p.words)
		}
	}
	out := ps[:0]
	for _, p := range ps {
		if !p.fromClass || !slices.ContainsFunc(listed[p.words[0]], func(w []string) bool { return slices.Equal(w, p.words) }) {
			out = append(out, p)
		}
	}
	return out
}

// appendTerm appends to out the phrases a term stands for, with concepts,
// their words appended to all (each phrase a full slice of it). The words
// of each literal and each alternative of a class are read once, not once
// per phrase, unless a class is glued to a word ("cio{|s}"): then the
// phrases are spelled out as text first (expandClasses) and each is read.
func appendTerm(out []rawPhrase, all []string, t string, concepts []string) ([]rawPhrase, []string, error) {
	if strings.IndexByte(t, '{') < 0 && strings.IndexByte(t, '}') < 0 {
		return appendPhrase(out, all, t, concepts, false)
	}
	parts, err := splitClasses(t)
	if err != nil {
		return out, all, err
	}
	n := 1
	for _, p := range parts {
		n *= len(p)
	}
	if glued(parts) {
		variants, _ := expandClasses(t)
		for _, v := range variants {
			if out, all, err = appendPhrase(out, all, v, concepts, n > 1); err != nil {
				return out, all, err
			}
		}
		return out, all, nil
	}
	// words[i][j] are the words of alternative j of part i, read into
	// one array.
	words := make([][][]string, len(parts))
	var read []string
	longest := 0
	for i, p := range parts {
		words[i] = make([][]string, len(p))
		most := 0
		for j, alt := range p {
			start := len(read)
			read = token.AppendWords(read, alt, searchWords)
			words[i][j] = read[start:len(read):len(read)]
			most = max(most, len(read)-start)
		}
		longest += most
	}
	at := make([]int, len(parts))
	for {
		all = roomFor(all, longest)
		start := len(all)
		for i := range parts {
			all = append(all, words[i][at[i]]...)
		}
		if len(all) == start {
			return out, all, fmt.Errorf("empty term %q", t)
		}
		out = append(out, rawPhrase{words: all[start:len(all):len(all)], concepts: concepts, fromClass: n > 1})
		i := len(parts) - 1
		for ; i >= 0; i-- {
			if at[i]++; at[i] < len(parts[i]) {
				break
			}
			at[i] = 0
		}
		if i < 0 {
			return out, all, nil
		}
	}
}

// appendPhrase appends the phrase of text v to out, its words to all.
func appendPhrase(out []rawPhrase, all []string, v string, concepts []string, fromClass bool) ([]rawPhrase, []string, error) {
	all = roomFor(all, len(v)/2+1)
	start := len(all)
	if all = token.AppendWords(all, v, searchWords); len(all) == start {
		return out, all, fmt.Errorf("empty term %q", v)
	}
	return append(out, rawPhrase{words: all[start:len(all):len(all)], concepts: concepts, fromClass: fromClass}), all, nil
}

// roomFor returns all with room for n more words: a new block rather
// than a grown copy, so the phrases read so far keep their words.
func roomFor(all []string, n int) []string {
	if cap(all)-len(all) < n {
		return make([]string, 0, max(1024, n))
	}
	return all
}

// glued reports whether a class of parts (see splitClasses) touches a
// word with no space between them ("cio{|s}"), so that its words can only
// be read in the whole phrase.
func glued(parts [][]string) bool {
	for i := 1; i < len(parts); i += 2 {
		before, after := parts[i-1][0], parts[i+1][0]
		if (i > 1 || before != "") && !strings.HasSuffix(before, " ") {
			return true
		}
		if (i+2 < len(parts) || after != "") && !strings.HasPrefix(after, " ") {
			return true
		}
	}
	return false
}

// expandClasses spells out a term holding word classes, "{tech|it} {boss|
// chief}", as every phrase it stands for: a class of words that play one
// part (a field, a rank) is written once rather than as a list of phrases.
// A term without braces is itself.
func expandClasses(t string) ([]string, error) {
	if strings.IndexByte(t, '{') < 0 {
		if strings.IndexByte(t, '}') >= 0 {
			return nil, fmt.Errorf("unopened } in %q", t)
		}
		return []string{t}, nil
	}
	parts, err := splitClasses(t)
	if err != nil {
		return nil, err
	}
	// Each variant is built once, turning the alternatives like an
	// odometer, the last class fastest.
	n := 1
	for _, p := range parts {
		n *= len(p)
	}
	out := make([]string, 0, n)
	at := make([]int, len(parts))
	buf := make([]byte, 0, 2*len(t))
	for {
		buf = buf[:0]
		for i, p := range parts {
			buf = append(buf, p[at[i]]...)
		}
		out = append(out, string(buf))
		i := len(parts) - 1
		for ; i >= 0; i-- {
			if at[i]++; at[i] < len(parts[i]) {
				break
			}
			at[i] = 0
		}
		if i < 0 {
			return out, nil
		}
	}
}

// splitClasses cuts a term into parts that alternate literal text and
// classes: a literal, a class, a literal... (a term without braces is one
// literal).
func splitClasses(t string) ([][]string, error) {
	var parts [][]string
	rest := t
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if strings.IndexByte(rest, '}') >= 0 {
				return nil, fmt.Errorf("unopened } in %q", t)
			}
			parts = append(parts, []string{rest})
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return nil, fmt.Errorf("unclosed { in %q", t)
		}
		end += open
		if strings.IndexByte(rest[:open], '}') >= 0 {
			return nil, fmt.Errorf("unopened } in %q", t)
		}
		alts := strings.Split(rest[open+1:end], "|")
		for i := range alts {
			alts[i] = strings.TrimSpace(alts[i])
		}
		parts = append(parts, []string{rest[:open]}, alts)
		rest = rest[end+1:]
	}
	return parts, nil
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
