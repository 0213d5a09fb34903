package quote

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"eventgraph/internal/model"
	qt "eventgraph/internal/nlp/quote/quotetest"
)

// ent is an entity a test marks by hand, as the entity stage would: every
// occurrence of each phrase becomes a mention (the first as a name, the
// rest by their kind).
type ent struct {
	name    string
	typ     model.EntityType
	country string
	names   []string // proper-name mentions
	others  []string // nominal mentions: "the newspaper", "the foreign ministry"
	actor   string   // the CAMEO actor code; the country when empty
}

// build segments text and marks the entities.
func build(t *testing.T, text string, ents []ent) *model.Document {
	t.Helper()
	d := qt.Doc(text)
	for _, e := range ents {
		actor := e.actor
		if actor == "" {
			actor = e.country
		}
		me := qt.Entity(d, e.name, e.typ, e.country, actor)
		n := 0
		for _, p := range e.names {
			n += qt.Mark(d, me, p, model.MentionName, 0)
		}
		for _, p := range e.others {
			n += qt.Mark(d, me, p, model.MentionNominal, 0)
		}
		if n == 0 {
			t.Fatalf("no phrase of %s in the text", e.name)
		}
	}
	return d
}

func run(t *testing.T, d *model.Document) {
	t.Helper()
	if err := New().Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// wantQuote is an expected quote; empty fields are not checked, "-" means
// absent.
type wantQuote struct {
	text, kind, speaker, entity, cue string
}

func describe(q model.Quote) string {
	sp, cue, who := "-", "-", "-"
	if q.SpeakerSpan != nil {
		sp = q.SpeakerSpan.Text
	}
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	if q.Speaker != nil {
		who = q.Speaker.Name
	}
	return fmt.Sprintf("%s %q speaker %q (%s) cue %q", q.Kind, q.Text, sp, who, cue)
}

func checkQuotes(t *testing.T, d *model.Document, want []wantQuote) {
	t.Helper()
	var got []string
	for _, q := range d.Quotes {
		got = append(got, describe(q))
		if d.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %s: text %q is not Text[%d:%d]", q.ID, q.Text, q.Start, q.End)
		}
	}
	if len(d.Quotes) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(d.Quotes), len(want), strings.Join(got, "\n"))
	}
	for i, w := range want {
		q := d.Quotes[i]
		sp, cue, who := "-", "-", "-"
		if q.SpeakerSpan != nil {
			sp = q.SpeakerSpan.Text
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		for _, c := range []struct{ field, got, want string }{
			{"text", q.Text, w.text}, {"kind", q.Kind, w.kind}, {"speaker", sp, w.speaker},
			{"entity", who, w.entity}, {"cue", cue, w.cue},
		} {
			if c.want != "" && c.got != c.want {
				t.Errorf("quote %d %s: got %q, want %q\n%s", i, c.field, c.got, c.want, strings.Join(got, "\n"))
			}
		}
	}
}

var (
	lopez   = ent{name: "Maria Lopez", typ: model.Person, country: "ARV", names: []string{"Maria Lopez", "Lopez"}}
	kow     = ent{name: "Ana Kowalski", typ: model.Person, country: "BRT", names: []string{"Ana Kowalski", "Kowalski"}}
	arvenia = ent{name: "Arvenia", typ: model.GPE, country: "ARV", names: []string{"Arvenia"}}
	ministr = ent{name: "Ministry of Water", typ: model.Org, country: "BRT", others: []string{"the ministry", "The ministry"}}
)

func TestStage_DirectQuotes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantQuote
	}{
		{"CurlyCueAfter", "“We will not back down,” Maria Lopez said on Monday.", []ent{lopez},
			[]wantQuote{{"We will not back down", "direct", "Maria Lopez", "Maria Lopez", "said"}}},
		{"StraightQuotes", `"The vote is final," the minister said.`, nil,
			[]wantQuote{{"The vote is final", "direct", "the minister", "-", "said"}}},
		{"InvertedSpeaker", "“Prices will rise again,” said central bank governor Ana Kowalski.", []ent{kow},
			[]wantQuote{{"Prices will rise again", "direct", "central bank governor Ana Kowalski", "Ana Kowalski", "said"}}},
		{"CueBeforeColon", "Kowalski told the committee: “We have no choice.”", []ent{kow},
			[]wantQuote{{"We have no choice.", "direct", "Kowalski", "Ana Kowalski", "told"}}},
		{"SpeakerColon", "Kowalski: “We have no choice left.”", []ent{kow},
			[]wantQuote{{"We have no choice left.", "direct", "Kowalski", "Ana Kowalski", ":"}}},
		{"SplitQuote", "“The talks went well,” Lopez said. “We expect a deal before the summer.”", []ent{lopez},
			[]wantQuote{
				{"The talks went well", "direct", "Lopez", "Maria Lopez", "said"},
				{"We expect a deal before the summer.", "direct", "Lopez", "Maria Lopez", "said"}}},
		{"MultiParagraph", "“The first part of the statement runs on.\n\n“The second part ends it,” Lopez said.", []ent{lopez},
			[]wantQuote{
				{"The first part of the statement runs on.", "direct", "Lopez", "Maria Lopez", "said"},
				{"The second part ends it", "direct", "Lopez", "Maria Lopez", "said"}}},
		{"ContinuingParagraph", "“We will fight on,” Lopez said.\n\n“Nobody will stop us now.”", []ent{lopez},
			[]wantQuote{
				{"We will fight on", "direct", "Lopez", "Maria Lopez", "said"},
				{"Nobody will stop us now.", "direct", "Lopez", "Maria Lopez", ""}}},
		{"NestedSingle", "“He told me ‘never again’ and walked out,” Lopez said.", []ent{lopez},
			[]wantQuote{{"He told me ‘never again’ and walked out", "direct", "Lopez", "Maria Lopez", "said"}}},
		{"NestedStraightApostrophe", `"The voters' anger is real," Lopez said.`, []ent{lopez},
			[]wantQuote{{"The voters' anger is real", "direct", "Lopez", "Maria Lopez", "said"}}},
		{"PronounFallback", "Maria Lopez arrived late. “We are ready for the vote,” she said.", []ent{lopez},
			[]wantQuote{{"We are ready for the vote", "direct", "she", "Maria Lopez", "said"}}},
		{"CueWithParticle", "Lopez pointed out: “The bridge has been closed for weeks.”", []ent{lopez},
			[]wantQuote{{"The bridge has been closed for weeks.", "direct", "Lopez", "Maria Lopez", "pointed out"}}},
		{"Apposition", "“Rates will stay high,” Ana Kowalski, chief economist at the bank, said.", []ent{kow},
			[]wantQuote{{"Rates will stay high", "direct", "Ana Kowalski, chief economist at the bank", "Ana Kowalski", "said"}}},
		{"Partial", "Lopez called the talks “constructive” on Friday.", []ent{lopez},
			[]wantQuote{{"constructive", "partial", "Lopez", "Maria Lopez", "called"}}},
		{"PartialInIndirect", "Lopez said the talks had been “very constructive” so far.", []ent{lopez},
			[]wantQuote{
				{"the talks had been “very constructive” so far", "indirect", "Lopez", "Maria Lopez", "said"},
				{"very constructive", "partial", "Lopez", "Maria Lopez", "said"}}},
		{"TitleIsNoQuote", "Kowalski appeared on “Meet the Press” on Sunday.", []ent{kow}, nil},
		{"ScareQuotesNoSpeaker", "The so-called “peace plan” was never published.", nil, nil},
		{"StrayOpeningMark", "The “deal was signed on Friday in the capital.", nil, nil},
		{"StrayClosingMark", "The deal” was signed on Friday in the capital.", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkQuotes(t, d, tc.want)
		})
	}
}

func TestStage_IndirectQuotes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantQuote
	}{
		{"SaidThat", "The ministry said on Tuesday that the border would reopen next week.", []ent{ministr},
			[]wantQuote{{"the border would reopen next week", "indirect", "The ministry", "Ministry of Water", "said"}}},
		{"SaidNoThat", "Lopez said on Tuesday the two sides would meet again.", []ent{lopez},
			[]wantQuote{{"the two sides would meet again", "indirect", "Lopez", "Maria Lopez", "said"}}},
		{"ToldHearer", "Lopez told reporters the plan was dead.", []ent{lopez},
			[]wantQuote{{"the plan was dead", "indirect", "Lopez", "Maria Lopez", "told"}}},
		{"AccordingToFirst", "According to the ministry, the dam was badly damaged.", []ent{ministr},
			[]wantQuote{{"the dam was badly damaged", "indirect", "the ministry", "Ministry of Water", "According to"}}},
		{"AccordingToLast", "The dam was badly damaged, according to the ministry.", []ent{ministr},
			[]wantQuote{{"The dam was badly damaged", "indirect", "the ministry", "Ministry of Water", "according to"}}},
		{"SaidAtEnd", "The dam was damaged in the storm, officials said on Sunday.", nil,
			[]wantQuote{{"The dam was damaged in the storm", "indirect", "officials", "-", "said"}}},
		{"InvertedAtEnd", "The dam was damaged in the storm, said a local official.", nil,
			[]wantQuote{{"The dam was damaged in the storm", "indirect", "a local official", "-", "said"}}},
		{"ReportedByPrevious", "The summit will take place in June. This was reported by the state news agency.", nil,
			[]wantQuote{{"The summit will take place in June", "indirect", "the state news agency", "-", "reported"}}},
		{"EvidenceVerb", "Arvenia's data shows that exports fell sharply in May.", []ent{arvenia},
			[]wantQuote{{"exports fell sharply in May", "indirect", "Arvenia's data", "Arvenia", "shows"}}},
		{"StateMedia", "State media reported that two ships had collided near the port.", nil,
			[]wantQuote{{"two ships had collided near the port", "indirect", "State media", "-", "reported"}}},
		{"RelativeWho", "Lopez, who said the plan would fail, left early.", []ent{lopez},
			[]wantQuote{{"the plan would fail, left early", "indirect", "Lopez, who", "Maria Lopez", "said"}}},
		{"Participle", "Lopez criticized the budget, saying that it would hurt farmers.", []ent{lopez},
			[]wantQuote{
				{"the budget", "indirect", "Lopez", "Maria Lopez", "criticized"},
				{"it would hurt farmers", "indirect", "Lopez", "Maria Lopez", "saying"}}},
		{"QuotedAsSaying", "Lopez was quoted as saying the army would withdraw.", []ent{lopez},
			[]wantQuote{{"the army would withdraw", "indirect", "Lopez", "Maria Lopez", "quoted as saying"}}},
		{"SaidNothing", "Lopez said nothing about the plan.", []ent{lopez}, nil},
		{"SaidToBe", "Lopez is said to be ill.", []ent{lopez}, nil},
		{"NounNotVerb", "The battleground states like Ohio voted early.", nil, nil},
		{"CapitalisedName", "Islamic State claims were not confirmed.", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkQuotes(t, d, tc.want)
		})
	}
}

// wantClaim is an expected claim: its text, author and status, and the
// names of its deniers.
type wantClaim struct {
	text, by, status string
	deniers          []string
}

func checkClaims(t *testing.T, d *model.Document, want []wantClaim) {
	t.Helper()
	var got []string
	for _, c := range d.Claims {
		by := "-"
		if c.By != nil {
			by = c.By.Name
		}
		var dn []string
		for _, x := range c.DeniedBy {
			n := "-"
			if x.By != nil {
				n = x.By.Name
			}
			dn = append(dn, n+" "+d.Text[x.Start:x.End])
		}
		got = append(got, fmt.Sprintf("%s %q by %s %s %v", c.ID, c.Text, by, c.Status, dn))
	}
	for _, w := range want {
		found := false
		for _, c := range d.Claims {
			if c.Text != w.text {
				continue
			}
			found = true
			by := "-"
			if c.By != nil {
				by = c.By.Name
			}
			var deniers []string
			for _, x := range c.DeniedBy {
				if x.By != nil {
					deniers = append(deniers, x.By.Name)
				} else {
					deniers = append(deniers, "-")
				}
			}
			if by != w.by || c.Status != w.status || strings.Join(deniers, ",") != strings.Join(w.deniers, ",") {
				t.Errorf("claim %q: got by %s status %s deniers %v, want by %s status %s deniers %v\n%s",
					w.text, by, c.Status, deniers, w.by, w.status, w.deniers, strings.Join(got, "\n"))
			}
		}
		if !found {
			t.Errorf("no claim %q in\n%s", w.text, strings.Join(got, "\n"))
		}
	}
}

func TestStage_Denials(t *testing.T) {
	spokes := ent{name: "Paul Reyes", typ: model.Person, country: "ARV", names: []string{"Paul Reyes"}}
	garcia := ent{name: "Luis Garcia", typ: model.Person, country: "CRN", names: []string{"Luis Garcia", "Garcia"}}
	fm := ent{name: "Arvenian foreign ministry", typ: model.Org, country: "ARV", others: []string{"Arvenia's foreign ministry"}}
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantClaim
	}{
		{"PossessiveStatements",
			"“Our data shows that Arvenia is sending troops to the border,” Kowalski said. Arvenia has denied Kowalski's statements.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Our data shows that Arvenia is sending troops to the border", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"DeniedThat",
			"Kowalski said Arvenia had closed the border. Arvenia denied that it had closed the border.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia had closed the border", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"DeniedThatAccuserNamed",
			"Arvenia denied that its troops had crossed the river. Kowalski had accused Arvenia of shelling the villages on the far bank.",
			[]ent{kow, arvenia},
			[]wantClaim{{"its troops had crossed the river", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"CalledBaseless",
			"Kowalski said Arvenia had moved troops to the coast. Arvenia's foreign ministry called the report baseless.",
			[]ent{kow, arvenia, fm},
			[]wantClaim{{"Arvenia had moved troops to the coast", "Ana Kowalski", "denied", []string{"Arvenian foreign ministry"}}}},
		{"RejectedByThirdParty",
			"Kowalski said the talks had collapsed. Garcia rejected the claims.",
			[]ent{kow, garcia},
			[]wantClaim{{"the talks had collapsed", "Ana Kowalski", "disputed", []string{"Luis Garcia"}}}},
		{"PartialDenial",
			"Kowalski said Arvenia had moved troops to the coast. Arvenia partly denied Kowalski's statements.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia had moved troops to the coast", "Ana Kowalski", "disputed", []string{"Arvenia"}}}},
		{"QuotedNegationEcho",
			"Kowalski said Arvenia was training foreign units. Arvenia has denied Kowalski's statements. " +
				"“There has been nothing of the kind,” said foreign ministry spokesman Paul Reyes.",
			[]ent{kow, arvenia, spokes},
			[]wantClaim{{"Arvenia was training foreign units", "Ana Kowalski", "denied", []string{"Arvenia", "Paul Reyes"}}}},
		{"SaidNotTrue",
			"Kowalski said Arvenia had sold the drones. Arvenia said the report was not true.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia had sold the drones", "Ana Kowalski", "denied", []string{"Arvenia"}}}},
		{"RejectedProposalIsNoDenial",
			"Kowalski said Arvenia should cut its tariffs. Arvenia rejected the proposal.",
			[]ent{kow, arvenia},
			[]wantClaim{{"Arvenia should cut its tariffs", "Ana Kowalski", "asserted", nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkClaims(t, d, tc.want)
		})
	}
}

func TestClaimAt(t *testing.T) {
	d := build(t, "Lopez arrived. Lopez said the army would withdraw by May. The talks ended.", []ent{lopez})
	run(t, d)
	in := strings.Index(d.Text, "army would withdraw")
	c := ClaimAt(d, in, in+len("army would withdraw"))
	if c == nil || c.Text != "the army would withdraw by May" {
		t.Fatalf("got %+v, want the claim on the withdrawal", c)
	}
	out := strings.Index(d.Text, "talks ended")
	if c := ClaimAt(d, out, out+5); c != nil {
		t.Errorf("got %q, want no claim", c.Text)
	}
	if c := ClaimAt(&model.Document{}, 0, 1); c != nil {
		t.Errorf("got %q on an empty document, want nil", c.Text)
	}
}

func TestClaimAt_Innermost(t *testing.T) {
	d := build(t, "According to the agency, Lopez said on Tuesday that the three leaders would meet in June.",
		[]ent{lopez, {name: "Agency", typ: model.Org, others: []string{"the agency"}}})
	run(t, d)
	in := strings.Index(d.Text, "leaders would meet")
	c := ClaimAt(d, in, in+5)
	if c == nil || c.By == nil || c.By.Name != "Maria Lopez" {
		t.Fatalf("got %+v, want Lopez's claim inside the agency's", c)
	}
}

func TestStage_Idempotent(t *testing.T) {
	d := seedDoc(t)
	run(t, d)
	first, _ := json.Marshal([]any{d.Quotes, d.Claims})
	run(t, d)
	if second, _ := json.Marshal([]any{d.Quotes, d.Claims}); string(second) != string(first) {
		t.Errorf("second run differs:\n%s\nwant\n%s", second, first)
	}
}

func TestStage_Canceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New().Run(ctx, qt.Doc("“Yes,” he said.")); err == nil {
		t.Error("got nil error on a canceled context")
	}
}
