package bottest

import (
	"sync"
	"testing"

	"github.com/springfield/techleader/knowledge"
)

var (
	kbOnce sync.Once
	kb     *knowledge.Base
	kbErr  error
)

// Knowledge is the embedded knowledge base, loaded once per test binary:
// every front end's tests run the real engine on it.
func Knowledge(t testing.TB) *knowledge.Base {
	t.Helper()
	kbOnce.Do(func() { kb, kbErr = knowledge.New() })
	if kbErr != nil {
		t.Fatalf("knowledge.New: %v", kbErr)
	}
	return kb
}
