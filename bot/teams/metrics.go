package teams

import "github.com/springfield/techleader/bot"

// Metrics is what the Teams front end measures (bot/observe's
// TeamsMetrics implements it). In bot.Metrics' terms an envelope is an
// inbound activity, by turn kind ("message", "card_action", "installed",
// "uninstalled", "ignore"), and an API call a Bot Connector call, by
// operation (OpSend, OpReply, OpUpdate, OpCreate).
type Metrics interface {
	bot.Metrics
	// Refused counts a request answered without a turn, by reason (the
	// Refused* constants).
	Refused(reason string)
}

// Reasons of Metrics.Refused.
const (
	RefusedUnauthenticated = "unauthenticated"       // no or a bad token: 401
	RefusedForbidden       = "forbidden"             // the token does not cover the activity: 403
	RefusedKeysUnavailable = "keys_unavailable"      // the signing keys could not be loaded: 503
	RefusedBadActivity     = "bad_activity"          // the body is not an activity: 400
	RefusedTooLarge        = "too_large"             // the body is over the limit: 413
	RefusedServiceURL      = "untrusted_service_url" // the service URL is not acceptable: 403
	RefusedBusy            = "busy"                  // the worker queue is full: 503
	RefusedNotYourCard     = "not_your_card"         // a click on another user's card
)

// Operations of the connector, as metric labels.
const (
	OpSend   = "send"
	OpReply  = "reply"
	OpUpdate = "update"
	OpCreate = "create_conversation"
)

// nopMetrics measures nothing.
type nopMetrics struct{ bot.NopMetrics }

func (nopMetrics) Refused(string) {}
