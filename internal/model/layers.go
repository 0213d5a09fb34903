package model

// Span is a stretch of the text in byte offsets, with its text.
type Span struct {
	Start, End int
	Text       string
}

// Time is a temporal expression with its TIMEX3 normalisation.
type Time struct {
	Start, End int // byte offsets
	Text       string
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value: 2022-07-19, 2022-W28, P3D, XXXX-WXX-2, PRESENT_REF …
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN …, or ""
	Sentence   int
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
	QuotePartial  = "partial"
)

// Quote is quoted or reported speech with its speaker and cue.
type Quote struct {
	ID         string // "q1", …
	Start, End int    // the content only, without the quotation marks
	Text       string
	Kind       string // QuoteDirect, QuoteIndirect, QuotePartial
	Speaker    *Ref   // nil when no speaker is found
	// SpeakerSpan is the words in the text that name the speaker ("he",
	// "Sullivan", "a foreign ministry spokesperson"), nil if none.
	SpeakerSpan *Span
	Cue         *Span // "said", "according to", … nil if none
	Sentence    int
}

// Claim statuses.
const (
	ClaimAsserted  = "asserted"
	ClaimDisputed  = "disputed"
	ClaimDenied    = "denied"
	ClaimRetracted = "retracted"
)

// Denial is one party's denial of a claim, with the words that carry it.
type Denial struct {
	By         *Ref
	Start, End int // byte offsets of the denial ("Iran has denied Sullivan's statements")
}

// Claim is an attributed proposition: what someone says is (or will be) so.
type Claim struct {
	ID         string // "c1", …
	Start, End int
	Text       string
	By         *Ref
	Status     string // ClaimAsserted, ClaimDisputed, ClaimDenied, ClaimRetracted
	DeniedBy   []Denial
	Quote      string // id of the quote the claim comes from, "" if none
	Sentence   int
}

// Modalities, in the order spec/OUTPUT.md gives them: when several apply, the
// first wins.
const (
	ModNegated      = "negated"
	ModHypothetical = "hypothetical"
	ModDenied       = "denied"
	ModReported     = "reported"
	ModPlanned      = "planned"
	ModAsserted     = "asserted"
)

// Event is one coded CAMEO event.
type Event struct {
	ID          string // "v1", …
	Code        string // CAMEO event code: "042"
	Root        string // its first two digits
	Label       string
	QuadClass   int
	Goldstein   float64
	Source      *Ref
	Target      *Ref // nil when the event has no target
	Modality    string
	Date        string // TIMEX value of when it happens; "" if unknown
	Place       string // entity id of the place, "" if none
	Attribution *Ref
	Claim       string // claim id, "" if none
	Sentence    int
	Evidence    Span
}
