// Package bottest holds the test doubles every front end's tests share
// (Counters, a fake engine, a recording Surface, a mutex-guarded buffer)
// and the front-end conformance suite, Run, that each front end runs with
// its own Harness.
package bottest
