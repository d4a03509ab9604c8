package knowledge

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

//go:embed articles/*.md lexicon/*.txt examples/analysed.txt
var content embed.FS

// The files New reads at every build are embedded as strings too:
// reading them through content copies them (some 380 kB), and in a
// fresh process that copy alone is a tenth of the memory the build may
// use before the first collection.
var (
	//go:embed examples/analysed.txt
	analysedText string
	//go:embed lexicon/stems.txt
	stemsText string
	//go:embed lexicon/stopwords.txt
	stopwordsText string
	//go:embed lexicon/everyday.txt
	everydayText string
	//go:embed lexicon/short.txt
	shortText string
	//go:embed lexicon/respell.txt
	respellText string
	//go:embed lexicon/smalltalk.txt
	smalltalkText string
)

// embeddedText are those strings by their name in content.
var embeddedText = map[string]*string{
	"examples/analysed.txt": &analysedText,
	"lexicon/stems.txt":     &stemsText,
	"lexicon/stopwords.txt": &stopwordsText,
	"lexicon/everyday.txt":  &everydayText,
	"lexicon/short.txt":     &shortText,
	"lexicon/respell.txt":   &respellText,
	"lexicon/smalltalk.txt": &smalltalkText,
}

// Kind says what sort of reply a Result is.
type Kind string

// Kinds of Result.
const (
	KindArticle  Kind = "article"  // answered from an article
	KindGreeting Kind = "greeting" // hi/hello/good morning
	KindHelp     Kind = "help"     // "help", "what can you do"
	KindThanks   Kind = "thanks"   // thanks/cheers/great (short acknowledgement)
	KindDecline  Kind = "decline"  // outside what it knows or too unsure
)

// Match names an article with a score.
type Match struct {
	ID, Title string
	Score     float64
}

// Result is the reply to one query.
type Result struct {
	Kind  Kind
	ID    string // article id; "" unless Kind == KindArticle
	Title string
	// Score is the confidence in 0..1, comparable across queries: roughly the
	// share of the question the article accounts for.
	Score float64
	// Answer is the text to show: article body, greeting/help/thanks text,
	// or the decline text. It never contains the query.
	Answer    string
	Related   []Match // related articles from the front matter
	RunnerUps []Match // next best articles
	// Alternatives are the runner-ups close enough to the answer that the
	// question may have meant them: offer them ("Did you mean ...?").
	// Empty when the answer stands clear, and for anything but an article.
	Alternatives []Match
	// Why is the shape and subject recognised in the question.
	Why Why
}

// Search tuning. A question is answered only when the best article covers
// enough of it (minConfidence). unknownShare is what a word the base has
// never seen weighs against the article, as a share of the rarest known
// word's weight; weakOnlyFactor scales down the confidence of a question
// that names no domain concept, so generic words alone ("what is", "need",
// "time") are not an answer.
const (
	minConfidence  = 0.4
	unknownShare   = 0.6
	weakOnlyFactor = 0.35
	maxRunnerUps   = 3
)

// Clarification and shape tuning. An article whose ranking score is at least
// closeRatio of the answer's is offered as an alternative (at most
// maxAlternatives). A clearly recognised shape and subject make a question
// answerable at shapeConfidence even when many of its words are unknown (a
// long message about a bakery). contextWeight is what a word of the context
// around the question counts against a word of the question itself.
const (
	closeRatio      = 0.8
	maxAlternatives = 2
	shapeConfidence = 0.5
	contextWeight   = 0.35
)

// Base is the knowledge base. It is immutable after New and safe for
// concurrent use.
type Base struct {
	articles []Article
	byID     map[string]int
	an       *analyzer
	ix       *index
	small    smalltalk
	// nb holds the labelled example questions (examples/*.txt, analysed
	// ahead in examples/analysed.txt) and the articles' sample questions.
	nb *neighbours
	// analysed is the text of examples/analysed.txt and samples the
	// articles' sample questions: the examples nb was built from (see
	// examples).
	analysed string
	samples  []example
}

// examples returns the labelled examples nb was built from, in its
// order: the analysed ones, then the articles' sample questions. Search
// does not need them (nb holds what it does); scoring each labelled set
// with neighbours that do not know it does.
func (b *Base) examples() ([]example, error) {
	exs, err := parseExamples(b.analysed, len(b.samples))
	if err != nil {
		return nil, err
	}
	return append(exs, b.samples...), nil
}

// knows reports whether an example labelled label is one the base can
// learn from: an article it has, or a decline.
func (b *Base) knows(label string) bool {
	_, ok := b.byID[label]
	return ok || label == labelDecline
}

// New parses the embedded articles and lexicons and builds the search index.
// It fails only if the embedded content is malformed. LoadDir reads the
// articles from a directory instead.
func New() (*Base, error) {
	return newFromFS(content)
}

func newFromFS(fsys fs.FS) (*Base, error) {
	arts, files, problems := readArticleFiles(fsys, "articles")
	problems = append(problems, checkArticles(arts, files)...)
	if len(problems) > 0 {
		return nil, problemsError(problems)
	}
	return build(fsys, arts)
}

// build indexes arts with the lexicons of lex (lexicon/*.txt). The articles
// must be valid (see checkArticles).
func build(lex fs.FS, arts []Article) (*Base, error) {
	samples := 0
	for _, a := range arts {
		samples += len(a.Questions)
	}
	b := &Base{articles: arts, byID: make(map[string]int, len(arts))}
	for i, a := range arts {
		b.byID[a.ID] = i
	}
	// The analysed examples are the largest file and are needed last:
	// indexed on another core while the rest is built.
	analysed := indexAnalysed(lex, samples, b.knows)
	l, err := readLexicons(lex)
	if err != nil {
		return nil, err
	}
	stopSrc, everydaySrc, small := l.stop, l.everyday, l.small
	b.small = small

	stop := append(parseWords(stopSrc), small.words()...)
	texts := articleTexts(b.articles)
	phrases := numberGroups(compiledPhrases)
	// The stem table holds the vocabulary as go generate found it; the
	// everyday words add up to one a space: room for both, so the map is not
	// grown (and copied) on the way.
	freq := vocabulary(texts, phrases.words, stop, len(l.stems)+strings.Count(everydaySrc, " "))
	vocab := make([]string, 0, len(freq))
	for w := range freq {
		vocab = append(vocab, w)
	}
	b.an = newAnalyzer(stop, phrases, vocab, l.stems)
	// Everyday words are known to the speller (never corrected) at
	// frequency 0, so a typo of a domain word still prefers the domain
	// word on a tie.
	for _, w := range parseWords(everydaySrc) {
		for _, t := range tokenize(w) {
			if _, ok := freq[t]; !ok {
				freq[t] = 0
			}
		}
	}

	// The speller needs only freq: built on another core while the
	// articles are analysed (start-up time is the index build's).
	spelled := make(chan *speller, 1)
	go func() { spelled <- newSpeller(freq, parseWords(l.short)) }()

	docs := make([][]field, len(b.articles))
	for i, a := range b.articles {
		fields := make([]field, len(texts[i]))
		for j, t := range texts[i] {
			fields[j] = field{terms: b.an.analyzeTokens(t.words, false), weight: t.weight}
			if t.question {
				// The sample questions are labelled examples too.
				b.samples = append(b.samples, sampleExample(a.ID, fields[j].terms))
			}
		}
		docs[i] = fields
	}
	b.ix = newIndex(docs)
	b.an.spell = <-spelled
	b.an.respell = l.respell
	ae := <-analysed
	if ae.err != nil {
		return nil, ae.err
	}
	// The sample questions come after the analysed examples, as in
	// examples.
	for _, e := range b.samples {
		ae.x.add(e, b.knows)
	}
	b.analysed = ae.src
	b.nb = ae.x.index(shapeOfLabel)
	return b, nil
}

// vocabulary counts every word the base can make sense of (for typo
// correction and the stem cache): the articles' words (texts), the
// concept phrases' (phrases, counted) and the stop words, in a map with
// room for size words.
func vocabulary(texts [][]fieldText, phrases []wordCount, stop []string, size int) map[string]int {
	freq := make(map[string]int, size)
	for _, a := range texts {
		for _, t := range a {
			for _, w := range t.words {
				freq[w]++
			}
		}
	}
	for _, wc := range phrases {
		freq[wc.word] += wc.count
	}
	for _, w := range stop {
		freq[w]++
	}
	return freq
}

// fieldText is a field of an article tokenized, with its weight.
type fieldText struct {
	words    []string
	weight   float64
	question bool // a sample question
}

// articleTexts tokenizes the fields of each article: title, body,
// keywords and sample questions.
func articleTexts(arts []Article) [][]fieldText {
	out := make([][]fieldText, len(arts))
	for i, a := range arts {
		fields := make([]fieldText, 0, 2+len(a.Keywords)+len(a.Questions))
		fields = append(fields, fieldText{words: tokenize(a.Title), weight: weightTitle},
			fieldText{words: tokenize(a.Body), weight: weightBody})
		for _, k := range a.Keywords {
			fields = append(fields, fieldText{words: tokenize(k), weight: weightKeywords})
		}
		for _, q := range a.Questions {
			fields = append(fields, fieldText{words: tokenize(q), weight: weightQuestion, question: true})
		}
		out[i] = fields
	}
	return out
}

// Article returns the article with the given id.
func (b *Base) Article(id string) (Article, bool) {
	i, ok := b.byID[id]
	if !ok {
		return Article{}, false
	}
	return cloneArticle(b.articles[i]), true
}

// Articles returns all articles, sorted by id.
func (b *Base) Articles() []Article {
	out := make([]Article, len(b.articles))
	for i, a := range b.articles {
		out[i] = cloneArticle(a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// cloneArticle copies the slices so callers can not change the base.
func cloneArticle(a Article) Article {
	a.Related = append([]string(nil), a.Related...)
	a.Keywords = append([]string(nil), a.Keywords...)
	a.Questions = append([]string(nil), a.Questions...)
	return a
}

// lexicons are the parsed lexicon files.
type lexicons struct {
	stop, everyday string // word lists, parsed by parseWords
	short          string // short words typos may be read as
	small          smalltalk
	respell        respeller
	// stems are the stems of the embedded vocabulary, found ahead.
	stems map[string]string
}

// readLexicons reads and parses lexicon/*.txt of fsys.
func readLexicons(fsys fs.FS) (lexicons, error) {
	var l lexicons
	buf := make([]byte, 8<<10)
	read := func(name string) (string, error) {
		s, err := readString(fsys, name, buf)
		if err != nil {
			return "", fmt.Errorf("read %s: %w", name, err)
		}
		return s, nil
	}
	// The concept lexicon (lexicon/concepts.txt) is compiled in: see
	// compiledPhrases.
	var err error
	if l.stop, err = read("lexicon/stopwords.txt"); err != nil {
		return l, err
	}
	if l.everyday, err = read("lexicon/everyday.txt"); err != nil {
		return l, err
	}
	if l.short, err = read("lexicon/short.txt"); err != nil {
		return l, err
	}
	respellSrc, err := read("lexicon/respell.txt")
	if err != nil {
		return l, err
	}
	if l.respell, err = parseRespell(respellSrc); err != nil {
		return l, fmt.Errorf("parse respell: %w", err)
	}
	stemsSrc, err := read("lexicon/stems.txt")
	if err != nil {
		return l, err
	}
	if l.stems, err = parseStems(stemsSrc); err != nil {
		return l, fmt.Errorf("parse stems: %w", err)
	}
	smallSrc, err := read("lexicon/smalltalk.txt")
	if err != nil {
		return l, err
	}
	if l.small, err = parseSmalltalk(smallSrc); err != nil {
		return l, fmt.Errorf("parse smalltalk: %w", err)
	}
	return l, nil
}

// readString reads the file name of fsys straight into a string, through
// buf: fs.ReadFile and a conversion would copy the lexicons twice.
func readString(fsys fs.FS, name string, buf []byte) (string, error) {
	if fsys == fs.FS(content) {
		if s, ok := embeddedText[name]; ok {
			return *s, nil // no copy
		}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var sb strings.Builder
	if st, err := f.Stat(); err == nil {
		sb.Grow(int(st.Size()))
	}
	if _, err := io.CopyBuffer(&sb, f, buf); err != nil {
		return "", err
	}
	return sb.String(), nil
}
