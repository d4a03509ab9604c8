package main

import (
	"context"
	"errors"
)

// runServe is a placeholder until the serve sub-command lands.
func runServe(ctx context.Context, args []string, e env) error {
	return errors.New("serve: not built yet")
}

// runDefault is a placeholder until the serve sub-command lands.
func runDefault(ctx context.Context, e env) error { return runServe(ctx, nil, e) }
