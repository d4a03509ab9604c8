package conversation

import (
	"context"
	"errors"
	"time"
)

// ErrConflict is returned by Store.Save when the stored version is no
// longer the one the caller loaded: someone else saved in between.
var ErrConflict = errors.New("conversation changed concurrently")

// ErrUnavailable wraps errors of a store that cannot be reached (network,
// timeout, server down). Such errors are transient.
var ErrUnavailable = errors.New("conversation store unavailable")

// Store keeps each conversation's encoded state with a version for
// optimistic concurrency. Implementations are safe for concurrent use.
type Store interface {
	// Load returns the state saved under key and its version. A key with
	// no state gives nil data and version 0, not an error. Errors wrap
	// ErrUnavailable when the store cannot be reached.
	Load(ctx context.Context, key Key) (data []byte, version int64, err error)

	// Save stores data under key if the saved version still equals
	// version (0: nothing saved yet), refreshes the key's time to live to
	// ttl, and returns the new version. It returns ErrConflict if the
	// version moved on, and an error wrapping ErrUnavailable when the
	// store cannot be reached.
	Save(ctx context.Context, key Key, data []byte, version int64, ttl time.Duration) (int64, error)

	// Forget deletes every conversation of the user behind key (direct
	// and all threads).
	Forget(ctx context.Context, key Key) error
}
