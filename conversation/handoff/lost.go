package handoff

import "fmt"

// OutboxLostError is Store.NextCards' error when the outbox the store saw
// before is gone: Redis came back empty (a restart without persistence, a
// failover to a replica that never had it, a flush). The card jobs queued
// in it are lost with it: no consultant was told of their handoffs, whose
// records are most likely gone too.
type OutboxLostError struct {
	// Jobs is how many card jobs the outbox held when the store last
	// counted them, less those it finished since: an estimate, since other
	// processes add and finish jobs too.
	Jobs int
}

func (e *OutboxLostError) Error() string {
	return fmt.Sprintf("handoff outbox lost, with %d card jobs at the last count", e.Jobs)
}
