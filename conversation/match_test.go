package conversation

import "testing"

func TestMatchOption(t *testing.T) {
	tests := []struct {
		q, text string
		want    string // "" : no confident match, re-ask
	}{
		// Option numbers.
		{qSize, "1", "xs"},
		{qSize, "4", "l"},
		{qSize, "option 2", "s"},
		{qSize, "#3", "m"},
		{qSize, "3.", "m"},
		{qStage, "two", "scaling"},
		{qOps, "4", ""},
		{qOps, "0", ""},
		// Headcounts on the size question.
		{qSize, "15", "s"},
		{qSize, "about 300 people", "l"},
		{qSize, "we're 8 people", "xs"},
		{qSize, "3 of us", "xs"},
		{qSize, "1,200 employees", "l"},
		{qSize, "120", "m"},
		// Labels and paraphrases.
		{qSize, "11–50 people", "s"},
		{qSize, "we're a small business", "s"},
		{qStage, "Early-stage startup", "startup"},
		{qStage, "we are growing fast", "scaling"},
		{qStage, "pretty established", "established"},
		{qOps, "completely", "high"},
		{qOps, "quite a lot", "medium"},
		{qOps, "not much really", "low"},
		{qSystems, "yes", "pain"},
		{qSystems, "they're slow and outdated", "pain"},
		{qSystems, "not good", ""},
		{qData, "we have data silos everywhere", "yes"},
		{qData, "nope", "no"},
		{qSecurity, "ransomware keeps me up at night", "high"},
		{qSecurity, "not worried", "low"},
		{qSecurity, "a little worried", "medium"},
		{qProducts, "we're building an app", "core"},
		{qProducts, "no app", "no"},
		{qProducts, "thinking about it", "planned"},
		{qCompetitors, "no idea", "unsure"},
		{qCompetitors, "yes, we're falling behind", "yes"},
		{qBudget, "can't afford it", "no"},
		{qBudget, "we can afford it", "yes"},
		{qBudget, "small budget", "no"},
		{qBudget, "maybe", "maybe"},
		// Typos.
		{qOps, "compeltely", "high"},
		{qInnovation, "definately", "yes"},
		{qStage, "establised", "established"},
		// Ambiguous or unrelated: re-ask rather than guess.
		{qBudget, "yes and no", ""},
		{qOps, "bananas", ""},
		{qSize, "", ""},
		{qSecurity, "hmm", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			q := &questions[questionIndex(tt.q)]
			o, ok := matchOption(q, tt.text)
			got := ""
			if ok {
				got = o.Value
			}
			if got != tt.want {
				t.Errorf("matchOption(%s, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}

func TestTextCommand(t *testing.T) {
	tests := []struct {
		text string
		want Command // "" : not a command
	}{
		{"back", CommandBack},
		{"Go back please", CommandBack},
		{"start over", CommandRestart},
		{"can we start over?", CommandRestart},
		{"restart", CommandRestart},
		{"cancel", CommandCancel},
		{"Stop!", CommandCancel},
		{"stop the assessment", CommandCancel},
		{"start the assessment", CommandStart},
		{"assess me", CommandStart},
		{"Which one do I need?", CommandStart},
		{"so do I need a CIO or a CTO?", CommandStart},
		{"let's start", CommandStart},
		{"status", CommandStatus},
		{"where am I", CommandStatus},
		{"forget me", CommandForget},
		{"how do I stop ransomware?", ""},
		{"what is a CIO", ""},
		{"back office systems are slow", ""},
		{"we started last year", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := textCommand(tt.text)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("textCommand(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWantsHandoff(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I'd like to talk to a human", true},
		{"can I speak with an expert?", true},
		{"book a call", true},
		{"please connect me with a consultant", true},
		{"consultant", true},
		{"put me in touch", true},
		{"what does a consultant cost compared to a CTO?", false},
		{"what is a CIO?", false},
		{"should we talk about cybersecurity", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := wantsHandoff(tt.text); got != tt.want {
				t.Errorf("wantsHandoff(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestIsQuestionLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"what is a CIO", true},
		{"is that normal?", true},
		{"how does a vCIO work", true},
		{"yes", false},
		{"about 300 people", false},
		{"what", false},
	}
	for _, tt := range tests {
		if got := isQuestionLike(tt.text); got != tt.want {
			t.Errorf("isQuestionLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"abc", "abc", 0},
		{"compeltely", "completely", 1},
		{"definately", "definitely", 1},
		{"kitten", "sitting", 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, 5); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
