package event

import (
	"testing"
)

// TestStage_CrowdsVowsAndNaming covers protests by unnamed crowds (source
// from the place, target from a foreign object or the crowd's own
// country), vows of a response as threats, naming an act a crime or a
// nullity, and sending relief supplies.
func TestStage_CrowdsVowsAndNaming(t *testing.T) {
	cases := []eventCase{
		{"CrowdOwnCountry", "[Togo|TGO|place] held a vote. Thousands of people protested in [Lome|TGO|place] {on Sunday|2024-03-03}.",
			[]string{"TGO>TGO 14 asserted 2024-03-03"}},
		{"CrowdForeignDemonym", "[Ghana|GHA|place] is calm. Hundreds of demonstrators rallied in [Accra|GHA|place] against the [Togolese|TGO|dem] raids.",
			[]string{"GHA>TGO 14 asserted 2024-03-05"}},
		{"CrowdOutsideEmbassy", "Dozens of protesters gathered outside the [Malian|MLI|dem] embassy in [Dakar|SEN|place].",
			[]string{"SEN>MLI 14 asserted 2024-03-05"}},
		{"CrowdNoPlaceNoEvent", "Thousands of people protested against the new tax.", nil},
		{"NamedProtestersKeepSource", "[Chad|TCD|place] voted. [Chadian|TCDOPP|dem] opposition leaders protested in [Paris|FRA|place].",
			[]string{"TCDOPP>FRA 14 asserted 2024-03-05"}},
		{"PlacedCrowdKeepsSource", "[Chad|TCD|place] voted. [Nigerien|NER|dem] [activists|NEROPP|org|nom] staged a protest in [Paris|FRA|place].",
			[]string{"NEROPP>FRA 14 asserted 2024-03-05"}},
		{"BareCrowdMentionReplaced", "Hundreds of [protesters|MLIOPP|org|nom] marched outside the [Malian|MLI|dem] embassy in [Dakar|SEN|place].",
			[]string{"SEN>MLI 14 asserted 2024-03-05"}},
		{"VowedThatRespond", "[Togolese|TGOMIL|dem] troops shelled [Benin|BEN|place]. [Benin|BEN|place] vowed that it would respond.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGOMIL 13 hypothetical "}},
		{"VowedUnanswered", "[Togolese|TGOMIL|dem] troops shelled [Benin|BEN|place]. [Benin|BEN|place] vowed the attack would not go unanswered.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGOMIL 13 hypothetical "}},
		{"VowedReformNoThreat", "[Benin|BEN|place] vowed that the reform would pass.", nil},
		{"CalledActOfWar", "[Togolese|TGOMIL|dem] troops shelled [Benin|BEN|place]. [Benin|BEN|place] called the shelling an act of war.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGOMIL 11 asserted 2024-03-05"}},
		{"CalledCrime", "[Togolese|TGOMIL|dem] troops shelled [Benin|BEN|place]. [Benin|BEN|place] called the raid a crime.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "BEN>TGOMIL 11 asserted 2024-03-05"}},
		{"StoodBy", "[Ghana|GHA|place] said it stood by [Togo|TGO|place].", []string{"GHA>TGO 05 asserted 2024-03-05"}},
		{"SendFood", "[Ghana|GHA|place] sent food and medicine to [Togo|TGO|place].", []string{"GHA>TGO 07 asserted 2024-03-05"}},
		{"SendSupplies", "[Ghana|GHA|place] will send relief supplies to [Togo|TGO|place].", []string{"GHA>TGO 07 planned "}},
	}
	runCases(t, "2024-03-05", cases)
}
