package ingest

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress draws the run's state: a bar redrawn in place on a terminal,
// plain periodic lines otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	start    time.Time
	last     time.Time
	every    time.Duration
	drawn    bool
}

func newProgress(w io.Writer, terminal bool, every time.Duration) *progress {
	if every <= 0 {
		every = 5 * time.Second
		if terminal {
			every = 200 * time.Millisecond
		}
	}
	now := time.Now()
	return &progress{w: w, terminal: terminal, start: now, last: now, every: every}
}

// update draws s if the last drawing is old enough; total is the number of
// articles read so far and final says the reader is done.
func (p *progress) update(s *Summary, readDone bool) {
	if p == nil || p.w == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	p.draw(s, readDone)
}

func (p *progress) draw(s *Summary, readDone bool) {
	done := s.processed()
	rate := float64(done) / max(time.Since(p.start).Seconds(), 1e-3)
	if !p.terminal {
		fmt.Fprintf(p.w, "ingest: %d read, %d new, %d duplicate, %d near-duplicate, %d failed (%.0f/s)\n",
			s.Read, s.New, s.Duplicate, s.NearDuplicate, s.Failed, rate)
		return
	}
	const width = 30
	bar := strings.Repeat("·", width)
	total := fmt.Sprintf("%d", done)
	if readDone && s.units > 0 {
		all := s.units
		n := min(width, width*done/max(all, 1))
		bar = strings.Repeat("█", n) + strings.Repeat("·", width-n)
		total = fmt.Sprintf("%d/%d", done, all)
	} else {
		pos := int(time.Since(p.start)/(100*time.Millisecond)) % width
		bar = bar[:pos*len("·")] + "█" + bar[(pos+1)*len("·"):]
	}
	fmt.Fprintf(p.w, "\r\033[K[%s] %s articles  %d new  %d dup  %d near  %d failed  %.0f/s",
		bar, total, s.New, s.Duplicate, s.NearDuplicate, s.Failed, rate)
	p.drawn = true
}

// finish clears the bar so the summary starts on a clean line.
func (p *progress) finish() {
	if p != nil && p.terminal && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
