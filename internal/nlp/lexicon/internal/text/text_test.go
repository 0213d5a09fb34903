package text

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. troops", []string{"U.S.", "troops"}},
		{"Russia's army", []string{"Russia", "'s", "army"}},
		{"Agence France-Presse", []string{"Agence", "France-Presse"}},
		{"Washington, D.C.", []string{"Washington", ",", "D.C."}},
		{"(Reuters)", []string{"(", "Reuters", ")"}},
		{"St. Petersburg", []string{"St.", "Petersburg"}},
		{"the end.", []string{"the", "end", "."}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := Split(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
