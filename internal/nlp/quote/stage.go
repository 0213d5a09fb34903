package quote

import (
	"cmp"
	"context"
	"slices"
	"strconv"

	"eventgraph/internal/model"
)

// Stage finds quotes, claims and denials. It reads d.Tokens, d.Sentences and
// d.Entities and fills d.Quotes and d.Claims. The zero value is ready to use
// and safe for concurrent use on different documents.
type Stage struct{}

// New returns the quote stage.
func New() *Stage { return &Stage{} }

// Name returns "quote".
func (*Stage) Name() string { return "quote" }

// Run fills d.Quotes and d.Claims, replacing what was there. It needs the
// segment stage's tokens and sentences and uses the entity stage's mentions
// when present; a document with no tokens gets no quotes. It returns only
// ctx's error.
func (*Stage) Run(ctx context.Context, d *model.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Quotes, d.Claims = nil, nil
	if len(d.Tokens) == 0 {
		return nil
	}
	a := newAnalyzer(d)
	a.findTwins()
	a.findPieces()
	a.attributeDirect()
	if err := ctx.Err(); err != nil {
		return err
	}
	a.findIndirect()
	a.attributePartial()
	a.emit()
	a.findDenials()
	return nil
}

// mentionRef is one entity mention with the tokens it covers.
type mentionRef struct {
	e           *model.Entity
	m           *model.Mention
	first, last int
}

// draft is a quote being built, with the token positions the later passes need.
type draft struct {
	kind        string
	first, last int // content tokens [first, last)
	open, close int // quote-mark tokens, -1 for none
	group       int // pieces of one multi-paragraph direct quote share it; -1 for none
	para        int
	cue         span // tokens [a, b); empty when none
	speaker     span
	head        int // speaker head token, -1 when none
	ent         *model.Entity
	inherited   bool // speaker copied from an earlier quote
	dropped     bool
	claim       bool // the content asserts something and becomes a claim
	id          string
}

// span is a token range [a, b).
type span struct{ a, b int }

func (s span) empty() bool { return s.b <= s.a }

// analyzer holds one document's token-level view for the passes.
type analyzer struct {
	d    *model.Document
	toks []model.Token
	sent []int32 // token → sentence index, -1 when outside every sentence
	// ment is, per token, the index in mentions of the best mention covering
	// it, or -1.
	ment     []int32
	mentions []mentionRef // sorted by first token
	// quoted marks the tokens inside direct quote content (and their marks);
	// used marks cue and speaker tokens taken by a direct quote.
	quoted  []bool
	used    []bool
	twin    []uint8 // doubled single marks read as one double mark
	cueMemo []cueMemo
	drafts  []*draft
}

func newAnalyzer(d *model.Document) *analyzer {
	n := len(d.Tokens)
	a := &analyzer{d: d, toks: d.Tokens, sent: make([]int32, n), ment: make([]int32, n),
		quoted: make([]bool, n), used: make([]bool, n), twin: make([]uint8, n), cueMemo: make([]cueMemo, n)}
	for i := range a.sent {
		a.sent[i] = -1
		a.ment[i] = -1
	}
	for si, s := range d.Sentences {
		for j := max(s.First, 0); j < s.Last && j < n; j++ {
			a.sent[j] = int32(si)
		}
	}
	for _, e := range d.Entities {
		if e == nil {
			continue
		}
		for mi := range e.Mentions {
			m := &e.Mentions[mi]
			if m.End <= m.Start {
				continue
			}
			first := d.TokenAt(m.Start)
			last := first
			for last < n && a.toks[last].Start < m.End {
				last++
			}
			if last > first {
				a.mentions = append(a.mentions, mentionRef{e: e, m: m, first: first, last: last})
			}
		}
	}
	slices.SortStableFunc(a.mentions, func(x, y mentionRef) int { return cmp.Compare(x.first, y.first) })
	for mi := range a.mentions {
		r := &a.mentions[mi]
		for j := r.first; j < r.last; j++ {
			if cur := a.ment[j]; cur < 0 || better(r, &a.mentions[cur]) {
				a.ment[j] = int32(mi)
			}
		}
	}
	return a
}

// better reports whether mention x names its token more directly than y:
// a proper name beats a metonym, a nominal, a pronoun and a demonym, and a
// shorter mention beats a longer one.
func better(x, y *mentionRef) bool {
	px, py := mentionRank(x.m.Kind), mentionRank(y.m.Kind)
	if px != py {
		return px < py
	}
	return x.last-x.first < y.last-y.first
}

func mentionRank(k model.MentionKind) int {
	switch k {
	case model.MentionName:
		return 0
	case model.MentionMetonym:
		return 1
	case model.MentionNominal:
		return 2
	case model.MentionPronoun:
		return 3
	}
	return 4
}

// sentOf returns the sentence of token i, or nil.
func (a *analyzer) sentOf(i int) *model.Sentence {
	if i < 0 || i >= len(a.sent) || a.sent[i] < 0 {
		return nil
	}
	return &a.d.Sentences[a.sent[i]]
}

// sentBounds returns the token range of the sentence holding token i (the
// token alone when it is outside every sentence).
func (a *analyzer) sentBounds(i int) (int, int) {
	if s := a.sentOf(i); s != nil {
		return s.First, min(s.Last, len(a.toks))
	}
	return i, i + 1
}

// paraOf returns the paragraph of token i, or -1.
func (a *analyzer) paraOf(i int) int {
	if s := a.sentOf(i); s != nil {
		return s.Para
	}
	return -1
}

// paraStart reports whether token i opens a paragraph.
func (a *analyzer) paraStart(i int) bool {
	if i == 0 {
		return true
	}
	if a.toks[i].Is(model.FlagParaStart) {
		return true
	}
	p, q := a.paraOf(i), a.paraOf(i-1)
	return p >= 0 && q >= 0 && p != q
}

// textSpan returns the byte span of tokens [s.a, s.b).
func (a *analyzer) textSpan(s span) *model.Span {
	if s.empty() {
		return nil
	}
	st, en := a.toks[s.a].Start, a.toks[s.b-1].End
	return &model.Span{Start: st, End: en, Text: a.d.Text[st:en]}
}

// emit turns the drafts into d.Quotes and d.Claims, in text order, with ids.
func (a *analyzer) emit() {
	ds := a.drafts[:0]
	for _, q := range a.drafts {
		if !q.dropped && q.last > q.first {
			ds = append(ds, q)
		}
	}
	a.drafts = ds
	slices.SortStableFunc(ds, func(x, y *draft) int {
		if c := cmp.Compare(x.first, y.first); c != 0 {
			return c
		}
		return cmp.Compare(y.last, x.last)
	})
	d := a.d
	d.Quotes = make([]model.Quote, 0, len(ds))
	for i, q := range ds {
		q.id = "q" + strconv.Itoa(i+1)
		st, en := a.toks[q.first].Start, a.toks[q.last-1].End
		mq := model.Quote{ID: q.id, Start: st, End: en, Text: d.Text[st:en], Kind: q.kind,
			Speaker: q.ent.Ref(), SpeakerSpan: a.textSpan(q.speaker), Cue: a.textSpan(q.cue),
			Sentence: int(a.sent[q.first])}
		d.Quotes = append(d.Quotes, mq)
		// OUTPUT.md wants an author on every claim: a quote whose
		// speaker names no entity stays a quote and makes no claim.
		if q.claim && q.ent != nil {
			d.Claims = append(d.Claims, model.Claim{Start: st, End: en, Text: mq.Text, By: mq.Speaker,
				Status: model.ClaimAsserted, Quote: q.id, Sentence: mq.Sentence})
			// "France and the United States accuse …": each side
			// named in the subject makes the claim.
			for _, e := range a.coSpeakers(q) {
				d.Claims = append(d.Claims, model.Claim{Start: st, End: en, Text: mq.Text, By: e.Ref(),
					Status: model.ClaimAsserted, Quote: q.id, Sentence: mq.Sentence})
			}
		}
	}
	a.numberClaims()
}

// numberClaims sorts d.Claims by start (outer before inner) and gives them ids.
func (a *analyzer) numberClaims() {
	slices.SortStableFunc(a.d.Claims, func(x, y model.Claim) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		return cmp.Compare(y.End, x.End)
	})
	for i := range a.d.Claims {
		a.d.Claims[i].ID = "c" + strconv.Itoa(i+1)
	}
}
