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

// TestNormalizer checks that a Normalizer gives what Normalize gives, and
// that the strings it returned earlier survive its buffer growing.
func TestNormalizer(t *testing.T) {
	in := []string{"plain", "Erdoğan’s", "ÆTHELRED", "`quoted`", "", "U.S.", "Ⱥ-Kelvin-\u212a", "São Paulo", "über—alles", "x"}
	var n Normalizer
	var got []string
	for range 50 {
		for _, s := range in {
			got = append(got, n.Normalize(s))
		}
	}
	for i, g := range got {
		if want := Normalize(in[i%len(in)]); g != want {
			t.Errorf("Normalizer(%q) = %q, want %q", in[i%len(in)], g, want)
		}
	}
}
