package quote

import (
	"testing"

	"eventgraph/internal/model"
)

// TestStage_DenialRules covers how news reports what is denied and by
// whom: a pointer back to the last statement, an accusation stated only as
// "accused X of …" or "blamed X", a possessor named by a demonym, a lead
// that reports the denial before the accusation, a dispute inside one
// country, and a denier known only by its role or its organisation.
func TestStage_DenialRules(t *testing.T) {
	militia := ent{name: "Northern Militia", typ: model.Org, country: "ARV", actor: "ARVREB",
		names: []string{"Northern Militia"}, others: []string{"The militia", "the militia"}}
	govt := ent{name: "Arvenian government", typ: model.Org, country: "ARV", actor: "ARVGOV",
		others: []string{"The Arvenian government"}}
	reyes := ent{name: "Paul Reyes", typ: model.Person, country: "ARV", actor: "ARVCOP", names: []string{"Paul Reyes"}}
	lopez := ent{name: "Maria Lopez", typ: model.Person, country: "ARV", actor: "ARVOPP", names: []string{"Maria Lopez"}}
	garcia := ent{name: "Luis Garcia", typ: model.Person, country: "ARV", actor: "ARVGOV", names: []string{"Luis Garcia"}}
	brenner := ent{name: "Tomas Brenner", typ: model.Person, names: []string{"Tomas Brenner"}}
	arvenians := ent{name: "Arvenia", typ: model.GPE, country: "ARV", names: []string{"Arvenia"}, others: []string{"Arvenian"}}
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantClaim
	}{
		{"PointerToLastStatement",
			"Kowalski said Arvenian officers had met arms dealers in the capital.\n\nThe junta denied that. Arvenia has been under sanctions since the coup.",
			[]ent{kow, arvenians},
			[]wantClaim{{"Arvenian officers had met arms dealers in the capital", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"DismissedTheLink",
			"Kowalski said the seizure of the ship was retaliation for the arrest of Arvenian officers. The Arvenian government dismissed the link.",
			[]ent{kow, govt},
			[]wantClaim{{"the seizure of the ship was retaliation for the arrest of Arvenian officers", "Ana Kowalski", "disputed", []string{"Arvenian government"}}}},
		{"TimeBeforeAccusingVerb",
			"The Arvenian government on Wednesday accused the Northern Militia of burning grain depots. The militia denied the accusation.",
			[]ent{govt, militia},
			[]wantClaim{{"the Northern Militia of burning grain depots", "Arvenian government", "denied", []string{"Northern Militia"}}}},
		{"ThatAccountOfOwnSide",
			"Paul Reyes said the Arvenian government had paid a ransom.\n\nThe Arvenian government rejected that account.",
			[]ent{reyes, govt},
			[]wantClaim{{"the Arvenian government had paid a ransom", "Paul Reyes", "disputed", []string{"Arvenian government"}}}},
		{"CalledPossessorsAccusationQuoted",
			"The Arvenian government accused the Northern Militia of burning grain depots. The militia called the government’s accusation “absurd”.",
			[]ent{govt, militia},
			[]wantClaim{{"the Northern Militia of burning grain depots", "Arvenian government", "denied", []string{"Northern Militia"}}}},
		{"BrushedAside",
			"The Arvenian government accused the Northern Militia of burning grain depots. The militia brushed the accusation aside.",
			[]ent{govt, militia},
			[]wantClaim{{"the Northern Militia of burning grain depots", "Arvenian government", "denied", []string{"Northern Militia"}}}},
		{"AccusedOf",
			"The Arvenian government accused the Northern Militia of burning grain depots near the river. The militia denied the accusation.",
			[]ent{govt, militia},
			[]wantClaim{{"the Northern Militia of burning grain depots near the river", "Arvenian government", "denied", []string{"Northern Militia"}}}},
		{"BlamedResponsibility",
			"A car bomb killed four people at the market, according to Paul Reyes, a spokesman for the city police, who blamed the Northern Militia. The Northern Militia denied responsibility for the attack.",
			[]ent{reyes, militia},
			[]wantClaim{{"responsibility for the attack", "Paul Reyes", "denied", []string{"Northern Militia"}}}},
		{"DemonymClaimsThat",
			"Garcia denied Arvenian claims that his ministry had run out of money.",
			[]ent{{name: "Luis Garcia", typ: model.Person, country: "CRN", names: []string{"Garcia"}}, arvenians},
			[]wantClaim{{"his ministry had run out of money", "Arvenia", "disputed", []string{"Luis Garcia"}}}},
		{"DenialBeforeAccusation",
			"Arvenia on Tuesday rejected foreign accusations that its navy had sunk a fishing boat.\n\nKowalski said radar data showed an Arvenian frigate had fired on the boat.",
			[]ent{kow, arvenians},
			[]wantClaim{{"radar data showed an Arvenian frigate had fired on the boat", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"DisputeInsideOneCountry",
			"Maria Lopez said the count had been rigged in three provinces.\n\nLuis Garcia rejected the fraud allegations on Tuesday.",
			[]ent{lopez, garcia},
			[]wantClaim{{"the count had been rigged in three provinces", "Maria Lopez", "disputed", []string{"Luis Garcia"}}}},
		{"OfficialSpeaksForOrganisation",
			"Kowalski said the Northern Militia had lost half its fighters. Northern Militia spokesman Tomas Brenner denied the claims.",
			[]ent{kow, militia, brenner},
			[]wantClaim{{"the Northern Militia had lost half its fighters", "Ana Kowalski", "denied", []string{"Northern Militia"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkClaims(t, d, tc.want)
		})
	}
}

// TestStage_ClaimsHaveAuthor checks the output contract: every claim has
// an author, so a quote whose speaker names no entity and a denial with
// no accuser make no claim.
func TestStage_ClaimsHaveAuthor(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		ents []ent
	}{
		{"UnknownSpeaker", "“The bridge will reopen next week,” a source close to the talks said.", nil},
		{"UnknownPlural", "Regional leaders said they had reached a consensus on the border.", nil},
		{"DenialWithoutAccuser", "Arvenia denied that its troops had crossed the river.", []ent{arvenia}},
		{"DenialOfResponsibility", "The militia denied responsibility for the blast.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			for _, c := range d.Claims {
				if c.By == nil {
					t.Errorf("claim %s %q: got by nil, want an author", c.ID, c.Text)
				}
			}
		})
	}
}

// TestStage_SurnameSpeaker resolves a speaker named by a surname that no
// mention covers.
func TestStage_SurnameSpeaker(t *testing.T) {
	d := build(t, "Ana Kowalski spoke first. “We will not back down,” Kowalski said.",
		[]ent{{name: "Ana Kowalski", typ: model.Person, country: "BRT", names: []string{"Ana Kowalski"}}})
	run(t, d)
	checkQuotes(t, d, []wantQuote{{"We will not back down", "direct", "Kowalski", "Ana Kowalski", "said"}})
}
