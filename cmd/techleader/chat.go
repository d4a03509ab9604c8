package main

import (
	"context"
	"errors"
)

// runChat is a placeholder until the chat sub-command lands.
func runChat(ctx context.Context, args []string, e env) error {
	return errors.New("chat: not built yet")
}
