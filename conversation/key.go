package conversation

import "strings"

// Key names one conversation: a user on a platform and workspace, and,
// where the conversation lives in a channel thread, that thread.
// A user's direct-message conversation has an empty Thread.
//
// Every key carries the user, so one user's state can never be read or
// changed through another user's key.
type Key struct {
	Platform string // "slack", "cli", ...
	Team     string // workspace or tenant id
	User     string // the user's id on the platform
	Thread   string // "" for a direct conversation; "C123/1700000000.000100" for a thread
}

// DirectKey returns the key of the user's direct conversation: the same user,
// no thread.
func (k Key) DirectKey() Key { k.Thread = ""; return k }

// UserID is the stable "platform:team:user" id of the user behind the key.
func (k Key) UserID() string {
	return k.Platform + ":" + k.Team + ":" + k.User
}

// String is "platform:team:user" or "platform:team:user:thread"; it is used
// in logs and as a map key.
func (k Key) String() string {
	if k.Thread == "" {
		return k.UserID()
	}
	return k.UserID() + ":" + k.Thread
}

// Valid reports whether the key names a user; inputs with an invalid key
// are refused.
func (k Key) Valid() bool {
	return k.Platform != "" && k.User != "" && !strings.ContainsAny(k.UserID(), "{}\n")
}
