package quote

import (
	"testing"

	"eventgraph/internal/model"
)

// TestStage_DenialForms covers the forms news gives a denial beyond "X
// denied Y's claims": a fronted "as" phrase, a time adjunct before "that",
// an object standing before its subject, a report called false, a
// disclaimer or a negated act inside the denier's own quote, and a claim
// the denial's own sentence reports after it.
func TestStage_DenialForms(t *testing.T) {
	militia := ent{name: "Northern Militia", typ: model.Org, country: "ARV", actor: "ARVREB",
		names: []string{"Northern Militia"}, others: []string{"the militia"}}
	garcia := ent{name: "Luis Garcia", typ: model.Person, country: "ARV", actor: "ARVGOV", names: []string{"Luis Garcia", "Garcia"}}
	courier := ent{name: "Daily Courier", typ: model.Org, country: "BRT", actor: "MED", names: []string{"Daily Courier"}}
	water := ent{name: "Ministry of Water", typ: model.Org, country: "ARV", actor: "ARVGOV",
		others: []string{"the Arvenian water ministry", "the ministry"}}
	arv := ent{name: "Arvenia", typ: model.GPE, country: "ARV", names: []string{"Arvenia"}, others: []string{"Arvenian"}}
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantClaim
	}{
		{"FrontedAsFalseWithAgent",
			"Arvenia on Monday dismissed as “baseless” a report by the Daily Courier that accused its navy of smuggling fuel.",
			[]ent{arvenia, courier},
			[]wantClaim{{"accused its navy of smuggling fuel", "Daily Courier", "denied", []string{"Arvenia"}}}},
		{"TimeAdjunctBeforeThat",
			"Arvenia denied on Monday that its troops had burned the border post.\n\nKowalski blamed Arvenian troops for the fire.",
			[]ent{arv, kow},
			[]wantClaim{{"its troops had burned the border post", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"ObjectBeforeSubject",
			"Kowalski accused Arvenia on Monday of flooding the valley, an accusation Arvenia rejected as absurd.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia on Monday of flooding the valley, an accusation Arvenia rejected as absurd", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"WhichDenied",
			"Kowalski accused the Northern Militia of shelling the harbour at dawn, which the militia denied.",
			[]ent{kow, militia},
			[]wantClaim{{"the Northern Militia of shelling the harbour at dawn, which the militia denied", "Ana Kowalski", "denied", []string{"Northern Militia"}}}},
		{"ReportCalledLies",
			"Luis Garcia called a newspaper report that the police had tapped his phone “lies”.\n\nThe Daily Courier reported that officers had tapped the phone of Luis Garcia for months.",
			[]ent{garcia, courier},
			[]wantClaim{{"officers had tapped the phone of Luis Garcia for months", "Daily Courier", "denied", []string{"Luis Garcia"}}}},
		{"NothingToDoWith",
			"Kowalski said Arvenian agents had planted the bomb. Luis Garcia said Arvenia had “nothing to do” with the attack.",
			[]ent{kow, garcia, arv},
			[]wantClaim{{"Arvenian agents had planted the bomb", "Ana Kowalski", "denied", []string{"Luis Garcia"}}}},
		{"NegatedActInOwnQuote",
			"Kowalski said the Arvenian water ministry had poisoned the river. “We have never dumped anything in the river,” the ministry said.",
			[]ent{kow, water},
			[]wantClaim{{"the Arvenian water ministry had poisoned the river", "Ana Kowalski", "denied", []string{"Ministry of Water"}}}},
		{"ClaimLaterInSentence",
			"Arvenia dismissed as “fake news” reports that its police had beaten students, a day after Kowalski said nine people were hurt.",
			[]ent{arvenia, kow},
			[]wantClaim{{"nine people were hurt", "Ana Kowalski", "disputed", []string{"Arvenia"}}}},
		{"RefusalIsNoDenial",
			"Kowalski said Arvenia had closed the border. “We will not back down,” Luis Garcia said.",
			[]ent{kow, arvenia, garcia},
			[]wantClaim{{"Arvenia had closed the border", "Ana Kowalski", "asserted", nil}}},
		{"RejectedProposalIsNoDenial",
			"Kowalski said Arvenia should reopen the border. Arvenia on Monday rejected the proposal.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia should reopen the border", "Ana Kowalski", "asserted", nil}}},
		{"DisclaimerOfOtherSideIgnored",
			"Kowalski said the Arvenian government had shelled the port. Luis Garcia said there was “no truth” to rumours about his health.",
			[]ent{kow, {name: "Arvenian government", typ: model.Org, country: "ARV", actor: "ARVGOV", others: []string{"the Arvenian government"}},
				{name: "Luis Garcia", typ: model.Person, country: "ARV", actor: "ARVBUS", names: []string{"Luis Garcia"}}},
			[]wantClaim{{"the Arvenian government had shelled the port", "Ana Kowalski", "asserted", nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkClaims(t, d, tc.want)
		})
	}
}

// TestStage_PartialQuoteOfDenier gives the words a denial verb calls its
// object to the denier, even inside the accuser's reported clause.
func TestStage_PartialQuoteOfDenier(t *testing.T) {
	d := build(t, "Kowalski accused Arvenia of hiding the ship, an accusation Arvenia rejected as “pure invention”.",
		[]ent{kow, arvenia})
	run(t, d)
	for _, q := range d.Quotes {
		if q.Kind == model.QuotePartial {
			if q.Speaker == nil || q.Speaker.Name != "Arvenia" {
				t.Errorf("partial quote %q: got speaker %v, want Arvenia", q.Text, q.Speaker)
			}
			return
		}
	}
	t.Errorf("got no partial quote, want “pure invention” by Arvenia")
}
