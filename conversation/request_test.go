package conversation

import "testing"

// TestHandoffRequestOrStatement: a contact verb and a person asked of the
// bot start a handoff; the same words telling how the business works do
// not (an answer mid-assessment once started a handoff that way).
func TestHandoffRequestOrStatement(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// Requests.
		{"hi, talk to a human", true},
		{"could we schedule a 30 minute consultation", true},
		{"I would like to arrange a meeting with one of your consultants", true},
		{"can somebody call me tomorrow", true},
		{"pls get in touch", true},
		{"is there a real person I can speak to", true},
		{"we'd love to chat with an expert about this", true},
		{"just connect me to sales", true},
		{"let me talk to someone", true},
		{"how do I reach a consultant", true},
		// Statements about the business.
		{"sometimes we call the same person twice", false},
		{"customers get in touch on WhatsApp mostly", false},
		{"suppliers call me when stock runs low", false},
		{"our drivers talk to people all day", false},
		{"we need to reach more people online", false},
		{"the receptionist books a call with every new client", false},
		{"I speak to our accountant once a month", false},
		{"my staff contact me on my mobile", false},
		{"we meet people at trade fairs", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := wantsHandoff(tt.text); got != tt.want {
				t.Errorf("wantsHandoff(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
