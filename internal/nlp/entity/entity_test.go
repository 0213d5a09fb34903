package entity_test

import (
	"context"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/entity"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/nlp/tagger"
)

var stage = entity.New(lexicon.Default(), entity.Tagger{M: tagger.Default()})

func analyse(t *testing.T, date, text string) *model.Document {
	t.Helper()
	d := &model.Document{Article: model.Article{ID: "t", Date: date, Text: text}, RefDate: date}
	segment.Segment(d)
	if err := stage.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// find returns the entity with a mention whose text is m.
func find(d *model.Document, m string) *model.Entity {
	for _, e := range d.Entities {
		for _, x := range e.Mentions {
			if x.Text == m {
				return e
			}
		}
	}
	return nil
}

func mentionOf(e *model.Entity, text string) *model.Mention {
	for i := range e.Mentions {
		if e.Mentions[i].Text == text {
			return &e.Mentions[i]
		}
	}
	return nil
}

func TestStage_Entities(t *testing.T) {
	cases := []struct {
		name, date, text, mention string
		wantName, wantType        string
		wantActor, wantCountry    string
		wantRole                  string
	}{
		{"KnownWithVariantSpelling", "2022-07-12", "Iranian President Ebrahim Raissi will host the talks.", "Ebrahim Raissi",
			"Ebrahim Raisi", "PERSON", "IRNGOV", "IRN", ""},
		{"UnknownWithTitle", "2021-03-02", "Nigerian Foreign Minister Bola Adeyemi said on Monday that talks would resume.", "Bola Adeyemi",
			"Bola Adeyemi", "PERSON", "NGAGOV", "NGA", "Foreign Minister"},
		{"OrgTitle", "2022-07-12", "Kremlin spokesman Dmitry Peskov said the visit was agreed.", "Dmitry Peskov",
			"Dmitry Peskov", "PERSON", "RUSGOV", "RUS", ""},
		{"ActorCodeOnDate", "1995-06-01", "Vladimir Putin met the mayor of St. Petersburg.", "Vladimir Putin",
			"Vladimir Putin", "PERSON", "RUSELI", "RUS", ""},
		{"Apposition", "2022-07-12", "Andrei Vorobyov, the governor of the Moscow region, opened the road.", "Andrei Vorobyov",
			"Andrei Vorobyov", "PERSON", "RUSGOV", "RUS", "governor"},
		{"Country", "2022-07-12", "Iran has denied the statements.", "Iran", "Iran", "GPE", "IRN", "IRN", ""},
		{"Organisation", "2022-07-12", "Russia's reaction to the expansion of NATO was noted.", "NATO", "NATO", "ORG", "IGOWSTNAT", "", ""},
		{"NewsAgencyKeepsCountry", "2022-07-12", "According to the Interfax agency, the talks went well.", "Interfax", "Interfax", "ORG", "RUSMED", "RUS", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(t, c.date, c.text)
			e := find(d, c.mention)
			if e == nil {
				t.Fatalf("no entity with mention %q; entities: %v", c.mention, names(d))
			}
			if e.Name != c.wantName || string(e.Type) != c.wantType || e.Actor != c.wantActor || e.Country != c.wantCountry {
				t.Errorf("got %s %s %s %s, want %s %s %s %s", e.Name, e.Type, e.Actor, e.Country, c.wantName, c.wantType, c.wantActor, c.wantCountry)
			}
			if c.wantRole != "" && !strings.EqualFold(e.Role, c.wantRole) {
				t.Errorf("role: got %q, want %q", e.Role, c.wantRole)
			}
		})
	}
}

func names(d *model.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Name+"/"+string(e.Type)+"/"+e.Actor)
	}
	return out
}

func TestStage_Coreference(t *testing.T) {
	text := "Nigerian Foreign Minister Bola Adeyemi arrived in Accra on Monday. " +
		"Adeyemi said the talks were constructive. He later met students. " +
		"The foreign minister left on Tuesday."
	d := analyse(t, "2021-03-02", text)
	e := find(d, "Bola Adeyemi")
	if e == nil {
		t.Fatalf("no entity for Bola Adeyemi; entities: %v", names(d))
	}
	for _, m := range []string{"Adeyemi", "He", "The foreign minister"} {
		if mentionOf(e, m) == nil {
			var got []string
			for _, x := range e.Mentions {
				got = append(got, x.Text)
			}
			t.Errorf("mention %q not linked to Bola Adeyemi; mentions: %q", m, got)
		}
	}
}

func TestStage_Metonymy(t *testing.T) {
	d := analyse(t, "2022-07-12", "Tehran denied the report. Putin will travel to Tehran next week. The Kremlin said the trip was planned.")
	e := find(d, "Tehran")
	if e == nil || e.Type != model.GPE || e.Geo == nil {
		t.Fatalf("Tehran is a place with a position: %+v", e)
	}
	if len(e.Mentions) != 2 {
		t.Fatalf("Tehran mentions: got %d, want 2", len(e.Mentions))
	}
	if got := e.Mentions[0].Actor; got != "IRNGOV" {
		t.Errorf("'Tehran denied': mention actor %q, want IRNGOV", got)
	}
	if got := e.Mentions[1].Actor; got != "" {
		t.Errorf("'travel to Tehran': mention actor %q, want none (a place)", got)
	}
	if k := find(d, "Kremlin"); k == nil || k.Actor != "RUSGOV" || k.Country != "RUS" {
		t.Errorf("the Kremlin: got %+v, want actor RUSGOV, country RUS", k)
	}
}

func TestStage_DemonymGroup(t *testing.T) {
	d := analyse(t, "2022-07-12", "Turkish troops crossed the border while the Iranian government said nothing.")
	e := find(d, "Turkish troops")
	if e == nil || e.Country != "TUR" {
		t.Fatalf("'Turkish troops' is a mention of Turkey: %v", names(d))
	}
	if m := mentionOf(e, "Turkish troops"); m.Actor != "TURMIL" {
		t.Errorf("mention actor: got %q, want TURMIL", m.Actor)
	}
	if i := find(d, "Iranian government"); i == nil || mentionOf(i, "Iranian government").Actor != "IRNGOV" {
		t.Errorf("'Iranian government' should be Iran's government: %v", names(d))
	}
}

func TestStage_NoNamesFromCommonWordsOrCalendar(t *testing.T) {
	d := analyse(t, "2022-07-12", "In March, the talks resumed. On Tuesday, officials met. However, nothing changed.")
	for _, e := range d.Entities {
		t.Errorf("unexpected entity %s (%s)", e.Name, e.Type)
	}
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{"Iranian President Ebrahim Raissi met Putin.", "He said. She said. The President", "A, the governor of B, (x) said", "’s ’s 's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := analyse(t, "2022-07-12", s)
		for _, e := range d.Entities {
			if e.ID == "" || e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("entity without id, name or mentions: %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

func TestStage_DatelinePlaceIsNotAnActor(t *testing.T) {
	d := analyse(t, "2022-09-22", "DUBAI, Sept 22 (Reuters) - Washington blamed Tehran for the attack, officials in Dubai said.")
	dubai := find(d, "DUBAI")
	if dubai == nil || dubai.Country != "ARE" || dubai.Geo == nil {
		t.Fatalf("dateline DUBAI is a place in the UAE: %+v", dubai)
	}
	for _, m := range dubai.Mentions {
		if m.Actor != "" {
			t.Errorf("mention %q of Dubai acts as %s, want a place only", m.Text, m.Actor)
		}
	}
	if w := find(d, "Washington"); w == nil || mentionOf(w, "Washington").Actor != "USAGOV" {
		t.Errorf("'Washington blamed' should act as USAGOV: %+v", w)
	}
}

func TestStage_UnknownOfficials(t *testing.T) {
	text := "KIGALI, March 3 (Reuters) - Rwanda said on Friday it had closed the border. " +
		"A foreign ministry spokeswoman, Claudine Uwera, said the decision was final. " +
		"Jean Habimana, a security analyst in Kigali, said the move was expected."
	d := analyse(t, "2023-03-03", text)
	for _, name := range []string{"Claudine Uwera", "Jean Habimana"} {
		e := find(d, name)
		if e == nil || e.Type != model.Person || e.Country != "RWA" {
			t.Errorf("%s: got %+v, want a PERSON of RWA", name, e)
		}
	}
}

func TestStage_TitleBeforeNameWhenNoneAfter(t *testing.T) {
	// The words after the name are the sentence's predicate, not a role:
	// the possessive title before the name applies.
	text := "Togo’s ambassador, Kossi Mensah, dismissed the findings and called Ghana’s accusation “absurd”."
	d := analyse(t, "2023-03-03", text)
	if e := find(d, "Kossi Mensah"); e == nil || e.Type != model.Person || e.Country != "TGO" {
		t.Errorf("got %+v, want a PERSON of TGO", e)
	}
	// "Congress" in a report from Bogotá is Colombia's.
	d = analyse(t, "2023-08-04", "BOGOTA, Aug 4 (Reuters) - Colombian President Gustavo Petro asked Congress to act.")
	if e := find(d, "Congress"); e == nil || e.Country != "COL" {
		t.Errorf("Congress: got %+v, want Colombia's", e)
	}
}

func TestStage_BlocIsTheUnionNamedBefore(t *testing.T) {
	d := analyse(t, "2023-09-25", "European Union foreign policy chief Josep Borrell said the bloc could review its ties with Azerbaijan.")
	e := find(d, "European Union")
	if e == nil || len(e.Mentions) != 2 || e.Mentions[1].Text != "the bloc" {
		t.Errorf("got %+v, want the European Union mentioned as the bloc", e)
	}
}

func TestStage_ItInARejectedAccusation(t *testing.T) {
	d := analyse(t, "2019-06-14", "Iran on Friday rejected Western accusations that it was behind attacks on two oil tankers.")
	e := find(d, "Iran")
	if e == nil || len(e.Mentions) != 2 || e.Mentions[1].Text != "it" {
		t.Errorf("got %+v, want Iran mentioned as it", e)
	}
}

func TestStage_DescribedCivicGroupTakesTheStorysCountry(t *testing.T) {
	d := analyse(t, "2021-04-25", "YANGON, April 25 (Reuters) - Myanmar security forces have killed 745 people, according to the "+
		"Assistance Association for Political Prisoners, a monitoring group.")
	if e := find(d, "Assistance Association for Political Prisoners"); e == nil || e.Country != "MMR" || e.Actor != "MMRNGO" {
		t.Errorf("got %+v, want a civic group of MMR (MMRNGO)", e)
	}
}

func TestStage_PossessiveApostropheAlone(t *testing.T) {
	text := "“Armenia remains a member,” Peskov told reporters. Belarus’ foreign ministry rejected Pashinyan’s remarks."
	d := analyse(t, "2024-06-13", text)
	if e := find(d, "foreign ministry"); e == nil || e.Actor != "BLRGOV" {
		t.Errorf("got %+v, want Belarus' foreign ministry (BLRGOV)", e)
	}
}

func TestStage_CityBeforeGroupNoun(t *testing.T) {
	d := analyse(t, "2023-08-25", "The talks were brokered by Saudi Arabia. Seoul police detained 16 students.")
	if e := find(d, "police"); e == nil || e.Actor != "KORCOP" {
		t.Errorf("got %+v, want Seoul's police (KORCOP)", e)
	}
}

func TestStage_PlaceOpeningTheSentence(t *testing.T) {
	text := "BOGOTA, Jan 23 (Reuters) - Colombia said it would impose a tariff on Ecuador. " +
		"In Quito, the foreign ministry denied that the measure had anything to do with the election."
	d := analyse(t, "2025-01-23", text)
	if e := find(d, "foreign ministry"); e == nil || e.Actor != "ECUGOV" {
		t.Errorf("got %+v, want Ecuador's foreign ministry (ECUGOV)", e)
	}
}

func TestStage_SecurityCouncilIsTheUNs(t *testing.T) {
	d := analyse(t, "2022-07-20", "Belarus said it had protested. The Security Council is due to discuss the complaint next Tuesday.")
	if e := find(d, "Security Council"); e == nil || e.Actor != "IGOUNO" {
		t.Errorf("got %+v, want the UN Security Council", e)
	}
	d = analyse(t, "2022-07-20", "Pakistan's national security council met on Tuesday.")
	if e := find(d, "national security council"); e == nil || e.Country != "PAK" {
		t.Errorf("lower case: got %+v, want Pakistan's council", e)
	}
}

func TestStage_GroupActors(t *testing.T) {
	text := "NIAMEY, Aug 7 (Reuters) - Niger's junta closed the airspace on Sunday. " +
		"Protesters in Niamey burned flags, while police stood by. Unmanned aerial vehicles flew overhead."
	d := analyse(t, "2023-08-07", text)
	for m, want := range map[string]string{"junta": "NERGOV", "Protesters": "NEROPP", "police": "NERCOP"} {
		e := find(d, m)
		if e == nil || e.Actor != want {
			t.Errorf("%q: got %+v, want actor %s", m, e, want)
		}
	}
	if e := find(d, "Unmanned aerial vehicles"); e != nil {
		t.Errorf("equipment is not an actor: %+v", e)
	}
}

func TestStage_SurnameOfSomeoneOutOfOffice(t *testing.T) {
	// In 1987 no Sullivan in the dictionaries held an office: the bare
	// surname is a person of the article, not the 2021 national security adviser.
	d := analyse(t, "1987-03-01", "Sullivan said the bank would raise its rates.")
	if e := find(d, "Sullivan"); e == nil || e.Name != "Sullivan" || e.Actor != "" {
		t.Errorf("got %+v, want an unknown person named Sullivan", e)
	}
	d = analyse(t, "2022-07-12", "Sullivan said Iran would send drones.")
	if e := find(d, "Sullivan"); e == nil || e.Name != "Jake Sullivan" {
		t.Errorf("got %+v, want Jake Sullivan in 2022", e)
	}
}

func TestStage_NameAtEndOfText(t *testing.T) {
	// A role phrase running into a name that ends the text once read past
	// the last token.
	for _, s := range []string{"Smith, a lawyer for John Brown", "He met, the minister, John Brown", "X, Jean Habimana"} {
		analyse(t, "2023-03-03", s)
	}
}

func TestStage_RoleNounsAndSurnames(t *testing.T) {
	d := analyse(t, "2021-05-21", "Hamas official Ezzat El-Rashq said the truce held. Castillo's lawyer, Víctor Pérez, denied that. Pérez said he was going home.")
	if e := find(d, "Ezzat El-Rashq"); e == nil || e.Actor != "PSEREBHMS" || e.Country != "PSE" {
		t.Errorf("'Hamas official X' takes Hamas's code: %+v", e)
	}
	e := find(d, "Víctor Pérez")
	if e == nil || mentionOf(e, "Pérez") == nil {
		t.Errorf("'Pérez said' is the lawyer, not a town: %v", names(d))
	}
	d = analyse(t, "2023-08-07", "U.S. Acting Deputy Secretary of State Victoria Nuland held talks in Niamey.")
	if e := find(d, "Victoria Nuland"); e == nil || e.Country != "USA" || e.Type != model.Person {
		t.Errorf("a town's name before a surname is a first name: %v", names(d))
	}
}

func TestStage_LongerNamesAndGroups(t *testing.T) {
	d := analyse(t, "2020-03-02", "Taliban political chief Mullah Abdul Ghani Baradar met Afghan President Ashraf Ghani. "+
		"U.S. troops left. The Assistance Association for Political Prisoners said 700 had died.")
	if e := find(d, "Abdul Ghani Baradar"); e == nil || e.Name == "Ashraf Ghani" || e.Country != "AFG" {
		t.Errorf("a longer name holding a known surname is another person: %v", names(d))
	}
	if e := find(d, "troops"); e == nil || e.Actor != "USAMIL" {
		t.Errorf("'U.S. troops' are the US military: %+v", e)
	}
	if e := find(d, "Assistance Association for Political Prisoners"); e == nil || e.Type != model.Org {
		t.Errorf("an organisation's name runs over 'for': %v", names(d))
	}
}

func TestStage_InstitutionsAndComplements(t *testing.T) {
	d := analyse(t, "2023-09-07", "Pakistan's Foreign Office said Islamabad's special envoy for Afghanistan, Asif Durrani, would travel to Kabul. "+
		"NSO Group, the Israeli company that makes the software, declined to comment.")
	if e := find(d, "Asif Durrani"); e == nil || e.Country != "PAK" {
		t.Errorf("'envoy for Afghanistan' names the place he deals with, not his country: %+v", e)
	}
	if e := find(d, "Foreign Office"); e == nil || e.Country != "PAK" || e.Type != model.Org {
		t.Errorf("'Pakistan's Foreign Office' is a Pakistani organisation: %+v", e)
	}
	if e := find(d, "NSO Group"); e == nil || e.Country != "ISR" {
		t.Errorf("', the Israeli company' gives the organisation's country: %+v", e)
	}
}

func TestStage_PronounsAndOwners(t *testing.T) {
	d := analyse(t, "2022-12-23", "Britain said it would hold urgent talks. Congolese President Felix Tshisekedi said his government expelled the envoy. "+
		"The UN Group of Experts said Khalid al-Falih met them.")
	if e := find(d, "Britain"); e == nil || mentionOf(e, "it") == nil {
		t.Errorf("'Britain said it would' links it to Britain: %v", names(d))
	}
	if e := find(d, "government"); e == nil || e.Actor != "CODGOV" {
		t.Errorf("'his government' is Tshisekedi's: %+v", e)
	}
	if e := find(d, "Group of Experts"); e == nil || e.Type != model.Org {
		t.Errorf("'Group of Experts' is an organisation: %v", names(d))
	}
	if e := find(d, "Khalid al-Falih"); e == nil || e.Type != model.Person {
		t.Errorf("a name runs over 'al-': %v", names(d))
	}
}

func TestStage_NamesakesAndActorPeople(t *testing.T) {
	d := analyse(t, "2019-02-24", "Venezuela's information minister, Jorge Rodríguez, denied the report.")
	if e := find(d, "Jorge Rodríguez"); e == nil || e.Country != "VEN" || !strings.HasPrefix(e.Actor, "VENGOV") {
		t.Errorf("the text's title beats a namesake out of office: %+v", e)
	}
	d = analyse(t, "2016-07-18", "Turkey will ask the United States to extradite the cleric Fethullah Gulen.")
	if e := find(d, "Fethullah Gulen"); e == nil || e.Type != model.Person || e.Country != "TUR" {
		t.Errorf("a CAMEO actor phrase naming a person is a person: %+v", e)
	}
}

func TestStage_AdjectivesAndPossessiveOrgs(t *testing.T) {
	d := analyse(t, "2022-12-23", "Western governments condemned the attack. India's Adani Group said the charges were baseless.")
	if e := find(d, "Western"); e != nil {
		t.Errorf("'Western governments' names no place: %+v", e)
	}
	if e := find(d, "Adani Group"); e == nil || e.Country != "IND" {
		t.Errorf("'India's Adani Group' is Indian: %+v", e)
	}
}

func TestStage_ModifiedGroupNouns(t *testing.T) {
	d := analyse(t, "2022-08-05", "BEIJING, Aug 5 (Reuters) - China fired missiles. Taiwan's defence ministry said 22 aircraft crossed the line.")
	if e := find(d, "ministry"); e == nil || e.Actor != "TWNGOV" {
		t.Errorf("'Taiwan's defence ministry' is Taiwan's: %+v", e)
	}
}
