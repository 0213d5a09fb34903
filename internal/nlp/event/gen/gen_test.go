package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"eventgraph/internal/sharedtest"
)

// TestRun_UpToDate regenerates the data from the shared folder and compares
// it with the committed files.
func TestRun_UpToDate(t *testing.T) {
	src := sharedtest.Path(t, "data/cameo")
	out := t.TempDir()
	if err := run(src, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"verbs.txt", "codes.tsv", "discards.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the committed file differs from a fresh run; run go run ./internal/nlp/event/gen -shared ../shared", name)
		}
	}
}

func TestNeverMatches(t *testing.T) {
	cases := []struct {
		pattern string
		want    bool
	}{
		{"* (TO {BANNED PARTIES}) $", true},
		{"* TAP_WIRE", true},
		{"* A/B", true},
		{"* &MILITARY (TO BORDER)", false},
		{"* {ARMS SHIPMENT}", false},
	}
	for _, c := range cases {
		if got := neverMatches(c.pattern); got != c.want {
			t.Errorf("neverMatches(%q): got %v, want %v", c.pattern, got, c.want)
		}
	}
}

func TestFixCode(t *testing.T) {
	known := map[string]bool{"120": true, "121": true, "170": true, "195": true, "080": true, "042": true}
	cases := map[string]string{"1213": "121", "176": "170", "1952": "195", "080!": "080", "---": "---", "042": "042", "999": "---"}
	for in, want := range cases {
		if got := fixCode(in, known); got != want {
			t.Errorf("fixCode(%q): got %q, want %q", in, got, want)
		}
	}
}
