package conversation_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBlindSets scores the blind sets in testdata/blind/ (answers*.txt,
// profiles*.txt) exactly as TestAnswerQuality and TestProfiles score the
// others, but holds them to no goal and fails on nothing a reader could
// get wrong: they are written to be scored once before anything is tuned
// on them, and the figures reported. Opt-in, so that routine runs neither
// fail on them nor show their misses to whoever tunes the reader.
func TestBlindSets(t *testing.T) {
	if os.Getenv("BLIND") == "" {
		t.Skip("set BLIND=1 to score the blind sets in testdata/blind")
	}
	answerFiles, err := filepath.Glob(filepath.Join("testdata", "blind", "answers*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	profileFiles, err := filepath.Glob(filepath.Join("testdata", "blind", "profiles*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(answerFiles)+len(profileFiles) == 0 {
		t.Fatal("no answers*.txt or profiles*.txt in testdata/blind")
	}
	e := realEngine(t)
	for _, file := range answerFiles {
		scoreAnswers(t, e, file, t.Logf)
	}
	for _, file := range profileFiles {
		f := newProfileFigures()
		runProfiles(t, e, file, loadProfiles(t, file), f)
		f.log(t, filepath.Base(file))
	}
}
