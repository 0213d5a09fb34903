package quote

import (
	"testing"

	"eventgraph/internal/model"
)

// TestStage_Attributions covers the PARC constructions beyond speech
// verbs: intentions, beliefs, evaluations, appositive and coordinated
// subjects, sentence-final cues with more after them, typewriter quotes and
// headline colons.
func TestStage_Attributions(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		ents []ent
		want []wantQuote
	}{
		{"EnvoyInPlaceSpeaksForItsCountry", "The Arvenian embassy in Lisbon said the report was false.",
			[]ent{{name: "Arvenia", typ: model.GPE, country: "ARV", names: []string{"Arvenian embassy"}},
				{name: "Lisbon", typ: model.GPE, country: "PRT", names: []string{"Lisbon"}}},
			[]wantQuote{{"the report was false", "indirect", "The Arvenian embassy in Lisbon", "Arvenia", "said"}}},
		{"TimeBetweenSubjectAndCue", "Arvenia on Wednesday said the report was false.",
			[]ent{{name: "Arvenia", typ: model.GPE, country: "ARV", names: []string{"Arvenia"}}},
			[]wantQuote{{"the report was false", "indirect", "Arvenia", "Arvenia", "said"}}},
		{"TypewriterQuotes", "''We will win the vote,'' Lopez said.", []ent{lopez},
			[]wantQuote{{"We will win the vote", "direct", "Lopez", "Maria Lopez", "said"}}},
		{"TypewriterQuotesSplit", "''We will win,'' Lopez said. ''The vote is ours.''", []ent{lopez},
			[]wantQuote{
				{"We will win", "direct", "Lopez", "Maria Lopez", "said"},
				{"The vote is ours.", "direct", "Lopez", "Maria Lopez", ""}}},
		{"AppositionSubject", "Maria Lopez, director of the water board, said the dam was safe.", []ent{lopez},
			[]wantQuote{{"the dam was safe", "indirect", "Maria Lopez, director of the water board", "Maria Lopez", "said"}}},
		{"ParentheticalSubject", "Sen. Maria Lopez (D-Ore.) said the bill would pass.", []ent{lopez},
			[]wantQuote{{"the bill would pass", "indirect", "Sen. Maria Lopez (D-Ore.)", "Maria Lopez", "said"}}},
		{"ParticipleApposition", "Lopez, speaking to farmers in the valley, said the dam would hold.", []ent{lopez},
			[]wantQuote{{"the dam would hold", "indirect", "Lopez, speaking to farmers in the valley", "Maria Lopez", "said"}}},
		{"RestrictiveWho", "The engineer who said the dam would hold has resigned.", nil,
			[]wantQuote{{"the dam would hold has resigned", "indirect", "The engineer who", "-", "said"}}},
		{"VowedTo", "Lopez vowed to rebuild the bridge by spring.", []ent{lopez},
			[]wantQuote{{"to rebuild the bridge by spring", "indirect", "Lopez", "Maria Lopez", "vowed"}}},
		{"PlansTo", "Lopez plans to visit the dam next week.", []ent{lopez},
			[]wantQuote{{"to visit the dam next week", "indirect", "Lopez", "Maria Lopez", "plans"}}},
		{"PlansNoun", "The plans to rebuild the dam were dropped.", nil, nil},
		{"UrgedTo", "Lopez urged Congress to pass the water bill.", []ent{lopez},
			[]wantQuote{{"Congress to pass the water bill", "indirect", "Lopez", "Maria Lopez", "urged"}}},
		{"CalledOnTo", "Lopez called on the ministry to release the data.", []ent{lopez},
			[]wantQuote{{"the ministry to release the data", "indirect", "Lopez", "Maria Lopez", "called on"}}},
		{"CalledOnMonday", "Lopez called on Monday.", []ent{lopez}, nil},
		{"CalledFor", "Lopez called for an independent inquiry into the flood.", []ent{lopez},
			[]wantQuote{{"an independent inquiry into the flood", "indirect", "Lopez", "Maria Lopez", "called for"}}},
		{"WarnedOf", "Lopez warned of a water shortage next summer.", []ent{lopez},
			[]wantQuote{{"a water shortage next summer", "indirect", "Lopez", "Maria Lopez", "warned of"}}},
		{"ThinksBare", "Lopez thinks the plan will fail.", []ent{lopez},
			[]wantQuote{{"the plan will fail", "indirect", "Lopez", "Maria Lopez", "thinks"}}},
		{"BelievesPronoun", "Lopez believes they can finish the dam in time.", []ent{lopez},
			[]wantQuote{{"they can finish the dam in time", "indirect", "Lopez", "Maria Lopez", "believes"}}},
		{"BelievesObjectIsNoClause", "Lopez believes the engineers.", []ent{lopez}, nil},
		{"AskedWhether", "Lopez asked whether the dam was safe.", []ent{lopez},
			[]wantQuote{{"whether the dam was safe", "indirect", "Lopez", "Maria Lopez", "asked"}}},
		{"CriticizedFor", "Lopez criticized the ministry for the delays, saying farmers had waited too long.", []ent{lopez},
			[]wantQuote{
				{"the ministry for the delays", "indirect", "Lopez", "Maria Lopez", "criticized"},
				{"farmers had waited too long", "indirect", "Lopez", "Maria Lopez", "saying"}}},
		{"DeniedAllegations", "Lopez denied the allegations of fraud.", []ent{lopez},
			[]wantQuote{{"the allegations of fraud", "indirect", "Lopez", "Maria Lopez", "denied"}}},
		{"StudyShows", "The study shows exports falling in May.", nil,
			[]wantQuote{{"exports falling in May", "indirect", "The study", "-", "shows"}}},
		{"CoordinatedSaid", "Lopez visited the dam on Monday and said the repairs would take a year.", []ent{lopez},
			[]wantQuote{{"the repairs would take a year", "indirect", "Lopez", "Maria Lopez", "said"}}},
		{"SaidThenClause", "The dam is safe, officials said Friday, as they left the site.", nil,
			[]wantQuote{{"The dam is safe", "indirect", "officials", "-", "said"}}},
		{"InvertedApposition", "The dam is safe, said Ana Kowalski, the chief engineer.", []ent{kow},
			[]wantQuote{{"The dam is safe", "indirect", "Ana Kowalski", "Ana Kowalski", "said"}}},
		{"PartialThenSaid", "Skipping the vote “makes no sense at all,” Lopez said last week.", []ent{lopez},
			[]wantQuote{
				{"Skipping the vote “makes no sense at all", "indirect", "Lopez", "Maria Lopez", "said"},
				{"makes no sense at all", "partial", "Lopez", "Maria Lopez", "said"}}},
		{"AccordingToLongSource", "The dam failed, according to a report released by the ministry last week.", nil,
			[]wantQuote{{"The dam failed", "indirect", "", "-", "according to"}}},
		{"HeadlineColon", "Lopez: The Dam Will Hold Through the Winter", []ent{lopez},
			[]wantQuote{{"The Dam Will Hold Through the Winter", "indirect", "Lopez", "Maria Lopez", ":"}}},
		{"LabelColon", "Update: The dam will hold through the winter.", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.text, tc.ents)
			run(t, d)
			checkQuotes(t, d, tc.want)
		})
	}
}
