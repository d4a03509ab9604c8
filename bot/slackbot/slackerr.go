package slackbot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
)

// errKind is what a failed Web API call means for whoever made it.
type errKind int

const (
	// errNetwork: no usable answer (network, garbled): worth retrying; the
	// request may have been served.
	errNetwork errKind = iota
	// errCancelled: the context ended; the request may have been served.
	errCancelled
	// errRateLimited: a 429 or Slack's ratelimited: retry after the wait;
	// nothing was served.
	errRateLimited
	// errServer: a 5xx or Slack's internal_error family: worth retrying;
	// the request may have been served.
	errServer
	// errRefused: any other Slack answer or HTTP status: retrying cannot
	// help, and nothing was served.
	errRefused
)

// slackErr is a failed call, classified. Every decision about Slack's
// errors (retry, post again, give up, fall back to text) reads it.
type slackErr struct {
	kind       errKind
	code       string        // Slack's error code ("invalid_blocks"), "" when none
	status     int           // the HTTP status, 0 when unknown
	retryAfter time.Duration // what a 429 asked for, 0 when it did not say
}

// classify tells what err, from a Web API call, means.
func classify(err error) slackErr {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return slackErr{kind: errCancelled}
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return slackErr{kind: errRateLimited, status: http.StatusTooManyRequests, retryAfter: rl.RetryAfter}
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return slackErr{kind: errRateLimited, status: sc.Code}
		case sc.Code >= 500:
			return slackErr{kind: errServer, status: sc.Code}
		}
		return slackErr{kind: errRefused, status: sc.Code}
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "ratelimited", "rate_limited":
			return slackErr{kind: errRateLimited, code: se.Err}
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return slackErr{kind: errServer, code: se.Err}
		}
		return slackErr{kind: errRefused, code: se.Err}
	}
	return slackErr{kind: errNetwork}
}

// mayHaveBeenServed reports whether Slack may have acted on the request
// although the call failed: its answer was lost or broken.
func (e slackErr) mayHaveBeenServed() bool {
	return e.kind == errNetwork || e.kind == errServer || e.kind == errCancelled
}

// slackErrCode is the error code of a Slack error answer ("invalid_blocks"),
// or "".
func slackErrCode(err error) string { return classify(err).code }

// blocksRefused reports whether Slack refused a message's blocks, so that
// it should be sent again as plain text.
func blocksRefused(err error) bool {
	switch slackErrCode(err) {
	case "invalid_blocks", "invalid_blocks_format", "too_many_blocks", "block_mismatch":
		return true
	}
	return false
}

// transient describes err, from a call (what) made under ctx, without a
// URL (safeErr), and wraps it with conversation.ErrUnavailable unless
// Slack refused the call for good: the kind by which the handoff workflow
// decides to retry or go on.
func transient(ctx context.Context, what string, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() == nil && classify(err).kind == errRefused {
		return fmt.Errorf("%s: %v", what, safeErr(err))
	}
	return fmt.Errorf("%w: %s: %v", conversation.ErrUnavailable, what, safeErr(err))
}
