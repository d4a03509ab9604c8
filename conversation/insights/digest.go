package insights

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// DigestPoster posts a digest where the consultants read it (the
// consultants' channel).
type DigestPoster interface {
	// PostDigest posts r, the digest id (DigestID: the same on every
	// replica, so a poster can mark the post with it and look for it).
	// An error wrapping ErrMaybePosted says the post may have gone through
	// although it failed (its answer was lost): the digest is then not
	// posted again, so it is posted at most once. Any other error means it
	// was not posted, and it is tried again.
	PostDigest(ctx context.Context, id string, r Report) error
}

// ErrMaybePosted marks a failed post that may have been posted all the
// same.
var ErrMaybePosted = errors.New("the digest may have been posted")

// The digest's timing.
const (
	// DigestCatchUp is how late a digest is still posted: one due while
	// no replica ran (a deployment at 09:00 on a Monday) is posted when
	// one starts within this time.
	DigestCatchUp = 24 * time.Hour
	// digestLease is how long a replica holds the digest while it posts:
	// a replica that crashed holding it is taken over after this.
	digestLease = 5 * time.Minute
	// digestPostTimeout bounds a post, well within the lease.
	digestPostTimeout = 2 * time.Minute
	// DigestRetry is how often a digest not posted yet (another replica
	// holds it, or the post failed) is looked at again.
	DigestRetry = time.Minute
	// digestKeep is how long a posted digest is remembered as done: past
	// its catch-up time.
	digestKeep = 8 * 24 * time.Hour
)

// Digest posts the weekly digest: at each time of Schedule, the report of
// the seven days before that day (DigestPeriod) goes to Poster, once
// across replicas: each replica claims the digest's id (DigestID) in
// Claims, and only the one holding it posts. A post that fails is released
// and tried again every DigestRetry (by any replica) until DigestCatchUp
// after its time; one that may have gone through is not (at most once).
type Digest struct {
	Schedule Schedule
	// Policy gives the clock and the zone of the schedule and of days.
	Policy Policy
	Reader Reader
	Claims Claims
	Poster DigestPoster
	// Holder names this replica in Claims; NewID's when empty.
	Holder string
	// Report adjusts the report (article titles).
	Report ReportOptions
	// Log may be nil.
	Log *slog.Logger
	// Sleep waits d, or until ctx ends, and reports whether it waited the
	// whole time; nil: a timer. Tests replace it.
	Sleep func(ctx context.Context, d time.Duration) bool

	posted  string // id of the digest this replica posted and has not finished
	settled string // id of the last digest known to be done
}

// Run posts each digest when it falls due, until ctx ends. It returns at
// once when the schedule is off.
func (d *Digest) Run(ctx context.Context) {
	if !d.Schedule.On {
		return
	}
	for {
		if !d.sleep(ctx, d.Tick(ctx)) {
			return
		}
	}
}

// Tick posts the digest due now, unless it is done, and returns how long
// to wait before the next Tick. Run calls it; it is not safe for
// concurrent use.
func (d *Digest) Tick(ctx context.Context) time.Duration {
	if d.Holder == "" {
		d.Holder = "digest-" + NewID()
	}
	now := d.Policy.Now()
	if at, ok := d.due(now); ok && !d.attempt(ctx, at) {
		return DigestRetry
	}
	return max(d.Schedule.Next(now, d.Policy.Location()).Sub(now), time.Second)
}

// due returns the last digest time at or before now, if it is no older
// than DigestCatchUp.
func (d *Digest) due(now time.Time) (time.Time, bool) {
	loc := d.Policy.Location()
	at := d.Schedule.Next(now.Add(-8*24*time.Hour), loc)
	if at.IsZero() {
		return time.Time{}, false
	}
	for {
		next := d.Schedule.Next(at, loc)
		if next.After(now) {
			break
		}
		at = next
	}
	return at, !at.After(now) && now.Sub(at) <= DigestCatchUp
}

// attempt posts the digest due at, if this replica gets it, and reports
// whether the digest is settled (posted, by anyone) or must be looked at
// again.
func (d *Digest) attempt(ctx context.Context, at time.Time) bool {
	id := DigestID(at, d.Policy.Location())
	if d.settled == id {
		return true
	}
	log := d.log().With("digest", id)
	if d.posted != id {
		st, err := d.Claims.Claim(ctx, id, d.Holder, digestLease)
		switch {
		case err != nil:
			log.Warn("digest: cannot claim", "err", err)
			return false
		case st == Done:
			d.settled = id
			return true
		case st == Held:
			log.Debug("digest: another replica holds it")
			return false
		}
		err = d.post(ctx, id, at)
		if err != nil && !errors.Is(err, ErrMaybePosted) {
			log.Warn("digest not posted; it will be tried again", "err", err)
			if rerr := d.Claims.Release(ctx, id, d.Holder); rerr != nil {
				log.Warn("digest: claim not released; another replica takes over when it runs out", "err", rerr)
			}
			return false
		}
		if err != nil {
			log.Warn("digest may not have been posted; not tried again, so it is never posted twice", "err", err)
		} else {
			log.Info("digest posted")
		}
		d.posted = id
	}
	if err := d.Claims.Finish(ctx, id, d.Holder, digestKeep); err != nil {
		log.Warn("digest posted but not marked done; trying again", "err", err)
		return false
	}
	d.posted, d.settled = "", id
	return true
}

// post builds the report of the week before at and posts it.
func (d *Digest) post(ctx context.Context, id string, at time.Time) error {
	ctx, cancel := context.WithTimeout(ctx, digestPostTimeout)
	defer cancel()
	rep, err := BuildReport(ctx, d.Reader, d.Policy, DigestPeriod(at, d.Policy.Location()), d.Report)
	if err != nil {
		return fmt.Errorf("build the digest: %w", err)
	}
	return d.Poster.PostDigest(ctx, id, rep)
}

func (d *Digest) log() *slog.Logger {
	if d.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Log
}

func (d *Digest) sleep(ctx context.Context, dur time.Duration) bool {
	if d.Sleep != nil {
		return d.Sleep(ctx, dur)
	}
	return sleep(ctx, dur)
}
