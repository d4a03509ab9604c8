package bottest

import (
	"context"
	"slices"
	"sync"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// FakeEngine is a bot.Engine that records the inputs it is given and
// answers with scripted replies. It is safe for concurrent use; the zero
// value answers nothing.
type FakeEngine struct {
	// Reply, when set, gives the replies to an input.
	Reply func(key conversation.Key, in conversation.Input) []conversation.Reply
	// PanicOn, when set, makes Handle panic on a text input of that text.
	PanicOn string
	// Handled, when set, receives the text of every input handled (after
	// it is recorded).
	Handled chan string
	// StatusOf, when set, answers Status.
	StatusOf func(key conversation.Key) (conversation.Status, error)
	// ForgetErr is what Forget returns.
	ForgetErr error

	mu        sync.Mutex
	inputs    map[string][]conversation.Input
	forgotten []conversation.Key
}

var _ bot.Engine = (*FakeEngine)(nil)

// Handle records in and returns f.Reply's replies.
func (f *FakeEngine) Handle(_ context.Context, key conversation.Key, in conversation.Input) []conversation.Reply {
	if f.PanicOn != "" && in.Text == f.PanicOn {
		panic("bottest: FakeEngine.PanicOn")
	}
	f.mu.Lock()
	if f.inputs == nil {
		f.inputs = map[string][]conversation.Input{}
	}
	f.inputs[key.String()] = append(f.inputs[key.String()], in)
	f.mu.Unlock()
	if f.Handled != nil {
		f.Handled <- in.Text
	}
	if f.Reply == nil {
		return nil
	}
	return f.Reply(key, in)
}

// Status answers with f.StatusOf, or a zero Status.
func (f *FakeEngine) Status(_ context.Context, key conversation.Key) (conversation.Status, error) {
	if f.StatusOf == nil {
		return conversation.Status{}, nil
	}
	return f.StatusOf(key)
}

// Forget records key and returns f.ForgetErr.
func (f *FakeEngine) Forget(_ context.Context, key conversation.Key) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ForgetErr != nil {
		return f.ForgetErr
	}
	f.forgotten = append(f.forgotten, key)
	return nil
}

// Inputs returns the inputs handled for key, in order.
func (f *FakeEngine) Inputs(key conversation.Key) []conversation.Input {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.inputs[key.String()])
}

// Texts returns the texts of the inputs handled for key, in order.
func (f *FakeEngine) Texts(key conversation.Key) []string {
	var out []string
	for _, in := range f.Inputs(key) {
		out = append(out, in.Text)
	}
	return out
}

// Forgotten returns the keys Forget was called with.
func (f *FakeEngine) Forgotten() []conversation.Key {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.forgotten)
}
