package knowledge

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// labelled is one line of a labelled question file.
type labelled struct {
	label, question string
	// kind groups questions for the per-kind report ("long", "typo",
	// "near-miss"...): set by a "# kind: K" comment line, which holds until
	// the next one. Files without such lines leave it empty.
	kind string
	line int
}

// readLabelled reads "label|question" lines, skipping blanks and # comments
// other than "# kind: K".
func readLabelled(t testing.TB, name string) []labelled {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	kind := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if k, ok := strings.CutPrefix(line, "# kind:"); ok {
			kind = strings.TrimSpace(k)
			continue
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, q, ok := strings.Cut(line, "|")
		if !ok {
			t.Fatalf("%s:%d: want label|question", name, n)
		}
		out = append(out, labelled{label: label, question: q, kind: kind, line: n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// outcome is what Search did with a labelled question, in label terms: an
// article id, or a kind for everything else.
func outcome(r Result) string {
	if r.Kind == KindArticle {
		return r.ID
	}
	return string(r.Kind)
}

// TestLabelledQuestions measures top-1 accuracy on answerable questions and
// decline accuracy on questions the bot must not answer.
//
// The sets tuned on live in examples/, as the nearest-neighbour component
// learns from them too; the held-out and blind sets not tuned on live in
// testdata/. A set of examples/ is scored with a base whose neighbours do
// not know that set (leave one file out), so its figure measures what the
// rules and the other sets generalise to, not what the base remembers.
//
// questions.txt is the tuning set: its misses are listed. fresh.txt is a
// batch written from many personas before any tuning against it (it scored
// 64% answerable and 81% declined then); it has been tuned on since, so its
// misses are listed too. heldout.txt is kept apart to estimate accuracy on
// unseen phrasings: only its score is printed unless -v is combined with
// TECHLEADER_SHOW_HELDOUT=1.
//
// blind2.txt is a second blind batch in other styles (fragments, British
// spelling, emojis, "act as our CTO", customer-facing wording). It scored
// 83.0% answerable and 73.3% declined when written; it has been tuned on
// since, so its misses are listed.
//
// blind3.txt (voices of non-tech owners, second-language English, pasted
// emails, long messages) scored 71.6% overall before tuning, blind4.txt
// 80.9% and blind5.txt (formal letters, texting, accountants, hospital and
// nonprofit administrators, several typos per sentence, two questions at
// once, statements and indirect requests) 68.6%; all three have been tuned
// on since. blind6.txt, written after that tuning, scored 87.3% once;
// blind7.txt (architects, shipping brokers, dentists, town clerks,
// dictation, texting, broken English, follow-ups, forwarded emails)
// scored 87.1% once before the third round; both have been tuned on since.
// blind8.txt, written after the third round, scored 88.6% once and is
// reported only. blind9.txt (vineyard, dispatcher, charity treasurer,
// family-firm heirs, idioms translated word for word, metaphors and
// sports analogies) scored 75.7% once before the fourth round and has
// been tuned on since, with paraphrases.txt, a bank written for the
// neighbours (reported, held to no threshold). blind10.txt, written after
// the fourth round, scored 75.7% once and is reported only. blind11.txt
// (a hotel, a dairy farm, a non-technical co-founder, dictation,
// forwarded emails) scored 92.4% once before the fifth round, whose rules
// were written for the classes of its misses (not its lines); blind12.txt,
// written after that round, scored 90.5% once. Both are reported only.
// blind13.txt (a courier co-op, a laundry, a hospice, a water board,
// typos inside role titles) scored 97.6% once before the sixth round and
// 98.4% once after it; the round was chosen by cross-validation on the
// other sets, and blind13 is reported only. blind14.txt (a mushroom farm,
// a scrapyard, a fish auction, metaphors, long emails, role names without
// the title) was scored once before the seventh round; only its summary is
// printed, so rounds cannot be tuned on its lines. blind15.txt (a
// beekeeping co-op, a circus, harbour pilots, analogies from railways,
// hives and airports, long emails) was scored once after the eighth
// round; it too prints only its summary. blind16.txt (a bell foundry, a
// seed bank, a monastery guesthouse, terse search-box queries, castles and
// lungs as images) was scored once after the ninth round (83.5%) and has
// been tuned on since the tenth, so its misses are listed and it is held
// to the thresholds.
// The tenth round also fixed the classes of the misses listed for blind8
// and blind10-13 (as classes, with wordings of their own), so their figures
// are tuned-on since; blind14 and blind15 stay blind.
// blind17.txt (plain owners, managers and board members, non-native
// writers, roles named indirectly) was written without reading the code
// or the training data, scored once before the tenth round, and tuned on
// since (its classes, in round 10), so it lists its misses. blind18.txt
// (a garden centre, a bus company, a fintech, PAs researching for their
// bosses, Italian, Portuguese, Russian, Turkish, Vietnamese and Korean
// writers), written the same way, was scored once before the tenth round
// and once after it (92.7%); it has been tuned on since the eleventh (its
// classes, with wordings of their own), so it lists its misses.
// blind19.txt (a freight broker, a clinic, a museum, a small airline,
// Dutch, Greek, Nigerian, Filipino, Japanese, Mexican and Ukrainian
// writers), written the same way, was scored once before the eleventh
// round and once after it (94.5%); it has been tuned on since the
// twelfth (its classes, with wordings of their own), so it lists its
// misses and is held to the thresholds. blind20.txt (an optometrist, a
// car-parts distributor, a city council, a hotel chain's CFO, Swedish,
// Brazilian, Indonesian, Egyptian, Kenyan, Romanian and Thai writers),
// written the same way, was scored once before the twelfth round and
// once after it (95.3%); it has been tuned on since the thirteenth (its
// classes, with wordings of their own), so it lists its misses.
// blind21.txt (a pottery studio, an HVAC contractor, a newspaper,
// Norwegian, Malaysian, Moroccan, Ghanaian, Czech, Chilean and Pakistani
// writers), written the same way, was scored once before the thirteenth
// round and once after it (93.8%); it has been tuned on since the
// fourteenth (its classes, with wordings of their own), so it lists its
// misses. blind22.txt (a veterinary group, a solar installer, a gin
// distillery, a care-home group, Finnish, Portuguese, Hungarian,
// Bangladeshi, Colombian, Vietnamese and Turkish writers), written the
// same way, was scored once before the fourteenth round and once after
// it (96.6%); it has been tuned on since the fifteenth (its classes,
// with wordings of their own), so it lists its misses. blind23.txt (an
// architecture practice, a motorway services operator, a food bank,
// Slovak, Greek Cypriot, Nepali, Argentinian, Tunisian and Indonesian
// writers), written the same way, was scored once before the fifteenth
// round and once after it (94.4% both times); it has been tuned on
// since the sixteenth (its classes, with wordings of their own), so it
// lists its misses. blind24.txt (a pet grooming chain, a boat yard, a
// private ambulance service, Latvian, Icelandic, Ethiopian, Uruguayan,
// Jordanian, Mongolian and Serbian writers), written the same way, was
// scored before round 15 and after rounds 15 and 16 (95.6% each time);
// it has been tuned on since the seventeenth (its classes, with wordings
// of their own), so it lists its misses. blind25.txt (an opticians
// chain, a chocolate maker, a regional theatre, Georgian, Albanian,
// Malagasy, Bolivian, Kazakh, Somali and Lebanese writers), written the
// same way, was scored before round 16 and after rounds 16 and 17
// (92.8%, 92.8%, 95.0%); it has been tuned on since the eighteenth (its
// classes, with wordings of their own), so it lists its misses.
// blind26.txt (a dental wholesaler, a taxi app in Nairobi, a quarry,
// Estonian, Kyrgyz, Haitian, Macedonian, Yemeni, Costa Rican and Burmese
// writers), written the same way, was scored before round 17 and after
// rounds 17 and 18 (93.9%, 95.6%, 95.6%); it has been tuned on since
// the nineteenth (its classes, with wordings of their own), so it lists
// its misses.
// blind27.txt (a caravan park, an industrial laundry, a toy importer,
// Bosnian, Senegalese, Nicaraguan, Tajik, Cambodian, Luxembourgish and
// Zambian writers), written the same way, was scored after rounds 17,
// 18 and 19 (96.7%, 97.2%, 97.2%); it has been tuned on since the
// twentieth (its classes, with wordings of their own), so it lists its
// misses.
// blind28.txt (a scuba school, a cheese maker, a rural GP practice,
// Moldovan, Rwandan, Omani, Honduran, Uzbek, Faroese and Namibian
// writers), written the same way, was scored after rounds 18, 19 and 20
// (96.7% each time); it has been tuned on since the twenty-first (its
// classes, with wordings of their own), so it lists its misses.
// blind29.txt (a bowling alley, a locksmith franchise, a wind-farm
// contractor, Slovenian, Malawian, Bhutanese, Guatemalan, Turkmen,
// Mauritian and Kosovar writers), written the same way, was scored after
// rounds 19, 20 and 21 (95.6%, 96.7%, 96.7%); it has been tuned on since
// the twenty-second (its classes, with wordings of their own), so it lists
// its misses.
// blind30.txt (a horse-riding holiday firm, a medical courier, a
// prosthetics clinic, Montenegrin, Burkinabe, Salvadoran and Kuwaiti
// writers) and blind31.txt (a harbour tug operator, a cider maker, a
// lift-maintenance firm, Belgian, Chadian, Panamanian, Qatari and
// Samoan writers), written the same way, are blind: scored before and
// after rounds 21 and 22, summary only (96.1% and 97.2%, every kind at
// 90% or more), never tuned on.
// Sets in reportOnly are scored and reported, not held to the thresholds
// nor counted in "all".
//
// Each file must meet the thresholds on its own, and so must all of them
// together.
// Files with "# kind:" lines are also reported by kind, and every file by
// expected outcome.
// labelledFiles are the labelled question files TestLabelledQuestions runs.
var labelledFiles = []string{
	"examples/questions.txt", "examples/fresh.txt", "testdata/heldout.txt", "examples/blind2.txt",
	"examples/blind3.txt", "examples/blind4.txt", "examples/blind5.txt", "examples/blind6.txt",
	"examples/blind7.txt", "testdata/blind8.txt", "examples/blind9.txt", "examples/paraphrases.txt", "testdata/blind10.txt",
	"testdata/blind11.txt", "testdata/blind12.txt", "testdata/blind13.txt", "testdata/blind14.txt", "testdata/blind15.txt",
	"examples/blind16.txt", "examples/blind17.txt", "examples/blind18.txt", "examples/blind19.txt", "examples/blind20.txt", "examples/blind21.txt", "examples/blind22.txt", "examples/blind23.txt", "examples/blind24.txt", "examples/blind25.txt", "examples/blind26.txt", "examples/blind27.txt", "examples/blind28.txt", "examples/blind29.txt", "testdata/blind30.txt", "testdata/blind31.txt",
}

// reportOnly files are scored and reported but held to no threshold: a
// blind batch not tuned on (yet), whose figure is the honest estimate.
var reportOnly = map[string]bool{"blind30.txt": true, "blind31.txt": true, "blind8.txt": true, "blind9.txt": true, "paraphrases.txt": true, "blind10.txt": true, "blind11.txt": true, "blind12.txt": true, "blind13.txt": true, "blind14.txt": true, "blind15.txt": true, "blind17.txt": true}

// summaryOnly files print their figures, never their missed lines (unless
// TECHLEADER_SHOW_HELDOUT=1): a blind set tuned on by reading its misses
// would no longer be blind.
var summaryOnly = map[string]bool{"blind30.txt": true, "blind31.txt": true, "heldout.txt": true, "blind14.txt": true, "blind15.txt": true}

func TestLabelledQuestions(t *testing.T) {
	b := mustNew(t)
	const minAnswer, minDecline = 0.95, 0.90
	var allAns, allAnsOK, allDec, allDecOK int
	for _, path := range labelledFiles {
		file := filepath.Base(path)
		b := b.withoutExamples(file)
		show := !summaryOnly[file] || os.Getenv("TECHLEADER_SHOW_HELDOUT") == "1"
		var ans, ansOK, dec, decOK int
		byKind, byLabel := tally{}, tally{}
		for _, q := range readLabelled(t, path) {
			if q.label != "decline" && !strings.Contains("greeting help thanks", q.label) {
				if _, ok := b.Article(q.label); !ok {
					t.Errorf("%s:%d: unknown article %q", file, q.line, q.label)
				}
			}
			r := b.Search(q.question)
			got := outcome(r)
			ok := got == q.label || (q.label == "decline" && cannedReply(r.Kind))
			if q.label == "decline" {
				dec++
				if ok {
					decOK++
				}
			} else {
				ans++
				if ok {
					ansOK++
				}
			}
			if q.kind != "" {
				byKind.add(q.kind, ok)
			}
			byLabel.add(q.label, ok)
			if !ok && show {
				t.Logf("%s:%d: %q: want %s, got %s (why %s, score %.2f, runner-ups %v)", file, q.line, q.question, q.label, got, r.Why, r.Score, r.RunnerUps)
			}
		}
		t.Logf("%s: answerable top-1 %d/%d = %.1f%%, declined %d/%d = %.1f%%", file, ansOK, ans, pct(ansOK, ans), decOK, dec, pct(decOK, dec))
		if len(byKind) > 0 {
			t.Logf("%s: overall %.1f%%; by kind: %s", file, pct(ansOK+decOK, ans+dec), byKind)
		}
		if show {
			t.Logf("%s: by expected outcome: %s", file, byLabel)
		}
		if reportOnly[file] {
			continue
		}
		if pct(ansOK, ans) < minAnswer*100 {
			t.Errorf("%s: answerable top-1 accuracy %.1f%% is below %.0f%%", file, pct(ansOK, ans), minAnswer*100)
		}
		if pct(decOK, dec) < minDecline*100 {
			t.Errorf("%s: decline accuracy %.1f%% is below %.0f%%", file, pct(decOK, dec), minDecline*100)
		}
		allAns, allAnsOK, allDec, allDecOK = allAns+ans, allAnsOK+ansOK, allDec+dec, allDecOK+decOK
	}
	t.Logf("all: answerable top-1 %.1f%% (%d questions), declined %.1f%% (%d questions)", pct(allAnsOK, allAns), allAns, pct(allDecOK, allDec), allDec)
	if allAns < 110 || allDec < 40 {
		t.Errorf("labelled set too small: %d answerable, %d to decline", allAns, allDec)
	}
	if pct(allAnsOK, allAns) < minAnswer*100 {
		t.Errorf("answerable top-1 accuracy %.1f%% is below %.0f%%", pct(allAnsOK, allAns), minAnswer*100)
	}
	if pct(allDecOK, allDec) < minDecline*100 {
		t.Errorf("decline accuracy %.1f%% is below %.0f%%", pct(allDecOK, allDec), minDecline*100)
	}
}

// cannedReply reports a reply that gives no article: a greeting, thanks
// or help. Some writers label small talk ("thanks!", "hello?") with the
// empty id, read as "decline", where others label it greeting or thanks:
// either way the bot must not answer it from an article, so the canned
// reply meets a decline label (the reverse stays a miss).
func cannedReply(k Kind) bool {
	return k == KindGreeting || k == KindThanks || k == KindHelp
}

// tally counts right answers per group (a kind, an expected outcome).
type tally map[string]*[2]int // group -> {right, total}

func (t tally) add(group string, ok bool) {
	c := t[group]
	if c == nil {
		c = new([2]int)
		t[group] = c
	}
	if ok {
		c[0]++
	}
	c[1]++
}

// String lists the groups in name order: "long 20/25 = 80%, typo ...".
func (t tally) String() string {
	groups := make([]string, 0, len(t))
	for g := range t {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	var sb strings.Builder
	for i, g := range groups {
		if i > 0 {
			sb.WriteString(", ")
		}
		c := t[g]
		fmt.Fprintf(&sb, "%s %d/%d = %.0f%%", g, c[0], c[1], pct(c[0], c[1]))
	}
	return sb.String()
}

func pct(ok, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(ok) / float64(n)
}

// mustNew builds the embedded base or fails the test.
func mustNew(tb testing.TB) *Base {
	tb.Helper()
	b, err := New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return b
}
