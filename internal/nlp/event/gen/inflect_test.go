package main

import (
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	cases := []struct {
		lemma string
		want  []string
	}{
		{"deploy", []string{"deploy", "deploys", "deployed", "deploying"}},
		{"set", []string{"set", "sets", "set", "setting"}},
		{"stop", []string{"stop", "stops", "stopped", "stopping"}},
		{"travel", []string{"travel", "travels", "traveled", "traveling"}},
		{"commit", []string{"commit", "commits", "committed", "committing"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"take", []string{"take", "takes", "took", "taken", "taking"}},
		{"accuse", []string{"accuse", "accuses", "accused", "accusing"}},
		{"push", []string{"push", "pushes", "pushed", "pushing"}},
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
		{"slam", []string{"slam", "slams", "slammed", "slamming"}},
		{"tie", []string{"tie", "ties", "tied", "tying"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
	}
	for _, c := range cases {
		t.Run(c.lemma, func(t *testing.T) {
			if got := inflect(c.lemma); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
