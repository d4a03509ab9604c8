package conversation

import (
	"strings"

	"github.com/springfield/techleader/knowledge"
)

// Typo-forgiving word matching: how a typed word is compared with a key
// word.

// longTypos reports whether every typo in text is in a key word of 7
// letters or more: short generic words ("never", "sure") must be exact.
func longTypos(text, key []string) bool {
	for i := range key {
		if text[i] != key[i] && len([]rune(key[i])) < 7 {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func wordsMatch(text, key []string) bool {
	for i := range key {
		if !wordMatch(text[i], key[i]) {
			return false
		}
	}
	return true
}

// wordMatch compares a typed word with a key word, forgiving typos: one
// edit for key words of 5 to 7 letters, two from 8 letters; shorter words
// ("cant" and "can") and numbers must be exact.
func wordMatch(typed, key string) bool {
	if typed == key {
		return true
	}
	if vocabulary[typed] {
		return false
	}
	n := len([]rune(key))
	allowed := 0
	switch {
	case n >= 8:
		allowed = 2
	case n >= 5:
		allowed = 1
	}
	if allowed == 0 || strings.ContainsAny(key, "0123456789") {
		return false
	}
	return knowledge.EditDistance(typed, key, allowed) <= allowed
}
