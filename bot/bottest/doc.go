// Package bottest holds the test doubles every front end's tests share
// (Counters, a fake engine, a recording Surface, a mutex-guarded buffer,
// the embedded knowledge base loaded once)
// and the front-end conformance suite, Run, that each front end runs with
// its own Harness.
package bottest
