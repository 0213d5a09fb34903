package event

import (
	"strings"
	"testing"
)

func TestStage_Constructions(t *testing.T) {
	cases := []eventCase{
		{"Simple", "[Norway|NOR|place] accused [Sweden|SWE|place] of spying.", []string{"NOR>SWE 11 asserted 2024-03-05"}},
		{"PlannedWithTime", "[Chancellor Scholz|DEUGOV] will meet [Emmanuel Macron|FRAGOV] in [Paris|FRA|place] {next Friday|2024-03-08}.",
			[]string{"DEUGOV>FRAGOV 04 planned 2024-03-08"}},
		{"CoordinatedTargets", "[Chancellor Scholz|DEUGOV] will meet [Emmanuel Macron|FRAGOV] and [Giorgia Meloni|ITAGOV] {on Friday|2024-03-08}.",
			[]string{"DEUGOV>FRAGOV 04 planned 2024-03-08", "DEUGOV>ITAGOV 04 planned 2024-03-08"}},
		{"CoordinatedSources", "[Chile|CHL|place] and [Peru|PER|place] met with [Bolivia|BOL|place] officials.",
			[]string{"CHL>BOL 04 asserted 2024-03-05", "PER>BOL 04 asserted 2024-03-05"}},
		{"ReciprocalMet", "The [US|USA|place], [Russia|RUS|place], and [Chile|CHL|place] met {yesterday|2024-03-04}.",
			[]string{"USA>RUS 04 asserted 2024-03-04", "USA>CHL 04 asserted 2024-03-04", "RUS>USA 04 asserted 2024-03-04",
				"RUS>CHL 04 asserted 2024-03-04", "CHL>USA 04 asserted 2024-03-04", "CHL>RUS 04 asserted 2024-03-04"}},
		{"Negated", "[Ghana|GHA|place] did not attack [Togo|TGO|place].", []string{"GHA>TGO 19 negated 2024-03-05"}},
		{"NegatedWont", "[Ghana|GHA|place] won't attack [Togo|TGO|place].", []string{"GHA>TGO 19 negated "}},
		{"Hypothetical", "[Ghana|GHA|place] could attack [Togo|TGO|place].", []string{"GHA>TGO 19 hypothetical "}},
		{"Threatened", "[Ghana|GHA|place] threatened to attack [Togo|TGO|place].", []string{"GHA>TGO 13 hypothetical "}},
		{"Intent", "[Ghana|GHA|place] wants to help [Togo|TGO|place].", []string{"GHA>TGO 03 planned "}},
		{"Request", "[Ghana|GHA|place] asked [Benin|BEN|place] to attack [Togo|TGO|place].", []string{"GHA>BEN 02 asserted 2024-03-05"}},
		{"RequestUrge", "[Ghana|GHA|place] urged [Benin|BEN|place] to attack [Togo|TGO|place].", []string{"GHA>BEN 02 asserted 2024-03-05"}},
		{"Existential", "There were ten [Ghanaian|GHA|dem] soldiers killed by [Togo|TGO|place].", []string{"TGO>GHA 19 asserted 2024-03-05"}},
		{"AllegeThat", "[Ghana|GHA|place] alleged that [Togo|TGO|place] had poisoned the river.", []string{"GHA>TGO 11 asserted 2024-03-05"}},
		{"VisitPlace", "[Chancellor Scholz|DEUGOV] arrived in [Lisbon|PRT|place] {on Monday|2024-03-04}.", []string{"DEUGOV>PRT 04 asserted 2024-03-04"}},
		{"Dateline", "[LONDON|GBR|place], March 4 (Reuters) - [Chile|CHL|place] met [Peru|PER|place].", []string{"CHL>PER 04 asserted 2024-03-05"}},
		{"StoryDiscardOnlyInLead", "[Chile|CHL|place] met [Peru|PER|place]. Talks went well. Prices rose. [Argentina|ARG|place] beat [Brazil|BRA|place] in a World Cup qualifier.",
			[]string{"CHL>PER 04 asserted 2024-03-05"}},
		{"StoryDiscardInLead", "[Argentina|ARG|place] beat [Brazil|BRA|place] in a World Cup qualifier. [Chile|CHL|place] met [Peru|PER|place].", nil},
		{"SubordinateSubject", "[Israel|ISR|place] struck [Lebanon|LBN|place] after [Hezbollah|LBNREB|org] attacked [Haifa|ISR|place].",
			[]string{"ISR>LBN 19 asserted 2024-03-05", "LBNREB>ISR 19 asserted 2024-03-05"}},
		{"PossessorOfPatternNoun", "[Viktor Orban|HUNGOV] criticized the [European Union|IGOEUREEC|org]'s sanctions against [Russia|RUS|place].",
			[]string{"HUNGOV>IGOEUREEC 05 asserted 2024-03-05", "IGOEUREEC>RUS 16 asserted 2024-03-05"}},
		{"ControlWithTime", "[India|IND|place] and [China|CHN|place] agreed {on Monday|2024-03-04} to meet in [Delhi|IND|place].",
			[]string{"IND>CHN 04 planned ", "CHN>IND 04 planned "}},
		{"ReducedRelative", "[Canada|CAN|place] imposed sanctions on [Chinese|CHN|dem] firms accused of helping [Russia|RUS|place].",
			[]string{"CAN>CHN 16 asserted 2024-03-05"}},
		{"BritishSpelling", "[Pakistan|PAK|place] criticised [India|IND|place].", []string{"PAK>IND 11 asserted 2024-03-05"}},
		{"UnknownSideNotReported", "[Chile|CHL|place] met [Peru|PER|place], [the ministry||org] said.", []string{"CHL>PER 04 asserted 2024-03-05"}},
		{"WaveOfAttacks", "[Russia|RUS|place] launched a wave of drone attacks on [Ukrainian|UKR|dem] cities.", []string{"RUS>UKR 19 asserted 2024-03-05"}},
		{"CondemnDoesNotLend", "[Chile|CHL|place] condemned the attacks on [Peru|PER|place].", []string{"CHL>PER 11 asserted 2024-03-05"}},
		{"ReducedPassiveOwner", "[Sudan|SDN|place]'s army shelled positions held by the [Rapid Support Forces|SDNREB|org].",
			[]string{"SDN>SDNREB 19 asserted 2024-03-05"}},
		{"HeadlinePassive", "[Haifa|ISR|place] attacked by [Hezbollah|LBNREB|org].", []string{"LBNREB>ISR 19 asserted 2024-03-05"}},
		{"SumInAid", "[Japan|JPN|place] gave 100 million dollars in aid to [Nepal|NPL|place].", []string{"JPN>NPL 07 asserted 2024-03-05"}},
		{"Passive", "[Togo|TGO|place] was attacked by [Ghana|GHA|place] {on Monday|2024-03-04}.", []string{"GHA>TGO 19 asserted 2024-03-04"}},
		{"PassiveNoAgent", "[Togo|TGO|place] was attacked {on Monday|2024-03-04}.", nil},
		{"Possessive", "[Ghana|GHA|place]'s invasion of [Togo|TGO|place] shocked observers.", []string{"GHA>TGO 19 asserted 2024-03-05"}},
		{"Background", "It was the first summit since [Ghana|GHA|place]'s {May 2|2023-05-02} invasion of [Togo|TGO|place].",
			[]string{"GHA>TGO 19 asserted 2023-05-02"}},
		{"ReportedSpeech", "[Kenyan officials|KENGOV] said [Ghana|GHA|place] is preparing to attack [Togo|TGO|place].",
			[]string{"GHA>TGO 19 reported "}},
		{"AccordingTo", "According to [Reuters|GBRMED|org], [Ghana|GHA|place] attacked [Togo|TGO|place] {on Sunday|2024-03-03}.",
			[]string{"GHA>TGO 19 reported 2024-03-03"}},
		{"OwnSideAnnouncement", "[The Kremlin|RUSGOV|org] said [Vladimir Putin|RUSGOV] would travel to [Ankara|TUR|place].",
			[]string{"RUSGOV>TUR 04 planned "}},
		{"DeniedClaim", "<<[Ghana|GHA|place] attacked [Togo|TGO|place]|Kenya|denied>>, [Kenya|KEN|place] said.",
			[]string{"GHA>TGO 19 denied 2024-03-05", "KEN>GHA 11 asserted 2024-03-05"}},
		{"LightVerbNoun", "[Chancellor Scholz|DEUGOV] will also have a bilateral meeting with [Emmanuel Macron|FRAGOV].",
			[]string{"DEUGOV>FRAGOV 04 planned "}},
		{"NounWithSubjectViaFor", "[Houthi rebels|YEMREB] used drones for attacks against [Saudi Arabia|SAU|place].",
			[]string{"YEMREB>SAU 19 asserted 2024-03-05"}},
		{"Apposition", "[Pedro Sanchez|ESPGOV], the prime minister of [Spain|ESP|place], visited [Morocco|MAR|place] {on Tuesday|2024-03-05}.",
			[]string{"ESPGOV>MAR 04 asserted 2024-03-05"}},
		{"RelativeClause", "[Pedro Sanchez|ESPGOV], who arrived late, criticized [Morocco|MAR|place].",
			[]string{"ESPGOV>MAR 11 asserted 2024-03-05"}},
		{"CoordinatedVerbs", "[Pedro Sanchez|ESPGOV] visited [Morocco|MAR|place] and criticized [Algeria|DZA|place].",
			[]string{"ESPGOV>MAR 04 asserted 2024-03-05", "ESPGOV>DZA 11 asserted 2024-03-05"}},
		{"PatternDenyStatements", "[Chile|CHL|place] has denied [Peru|PER|place]'s statements.", []string{"CHL>PER 01 asserted 2024-03-05"}},
		{"NoSourceActor", "The rebels attacked [Togo|TGO|place].", nil},
		{"SelfEvent", "[Ghana|GHA|place] criticized [itself|GHA|=Ghana].", nil},
		{"Sports", "[Argentina|ARG|place] beat [France|FRA|place] 4-2 on penalties in the World Cup final.", nil},
		{"Business", "[Nestle|CHEBUS|org] stocks fell as investors sold shares.", nil},
		{"NounTalks", "Talks between [Chile|CHL|place] and [Peru|PER|place] resumed {on Monday|2024-03-04}.",
			[]string{"CHL>PER 04 asserted 2024-03-04", "PER>CHL 04 asserted 2024-03-04"}},
		{"SanctionsNoun", "[Canada|CAN|place] imposed new sanctions on [Belarus|BLR|place].", []string{"CAN>BLR 16 asserted 2024-03-05"}},
		{"Place", "[Ghana|GHA|place] met [Togo|TGO|place] in [Lome|TGO|place].", []string{"GHA>TGO 04 asserted 2024-03-05"}},
		{"CaptionStyle", "[President Ruto|KENGOV] meets with [Abiy Ahmed|ETHGOV] at State House {on May 2, 2023|2023-05-02}.",
			[]string{"KENGOV>ETHGOV 04 asserted 2023-05-02"}},
	}
	runCases(t, "2024-03-05", cases)
}

func TestStage_PlaceAndAttribution(t *testing.T) {
	d := code(t, "[Kenyan officials|KENGOV] said [Ghana|GHA|place] met [Togo|TGO|place] in [Lome|TGO|place].", "2024-03-05")
	if len(d.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(d.Events))
	}
	ev := d.Events[0]
	if ev.Place == "" || d.Entities[3].ID != ev.Place {
		t.Errorf("place: got %q, want %q", ev.Place, d.Entities[3].ID)
	}
	if ev.Attribution == nil || ev.Attribution.Actor != "KENGOV" {
		t.Errorf("attribution: got %+v, want KENGOV", ev.Attribution)
	}
	if !strings.Contains(ev.Evidence.Text, "met") || ev.ID != "v1" || ev.Sentence != 0 {
		t.Errorf("got evidence %q id %q sentence %d", ev.Evidence.Text, ev.ID, ev.Sentence)
	}
}
