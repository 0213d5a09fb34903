//go:build race

package ingest_test

// raceEnabled shrinks the slow tests: modernc.org/sqlite runs many times
// slower under the race detector.
const raceEnabled = true
