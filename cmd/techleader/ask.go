package main

import (
	"context"
	"errors"
)

// runAsk is a placeholder until the ask sub-command lands.
func runAsk(ctx context.Context, args []string, e env) error {
	return errors.New("ask: not built yet")
}
