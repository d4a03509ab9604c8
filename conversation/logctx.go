package conversation

import (
	"context"
	"log/slog"
)

// loggerKey is the context key of the logger for the work under way.
type loggerKey struct{}

// WithLogger returns ctx carrying l: the logger for the work done under ctx,
// holding the ids of what is being handled (envelope, team, user), so that
// every layer's log lines carry them. A nil l leaves ctx as it is.
func WithLogger(ctx context.Context, l *slog.Logger) context.Context {
	if l == nil {
		return ctx
	}
	return context.WithValue(ctx, loggerKey{}, l)
}

// LoggerFrom returns the logger carried by ctx (WithLogger), or fallback
// when there is none.
func LoggerFrom(ctx context.Context, fallback *slog.Logger) *slog.Logger {
	if ctx != nil {
		if l, ok := ctx.Value(loggerKey{}).(*slog.Logger); ok && l != nil {
			return l
		}
	}
	return fallback
}
