package event

import (
	"testing"
)

// TestStage_GeneralRules covers the subject, target, vocabulary and
// modality rules for accused acts, titles with "of", conjuncts after a
// time, reciprocal events, condemned acts and unarmed targets.
func TestStage_GeneralRules(t *testing.T) {
	cases := []eventCase{
		{"TitleWithOfNotPP", "[Norwegian|NOR|dem] Minister of Trade [Ola Nordmann|NORGOV] held talks with [Sweden|SWE|place].",
			[]string{"NORGOV>SWE 04 asserted 2024-03-05", "SWE>NORGOV 04 asserted 2024-03-05"}},
		{"ConjunctAfterTime", "[Chad|TCD|place] expelled [Mali|MLI|place]'s envoy {last week|2024-W09} and {on Monday|2024-03-04} appealed to the [UN|IGOUNO|org] for help.",
			[]string{"TCD>MLI 16 asserted 2024-W09", "TCD>IGOUNO 02 asserted 2024-03-04"}},
		{"BlamedForNoun", "[Ghana|GHA|place] blamed [Togo|TGO|place] for the bombing of a market in [Accra|GHA|place].",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>GHA 19 reported 2024-03-05"}},
		{"BlamedNounOn", "[Ghana|GHA|place] blamed the raid on [Togolese|TGO|dem] troops.",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>GHA 19 reported 2024-03-05"}}, // the victim from the story
		{"BehindTheAttack", "[Benin|BEN|place] said [Togo|TGO|place] was behind the attack on [Ghana|GHA|place].",
			[]string{"TGO>GHA 19 reported 2024-03-05", "BEN>TGO 11 asserted 2024-03-05"}},
		{"DeniedAnyRole", "[Togo|TGO|place] denied any role in the massacre of villagers.",
			[]string{"TGO>- 20 denied 2024-03-05"}},
		{"DemonymShellingAtPlace", "[Togolese|TGO|dem] shelling killed five civilians in [Accra|GHA|place].",
			[]string{"TGO>GHA 19 asserted 2024-03-05"}},
		{"StateOfWarNeedsTarget", "[Togo|TGO|place]'s long war has ended.", nil},
		{"QuotedJudgement", "[Ghana|GHA|place] said <<[Togo|TGO|place]'s troops committed a provocation|Ghana>>.",
			[]string{"GHA>TGO 11 asserted 2024-03-05"}},
		{"QuotedJudgementOfOwnSide", "[Ghana|GHA|place] said <<the vote in [Accra|GHA|place] was illegal|Ghana>>.", nil},
		{"RefusedToIsRejection", "[Ghana|GHA|place] refused to release the [Togolese|TGO|dem] tanker.",
			[]string{"GHA>TGO 12 asserted 2024-03-05"}},
		{"DueToFlyIsVisit", "[Kofi Mensah|GHAGOV] is due to fly to [Lome|TGO|place] {on Saturday|2024-03-09}.",
			[]string{"GHAGOV>TGO 04 planned 2024-03-09"}},
		{"ObjectStopsAtAs", "[Ghana|GHA|place] and [Togo|TGO|place] signed a trade deal as [Kofi Mensah|GHAGOV] looked on.",
			[]string{"GHA>TGO 05 asserted 2024-03-05", "TGO>GHA 05 asserted 2024-03-05"}},
		{"BrushedAside", "[Ghana|GHA|place] accused [Togo|TGO|place] of spying. [Togo|TGO|place] brushed aside the accusation.",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>GHA 12 asserted 2024-03-05"}},
		{"BombedByTakesPartyBefore", "[Togo|TGO|place] lost sites bombed by [Ghana|GHA|place].",
			[]string{"GHA>TGO 19 asserted 2024-03-05"}},
		{"LinkedDenialRejects", "[Ghana|GHA|place] said <<a cargo ship was seized|Ghana|denied|Togo>>. [Togo|TGO|place] said the allegation was false.",
			[]string{"TGO>GHA 12 asserted 2024-03-05"}},
		{"PredicateListSharesSubject", "After the attack [Ghana|GHA|place] suspended the treaty, expelled [Togolese|TGO|dem] diplomats and closed the border.",
			[]string{"GHA>TGO 16 asserted 2024-03-05"}}, // one per source, target, root and sentence
		{"ParticiplePhraseIsNoSubject", "[Kofi Mensah|GHAGOV], speaking in [Lome|TGO|place], urged [Benin|BEN|place] to act.",
			[]string{"GHAGOV>BEN 02 asserted 2024-03-05"}},
		{"LaunchedStrikesAtPlace", "[Ghana|GHA|place] launched missile strikes on nine sites in [Togo|TGO|place].",
			[]string{"GHA>TGO 19 asserted 2024-03-05"}},
		{"DueInPlace", "[Kofi Mensah|GHAGOV] is due in [Lome|TGO|place] {on Thursday|2024-03-07}.",
			[]string{"GHAGOV>TGO 04 planned 2024-03-07"}},
		{"DueToNoPlace", "The report is due in March.", nil},
		{"CueStopsAtConjunction", "[Ghana|GHA|place] announced sanctions against [Togo|TGO|place] and suspended cooperation with [Benin|BEN|place].",
			[]string{"GHA>TGO 16 asserted 2024-03-05", "GHA>BEN 16 asserted 2024-03-05"}},
		{"SharedAuxiliaryPlans", "[Ghana|GHA|place] will meet [Togo|TGO|place] and sign a deal with [Benin|BEN|place].",
			[]string{"GHA>TGO 04 planned ", "GHA>BEN 05 planned "}},
		{"TimeOpenerIsNoPP", "On {Friday|2024-03-01} [Ghana|GHA|place] announced sanctions against [Togo|TGO|place].",
			[]string{"GHA>TGO 16 asserted 2024-03-01"}},
		{"DrewCondemnationFrom", "[Togo|TGO|place] began military exercises, drawing condemnation from [Ghana|GHA|place].",
			[]string{"TGO>- 15 asserted 2024-03-05", "GHA>TGO 11 asserted 2024-03-05"}},
		{"ClosedCrossingsWith", "[Ghana|GHA|place] closed all crossings on its border with [Togo|TGO|place].",
			[]string{"GHA>TGO 16 asserted 2024-03-05"}},
		{"AccusedOfActReported", "[Ghana|GHA|place] accused [Togo|TGO|place] of shelling [Benin|BEN|place].",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>BEN 19 reported 2024-03-05"}},
		{"CancelDeal", "[Kenya|KEN|place] cancelled a port deal with [Chad|TCD|place].", []string{"KEN>TCD 16 asserted 2024-03-05"}},
		{"RecallEnvoy", "[Chile|CHL|place] recalled its ambassador from [Bolivia|BOL|place].", []string{"CHL>BOL 16 asserted 2024-03-05"}},
		{"DeclinedToComment", "[Norway|NOR|place] declined to comment.", []string{"NOR>- 01 asserted 2024-03-05"}},
		{"StandsWith", "[Norway|NOR|place] stands with [Sweden|SWE|place].", []string{"NOR>SWE 05 asserted 2024-03-05"}},
		{"SolidarityWith", "[Norway|NOR|place] stood in solidarity with [Sweden|SWE|place].", []string{"NOR>SWE 05 asserted 2024-03-05"}},
		{"RaisedWith", "[Ola Nordmann|NORGOV] raised the dispute with [Kofi Mensah|GHAGOV].", []string{"NORGOV>GHAGOV 04 asserted 2024-03-05"}},
		{"KillingOfNoun", "[Chad|TCD|place] condemned [Mali|MLI|place]'s killing of [Kofi Mensah|GHAGOV].",
			[]string{"MLI>GHAGOV 19 asserted 2024-03-05", "TCD>MLI 11 asserted 2024-03-05"}},
		{"AllegationAgainst", "[Canada|CAN|place]'s allegation against [India|IND|place] angered many.", []string{"CAN>IND 11 asserted 2024-03-05"}},
		{"BlocSummitTargetless", "The [African Union|IGOAFU|org] will hold a summit {on Friday|2024-03-08}.", []string{"IGOAFU>- 04 planned 2024-03-08"}},
		{"StateTripNotTargetless", "The [UN|IGOUNO|org] chief spoke at the start of a regional trip.", nil},
		{"CurfewOwnCountry", "[Chad|TCD|place] held elections. The [Chadian|TCDGOV|dem] government imposed a curfew.",
			[]string{"TCDGOV>TCD 17 asserted 2024-03-05"}},
		{"ToldMediaNoEvent", "[Kofi Mensah|GHAGOV] told [Radio Accra|GHAMED|org] that all was well.", nil},
		{"FacilityNotSource", "The [Ambo crossing|TCD|fac] remained closed.", nil},
		{"GiversNotMutual", "[Chad|TCD|place], [Mali|MLI|place] and [Niger|NER|place] provided support.", nil},
		{"CondemnedActCulprit", "[Togolese|TGOMIL|dem] troops shelled [Benin|BEN|place]. [Ghana|GHA|place] condemned the shelling.",
			[]string{"TGOMIL>BEN 19 asserted 2024-03-05", "GHA>TGOMIL 11 asserted 2024-03-05"}},
		{"FireOnProtestersAssault", "[Chadian|TCDMIL|dem] soldiers opened fire on [protesters|TCDOPP|org].", []string{"TCDMIL>TCDOPP 18 asserted 2024-03-05"}},
	}
	runCases(t, "2024-03-05", cases)
}
