//go:build race

package conversation

// raceDetector: the tests run under the race detector.
const raceDetector = true
