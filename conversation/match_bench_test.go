package conversation

import (
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

const benchDescription = "We're a 120-person logistics company, established in 1990. Everything runs on our systems and we can't work without them. " +
	"Our systems are ancient and slow, our data is a mess, and ransomware keeps me up at night. " +
	"We don't build software, we just use it. Innovation is not a priority for us. " +
	"Our competitors are way ahead of us. Our budget is tight."

// BenchmarkTokenize is the baseline for the two below: only cutting the
// text into words.
func BenchmarkTokenize(b *testing.B) {
	for b.Loop() {
		tokenize(benchDescription)
	}
}

// BenchmarkMatchAnswer reads a typical typed answer.
func BenchmarkMatchAnswer(b *testing.B) {
	q := &questions[questionIndex(qCompetitors)]
	for b.Loop() {
		forgetTokens() // each op a fresh answer, as a new reply is
		matchAnswer(q, "yeah, they're way ahead of us to be honest", nil)
	}
}

// BenchmarkReadDescription reads a paragraph describing the company for
// all ten questions.
func BenchmarkReadDescription(b *testing.B) {
	for b.Loop() {
		readDescription(benchDescription)
	}
}

// BenchmarkReadAnswer is BenchmarkMatchAnswer's answer read by the rules
// blended with the learned reader: the cost of the model per answer.
func BenchmarkReadAnswer(b *testing.B) {
	q := &questions[questionIndex(qCompetitors)]
	learned()
	for b.Loop() {
		forgetTokens()
		readAnswer(q, "yeah, they're way ahead of us to be honest", nil)
	}
}

// BenchmarkLearnedTrain builds the learned reader from the embedded
// labelled answers, as at start-up (parsing included).
func BenchmarkLearnedTrain(b *testing.B) {
	for b.Loop() {
		train(answers.All())
	}
}

// forgetTokens empties tokenize's cache.
func forgetTokens() {
	tokenCache.Lock()
	clear(tokenCache.m)
	tokenCache.Unlock()
}
