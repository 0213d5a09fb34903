package quote

import (
	"testing"

	"eventgraph/internal/model"
	qt "eventgraph/internal/nlp/quote/quotetest"
)

// TestStage_DenialAnswersAccusation covers denials whose answer is an
// accusation stated only as "X accused Y of …": a disclaimer by a state
// official answering an accusation against the state's capital, a speaker
// denying an act the government of his own country accuses him of, and an
// accusation made by two sides at once.
func TestStage_DenialAnswersAccusation(t *testing.T) {
	norland := ent{name: "Norland", typ: model.GPE, country: "NRL", names: []string{"Norland"}}
	varska := ent{name: "Varska", typ: model.GPE, country: "VSK", names: []string{"Varska"}}
	petrak := ent{name: "Ivo Petrak", typ: model.Person, country: "VSK", actor: "VSKGOV", names: []string{"Ivo Petrak"}}
	army := ent{name: "Arvenian army", typ: model.Org, country: "ARV", actor: "ARVMIL", names: []string{"Arvenian army"}}
	reyes := ent{name: "Paul Reyes", typ: model.Person, country: "ARV", actor: "ARVMIL", names: []string{"Paul Reyes"}}
	for _, tc := range []struct {
		name    string
		text    string
		ents    []ent
		pronoun map[string]string // phrase → entity name, marked as a pronoun
		want    []wantClaim
	}{
		{"CapitalAccusesOfficialsState",
			"Norland has accused Varska of arming the rebels with drones and rockets, but foreign ministry spokesman Ivo Petrak said on Monday that his country played no role in the fighting.",
			[]ent{norland, varska, petrak}, nil,
			[]wantClaim{{"Varska of arming the rebels with drones and rockets", "Norland", "denied", []string{"Ivo Petrak"}}}},
		{"OwnGovernmentAccusesLeader",
			"Opposition leader Dan Moreau said on Sunday that he had not left the country to avoid a trial. Government officials had accused him of hiding from the courts for months.",
			[]ent{{name: "Dan Moreau", typ: model.Person, country: "ARV", names: []string{"Dan Moreau"}},
				{name: "Arvenian government", typ: model.Org, country: "ARV", actor: "ARVGOV", names: []string{"Government officials"}}},
			map[string]string{"him": "Dan Moreau", "he": "Dan Moreau"},
			[]wantClaim{{"him of hiding from the courts for months", "Arvenian government", "denied", []string{"Dan Moreau"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			for phrase, name := range tc.pronoun {
				for _, e := range d.Entities {
					if e.Name == name {
						qt.Mark(d, e, phrase, model.MentionPronoun, 0)
					}
				}
			}
			run(t, d)
			checkClaims(t, d, tc.want)
		})
	}
	t.Run("TwoAccusers", func(t *testing.T) {
		// One claim per accuser, both denied.
		d := build(t, "Norland and Varska accuse the Arvenian army of shelling villages along the border. Army spokesman Paul Reyes denied the allegation on Friday.",
			[]ent{norland, varska, army, reyes})
		run(t, d)
		by := map[string]bool{}
		for _, c := range d.Claims {
			if c.Text != "the Arvenian army of shelling villages along the border" || c.By == nil {
				continue
			}
			by[c.By.Name] = true
			if c.Status != model.ClaimDenied || len(c.DeniedBy) != 1 || c.DeniedBy[0].By.Name != "Paul Reyes" {
				t.Errorf("claim by %s: got status %s denied by %v, want denied by Paul Reyes", c.By.Name, c.Status, c.DeniedBy)
			}
		}
		if !by["Norland"] || !by["Varska"] || len(by) != 2 {
			t.Errorf("got claims by %v, want by Norland and Varska", by)
		}
	})
}

// TestStage_NoFalseAnswer checks that the new readings stay narrow: a
// country's name does not accuse a private citizen of it, and names
// joined by "and" that are not the subject make no co-speakers.
func TestStage_NoFalseAnswer(t *testing.T) {
	norland := ent{name: "Norland", typ: model.GPE, country: "NRL", names: []string{"Norland"}}
	varska := ent{name: "Varska", typ: model.GPE, country: "VSK", names: []string{"Varska"}}
	for _, tc := range []struct {
		name string
		text string
		ents []ent
	}{
		{"CitizenIsNotTheState",
			"Norland accused Varska of hiding its losses. Varskan novelist Ada Rusk said she had never read the report.",
			[]ent{norland, varska, {name: "Ada Rusk", typ: model.Person, country: "VSK", names: []string{"Ada Rusk"}}}},
		{"PossessiveIsNoConjunct",
			"Norland's and Varska's envoys met in Geneva. Varska's envoy Ivo Petrak said the talks had gone well.",
			[]ent{norland, varska, {name: "Ivo Petrak", typ: model.Person, country: "VSK", actor: "VSKGOV", names: []string{"Ivo Petrak"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			for _, c := range d.Claims {
				if len(c.DeniedBy) > 0 {
					t.Errorf("claim %q by %v: got denied by %v, want no denial", c.Text, c.By.Name, c.DeniedBy[0].By.Name)
				}
				if c.By != nil && c.By.Name == "Norland" {
					t.Errorf("claim %q: got by Norland, want no co-speaker", c.Text)
				}
			}
		})
	}
}
