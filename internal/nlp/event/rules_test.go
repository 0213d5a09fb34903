package event

import (
	"context"
	"slices"
	"strings"
	"testing"

	"eventgraph/internal/model"
)

// TestStage_NewsRules covers the constructions of wire reports the stage
// codes beyond PETRARCH2's dictionary: appeals, denials and their accusers,
// reductions of relations, protests, reciprocal blame, reported attacks as
// accusations, targetless appeals and threats, and the precision guards.
func TestStage_NewsRules(t *testing.T) {
	cases := []eventCase{
		{"CallOn", "[Norway|NOR|place] called on [Sweden|SWE|place] to hand over the files.", []string{"NOR>SWE 02 asserted 2024-03-05"}},
		{"CallForTargetless", "[Norway|NOR|place] called for calm after the riots.", []string{"NOR>- 02 asserted 2024-03-05"}},
		{"ConjunctAfterSubordinate", "[Norway|NOR|place] said that the report which blamed it was false, and called on [Sweden|SWE|place] to apologise.",
			[]string{"NOR>SWE 02 asserted 2024-03-05"}},
		{"SuspendRelations", "[Chile|CHL|place] suspended relations with [Bolivia|BOL|place].", []string{"CHL>BOL 16 asserted 2024-03-05"}},
		{"CloseAirspace", "[Mali|MLI|place] closed its airspace {on Friday|2024-03-01}.", []string{"MLI>- 16 asserted 2024-03-01"}},
		{"SummonEnvoy", "[Chile|CHL|place] summoned the [Bolivian|BOL|dem] ambassador.", []string{"CHL>BOL 11 asserted 2024-03-05"}},
		{"DenyAfterAccusation", "[Ghana|GHA|place] accused [Togo|TGO|place] of spying. [Togo|TGO|place] dismissed the allegation.",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>GHA 12 asserted 2024-03-05"}},
		{"RejectDemandOfModifier", "[Norway|NOR|place] rejected a [Swedish|SWE|dem] demand for compensation.", []string{"NOR>SWE 12 asserted 2024-03-05"}},
		{"TradedBlame", "[Ghana|GHA|place] and [Togo|TGO|place] traded blame for the clash.",
			[]string{"GHA>TGO 11 asserted 2024-03-05", "TGO>GHA 11 asserted 2024-03-05"}},
		{"WarnTargetlessHypothetical", "[Ghana|GHA|place] warned that it could close the port.", []string{"GHA>- 13 hypothetical "}},
		{"WarnNotMutual", "[Ghana|GHA|place] and [Togo|TGO|place] warned that a war would follow.", []string{"GHA>- 13 hypothetical ", "TGO>- 13 hypothetical "}},
		{"ProtestersGathered", "Hundreds of [protesters|NOROPP|org] gathered outside the [Swedish|SWE|dem] embassy {on Monday|2024-03-04}.",
			[]string{"NOROPP>SWE 14 asserted 2024-03-04"}},
		{"ProtestHomeCountry", "[Norway|NOR|place] held elections. Angry [protesters|NOROPP|org] blocked roads.",
			[]string{"NOROPP>NOR 14 asserted 2024-03-05"}},
		{"PhoneCallTold", "[Pedro Sanchez|ESPGOV] told [Emmanuel Macron|FRAGOV] in a phone call that the deal was dead.",
			[]string{"ESPGOV>FRAGOV 04 asserted 2024-03-05"}},
		{"ReportedAttackAccuses", "[Kenya|KEN|place] said [Ghana|GHA|place] had attacked [Togo|TGO|place].",
			[]string{"GHA>TGO 19 reported 2024-03-05", "KEN>GHA 11 asserted 2024-03-05"}},
		{"PassiveAgentAfterList", "[Ghana|GHA|dem] soldiers were attacked with sticks, stones and rods by [Togolese|TGO|dem] troops.",
			[]string{"TGO>GHA 19 asserted 2024-03-05"}},
		{"DemonymWeaponNotTarget", "[Russia|RUS|place] fired [Iranian|IRN|dem] drones at [Ukrainian|UKR|dem] towns.",
			[]string{"RUS>UKR 19 asserted 2024-03-05"}},
		{"OpenFireAndSeize", "[Russian|RUS|dem] forces opened fire on and seized two [Ukrainian|UKR|dem] boats.",
			[]string{"RUS>UKR 17 asserted 2024-03-05", "RUS>UKR 19 asserted 2024-03-05"}},
		{"QuotedWordsNotBoundary", "[Norway|NOR|place] will provide “urgent humanitarian aid” to [Chad|TCD|place].",
			[]string{"NOR>TCD 07 planned "}},
		{"PlaceConjunctNotSubject", "[Egypt|EGY|place] sent envoys to [Oslo|NOR|place] and [Gaza|PSE|place] to observe the vote.",
			[]string{"EGY>NOR 04 asserted 2024-03-05", "EGY>PSE 04 asserted 2024-03-05"}},
		{"AccordingNotVerb", "Ten people died, according to [Chad|TCD|place]'s ministry.", nil},
		{"HeadOfNotVerb", "[Kofi Mensah|GHA], head of [Ghana|GHA|place]'s navy, criticized [Togo|TGO|place].",
			[]string{"GHA>TGO 11 asserted 2024-03-05"}},
		{"RuledByNoEvent", "[Mali|MLI|place], also ruled by [soldiers|MLIMIL|org], is poor.", nil},
		{"MeetInPlaceNotTarget", "[Kofi Mensah|GHAMIL] will meet officers in [Accra|GHA|place] {next week|2024-W11}.", nil},
		{"MilitaryActionNotActor", "[Ghana|GHA|place] agreed on a plan for possible [military|TGOMIL|org|nom] action.", nil},
		{"ExpectObjectToAct", "[Norway|NOR|place] expected [Sweden|SWE|place] to publish the results.", []string{"NOR>SWE 02 asserted 2024-03-05"}},
		{"DenyReportByAuthor", "[Norway|NOR|place] {on Friday|2024-03-01} dismissed as “baseless” a report by [UN|IGOUNO|org] experts.",
			[]string{"NOR>IGOUNO 12 asserted 2024-03-01"}},
		{"RejectAsQuotedThenObject", "[Chile|CHL|place] rejected as “absurd and motivated” the allegation of [Evo Morales|BOLGOV].",
			[]string{"CHL>BOLGOV 12 asserted 2024-03-05"}},
		{"DeniedThatClause", "[Ghana|GHA|place] denied {on Thursday|2024-03-01} that its forces had shelled a resort in [Togo|TGO|place].",
			[]string{"GHA>TGO 12 asserted 2024-03-01", "GHA>TGO 19 denied 2024-03-01"}},
		{"RejectedAllegationThat", "[Chile|CHL|place] rejected [Evo Morales|BOLGOV]'s allegation that [Chilean|CHL|dem] agents attacked [Bolivia|BOL|place].",
			[]string{"CHL>BOL 19 denied 2024-03-05", "CHL>BOLGOV 12 asserted 2024-03-05"}},
		{"ToldNoAddressee", "[Kofi Mensah|GHAGOV] told his weekly news conference at the [State House|GHA|place] that all was well.", nil},
		{"PurposeInfinitiveNoEvent", "[Kofi Mensah|GHAGOV] met [Togo|TGO|place] in an effort to ease tensions between [Chad|TCD|place] and [Mali|MLI|place].",
			[]string{"GHAGOV>TGO 04 asserted 2024-03-05"}},
		{"PassiveArrestByHome", "[Norway|NOR|place] held a vote. [Ola Nordmann|NORLEG] was arrested {on Saturday|2024-03-02} on charges of fraud.",
			[]string{"NOR>NORLEG 17 asserted 2024-03-02"}},
		{"AppealToObjectToAct", "[Ghana|GHA|place] appealed to the [UN|IGOUNO|org] to impose sanctions on [Togo|TGO|place].",
			[]string{"GHA>IGOUNO 02 asserted 2024-03-05"}},
		{"CoordinatedNounMutual", "[Ghana|GHA|place] and [Togo|TGO|place] began a ceasefire {on Thursday|2024-03-01}.",
			[]string{"GHA>TGO 08 asserted 2024-03-01", "TGO>GHA 08 asserted 2024-03-01"}},
		{"RallyPlanned", "[Ghana|GHA|place] held elections. The [opposition|GHAOPP|org] plans a rally {on Sunday|2024-03-10}.",
			[]string{"GHAOPP>GHA 14 planned 2024-03-10"}},
		{"ClaimedAttacksAreTheirs", "[Kivu Front|CODREB|org] claimed several attacks on [Rwandan|RWA|dem] positions.",
			[]string{"CODREB>RWA 19 asserted 2024-03-05"}},
		{"ConjunctOfFiniteVerb", "[Ghana|GHA|place] had asked [Togo|TGO|place] to urge [Mali|MLI|place] to show restraint and warned that a war would follow.",
			// the warning's target is the story's: the party just appealed to
			[]string{"GHA>TGO 02 asserted 2024-03-05", "GHA>TGO 13 hypothetical "}},
	}
	runCases(t, "2024-03-05", cases)
}

func TestStage_DenialTargetFromClaim(t *testing.T) {
	d := markup(t, "<<[Togo|TGO|place] shelled [Ghana|GHA|place]|Kenya>>, [Kenya|KEN|place] said. [Togo|TGO|place] denied that.", "2024-03-05")
	deny := strings.Index(d.Text, "Togo denied")
	d.Claims[0].Status = model.ClaimDenied
	d.Claims[0].DeniedBy = []model.Denial{{By: d.Entities[0].Ref(), Start: deny, End: len(d.Text)}}
	if err := New(nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range d.Events {
		got = append(got, brief(ev))
	}
	slices.Sort(got)
	want := []string{"KEN>TGO 11 asserted 2024-03-05", "TGO>GHA 19 denied 2024-03-05", "TGO>KEN 12 asserted 2024-03-05"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
