package conversation

import "testing"

// TestToldInTurns: answers told in parts, over time, by comparison, on a
// condition or of another subject, and their look-alikes that must read
// as before.
func TestToldInTurns(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		{qSize, "front of house 8, kitchen 7, plus me", "s"},
		{qSize, "twelve full-time, five part-time", "s"},
		{qSize, "about 400 if you count the franchisees' staff, 30 at head office", "s"},
		{qSize, "11–50 people", "s"},
		{qSize, "7. it's 7. it's always been 7", "xs"},
		{qStage, "last year one restaurant, this year three, next year five", "scaling"},
		{qStage, "two sites last year, six this year", "scaling"},
		{qOps, "honestly the oven matters more than any computer", "low"},
		{qOps, "the van matters more than the laptop", "low"},
		{qProducts, "the only thing we develop is new recipes", "no"},
		{qProducts, "all we make is furniture", "no"},
		{qProducts, "we develop software for clinics", "core"},
		{qProducts, "a parent app of our own, once the second nursery settles", "planned"},
		{qProducts, "an ordering app if the grant comes through", "planned"},
		{qInnovation, "tradition is the whole point of what we do", "no"},
		{qInnovation, "craftsmanship is key for us", "no"},
		{qInnovation, "innovation is the whole point", "yes"},
		{qCompetitors, "last year I'd have said yes, now we've caught up", "no"},
		{qCompetitors, "a year ago we were level, but now they're miles ahead", "yes"},
		{qData, "footage retention's under control, the client records less so", "some"},
		{qSystems, "the till's fine, the website less so", "some"},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			q := &questions[questionIndex(tt.q)]
			m := matchAnswer(q, tt.text, nil)
			if m.value != tt.want {
				t.Errorf("matchAnswer(%s, %q) = %q %v, want %q", tt.q, tt.text, m.value, m.candidates, tt.want)
			}
		})
	}
}
