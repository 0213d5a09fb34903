package event

import (
	"testing"
)

// TestStage_DiscourseTargets covers the targets a story gives to verbs that
// take one but whose clause names none: the envoy's place in the object,
// the source's latest counterpart, the story's main counterpart by events
// and by mentions, and the guards (domestic stories, statements, civil
// groups, parties at home, participles, ties).
func TestStage_DiscourseTargets(t *testing.T) {
	const calm = "Officials met in the capital on Tuesday. Markets were calm. Prices rose. Trade slowed. "
	cases := []eventCase{
		{"EnvoyPlaceInObject",
			"[Mali|MLI|place] and [Chad|TCD|place] held talks. [Chad|TCD|place] recalled its envoy in [Niamey|NER|place] {on Friday|2024-03-01}.",
			[]string{"MLI>TCD 04 asserted 2024-03-05", "TCD>MLI 04 asserted 2024-03-05", "TCD>NER 16 asserted 2024-03-01"}},
		{"EnvoyPlaceCountryEntity",
			"[Niger|NER|place] closed a mine. [Chad|TCD|place] recalled its envoy in [Niamey|NER|place].",
			[]string{"TCD>NER 16 asserted 2024-03-05"}},
		{"RecentCounterpartWarning",
			"[Peru|PER|place] and [Chile|CHL|place] held talks {on Monday|2024-03-04}. [Chile|CHL|place] later warned of grave consequences.",
			[]string{"CHL>PER 04 asserted 2024-03-04", "PER>CHL 04 asserted 2024-03-04", "CHL>PER 13 asserted 2024-03-05"}},
		{"RecentCounterpartBorder",
			"[Peru|PER|place] and [Chile|CHL|place] held talks. [Chile|CHL|place] closed its border.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05", "CHL>PER 16 asserted 2024-03-05"}},
		{"RecentCounterpartDenial",
			"[Peru|PER|place] and [Chile|CHL|place] held talks. [Chile|CHL|place] dismissed the reports as false.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05", "CHL>PER 12 asserted 2024-03-05"}},
		{"StoryCounterpartByEvents",
			"[Peru|PER|place] accused [Chile|CHL|place] of spying. " + calm + "[Peru|PER|place] is large. [Chile|CHL|place] criticized the decision.",
			[]string{"PER>CHL 11 asserted 2024-03-05", "CHL>PER 11 asserted 2024-03-05"}},
		{"StoryCounterpartByMentions",
			"Prices rose in [Peru|PER|place]. Farmers in [Peru|PER|place] suffered. [Lima|PER|place] was quiet. [Chile|CHL|place] criticized the plan.",
			[]string{"CHL>PER 11 asserted 2024-03-05"}},
		{"VowToRespond",
			"[Togolese|TGOMIL|dem] troops shelled a village in [Benin|BEN|place]. " + calm + "[Togo|TGO|place] is poor. [Benin|BEN|place] vowed to respond.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGO 13 planned "}},
		{"VowToRespondRecent",
			"[Togolese|TGOMIL|dem] troops shelled a village in [Benin|BEN|place]. [Benin|BEN|place] vowed to respond.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGOMIL 13 planned "}},
		{"TiedCountriesNoTarget",
			"Prices rose in [Peru|PER|place]. Farmers in [Bolivia|BOL|place] suffered. [Chile|CHL|place] criticized the plan.", nil},
		{"MentionedOnceNoTarget",
			"Prices rose in [Peru|PER|place]. [Chile|CHL|place] criticized the plan.", nil},
		{"DomesticStoryNoTarget",
			"[Peru|PER|place] held elections. The [Peruvian|PERGOV|dem] government criticized the decision.", nil},
		{"DomesticThreatStaysTargetless",
			"[Peru|PER|place] held elections. [Peru|PER|place] warned of unrest.", []string{"PER>- 13 asserted 2024-03-05"}},
		{"StatementNoTarget",
			"[Peru|PER|place] and [Chile|CHL|place] held talks. [Chile|CHL|place] said the talks were useful.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05"}},
		{"CivilGroupNoForeignTarget",
			"[Peru|PER|place] and [Chile|CHL|place] held talks. [Chilean|CHLOPP|dem] protesters demanded new elections.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05", "CHLOPP>- 02 asserted 2024-03-05"}},
		{"OwnSideNamedNoForeignTarget",
			"[Peru|PER|place] and [Chile|CHL|place] held talks. The [Chilean|CHLGOV|dem] government rejected a [Mapuche|CHLREB|org] demand for land.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05", "CHLGOV>CHLREB 12 asserted 2024-03-05"}},
		{"ParticipleNoEvent",
			"[Peru|PER|place] and [Chile|CHL|place] held talks near the two countries' disputed border.",
			[]string{"CHL>PER 04 asserted 2024-03-05", "PER>CHL 04 asserted 2024-03-05"}},
	}
	runCases(t, "2024-03-05", cases)
}

// TestLeader checks the margin rule of the story's main counterpart.
func TestLeader(t *testing.T) {
	cases := []struct {
		name   string
		counts map[string]int
		margin int
		want   string
		ok     bool
	}{
		{"Empty", map[string]int{}, 1, "", false},
		{"Single", map[string]int{"PER": 1}, 1, "PER", true},
		{"Tie", map[string]int{"PER": 2, "BOL": 2}, 1, "BOL", false},
		{"LeadsByOne", map[string]int{"PER": 3, "BOL": 2}, 1, "PER", true},
		{"LeadTooSmall", map[string]int{"PER": 3, "BOL": 2}, 2, "PER", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := leader(c.counts, c.margin)
			if got != c.want || ok != c.ok {
				t.Errorf("got %q %v, want %q %v", got, ok, c.want, c.ok)
			}
		})
	}
}
