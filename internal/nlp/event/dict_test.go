package event

import (
	"testing"
)

func TestParsePattern(t *testing.T) {
	syn := map[string][]string{"&weapon": {"missile", "cruise missile"}}
	cases := []struct {
		in        string
		pre, post int
		weight    int
	}{
		{"* (to)", 0, 1, 1},
		{"* {arms shipment}", 0, 1, 2},
		{"&weapon * attacks", 1, 1, 2},
		{"* (to list) (of {banned parties})", 0, 2, 5},
		{"* ^ (with)", 0, 2, 1},
		{"*sceptical", 0, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			p, err := parsePattern(c.in, syn)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.pre) != c.pre || len(p.post) != c.post || p.weight != c.weight {
				t.Errorf("got pre %d post %d weight %d, want %d %d %d", len(p.pre), len(p.post), p.weight, c.pre, c.post, c.weight)
			}
		})
	}
	if _, err := parsePattern("no verb here", syn); err == nil {
		t.Error("got no error for a pattern without *, want one")
	}
}

func TestNounIs(t *testing.T) {
	cases := []struct {
		tok, word string
		want      bool
	}{
		{"statements", "statement", true},
		{"statement", "statements", true},
		{"militias", "militia", true},
		{"parties", "party", true},
		{"boxes", "box", true},
		{"state", "statement", false},
		{"aid", "aide", false},
	}
	for _, c := range cases {
		if got := nounIs(c.tok, c.word); got != c.want {
			t.Errorf("nounIs(%q, %q): got %v, want %v", c.tok, c.word, got, c.want)
		}
	}
}

func TestDefault_Verbs(t *testing.T) {
	d := Default()
	cases := []struct {
		form string
		code string
	}{
		{"visited", "042:043"},
		{"deployed", "---"}, // PETRARCH2 generated "DEPLOIES"; ours inflects correctly
		{"criticised", ""},  // British spelling of a dictionary verb
		{"set", ""},
	}
	for _, c := range cases {
		ss, ok := d.forms[c.form]
		if !ok {
			t.Errorf("%q: not a verb form", c.form)
			continue
		}
		if c.code != "" && ss[len(ss)-1].code != c.code {
			t.Errorf("%q: got code %q, want %q", c.form, ss[len(ss)-1].code, c.code)
		}
	}
	if _, ok := d.forms["deploies"]; ok {
		t.Error(`"deploies" is a verb form; want PETRARCH2's misspelling gone`)
	}
	if ci, ok := d.Code("042"); !ok || ci.QuadClass != 1 || ci.Name == "" {
		t.Errorf("Code(042): got %+v", ci)
	}
	if len(d.nouns["invasion"]) == 0 || len(d.nouns["talks"]) == 0 {
		t.Error("event nouns missing")
	}
}

func TestIntentCode(t *testing.T) {
	cases := []struct {
		code   string
		threat bool
		want   string
	}{
		{"040", false, "036"},
		{"070", false, "033"},
		{"190", false, "138"},
		{"163", false, "131"},
		{"070", true, "130"},
		{"036", false, "036"},
	}
	for _, c := range cases {
		if got := intentCode(c.code, c.threat); got != c.want {
			t.Errorf("intentCode(%q, %v): got %q, want %q", c.code, c.threat, got, c.want)
		}
	}
}
