package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	s := &Summary{Read: 10, New: 6, Duplicate: 2, NearDuplicate: 1, Failed: 1, units: 20}
	var term strings.Builder
	p := newProgress(&term, true, time.Nanosecond)
	p.draw(s, true)
	p.finish()
	if got := term.String(); !strings.HasPrefix(got, "\r\033[K[") || !strings.Contains(got, "10/20 articles") || !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("terminal: got %q", got)
	}
	var plain strings.Builder
	p = newProgress(&plain, false, time.Nanosecond)
	time.Sleep(time.Millisecond)
	p.update(s, false)
	if got := plain.String(); !strings.HasPrefix(got, "ingest: 10 read, 6 new, 2 duplicate, 1 near-duplicate, 1 failed (") {
		t.Errorf("plain: got %q", got)
	}
	if strings.Contains(plain.String(), "\r") {
		t.Errorf("plain output has carriage returns: %q", plain.String())
	}
	var nothing *progress
	nothing.update(s, true) // a nil progress shows nothing
}
