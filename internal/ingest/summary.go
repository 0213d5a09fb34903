package ingest

import (
	"fmt"
	"io"
	"time"
)

// Failure is one input that was not stored, with the reason.
type Failure struct {
	Input  string // source, or article id within a source
	Reason string
}

// Summary counts what one ingest run did.
type Summary struct {
	Read          int // articles read from the sources
	New           int // stored and fused
	Duplicate     int // already stored (same URL or content hash)
	NearDuplicate int // stored, linked to an original, not fused
	Failed        int // articles or sources not stored
	Failures      []Failure
	Elapsed       time.Duration
	Interrupted   bool

	units int // items and source errors the reader produced
}

// OK reports whether nothing failed and the run was not interrupted.
func (s *Summary) OK() bool { return s.Failed == 0 && !s.Interrupted }

// processed is the number of articles the run is done with.
func (s *Summary) processed() int { return s.New + s.Duplicate + s.NearDuplicate + s.Failed }

// Write prints the summary: one line of counts, then one line per failure.
func (s *Summary) Write(w io.Writer) {
	rate := 0.0
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = float64(s.New+s.NearDuplicate) / secs
	}
	state := "done"
	if s.Interrupted {
		state = "interrupted"
	}
	fmt.Fprintf(w, "ingest %s: %d read, %d new, %d duplicate, %d near-duplicate, %d failed in %s (%.0f stored/s)\n",
		state, s.Read, s.New, s.Duplicate, s.NearDuplicate, s.Failed, s.Elapsed.Round(time.Millisecond), rate)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Input, f.Reason)
	}
}
