package event

import (
	"context"
	"strconv"
	"strings"

	"eventgraph/internal/model"
)

// Stage is the pipeline stage that fills Document.Events. It is safe for
// concurrent use: the dictionary is read-only.
type Stage struct {
	dict *Dict
}

// New returns the event stage using dict, or the embedded dictionary when
// dict is nil.
func New(dict *Dict) *Stage {
	if dict == nil {
		dict = Default()
	}
	return &Stage{dict: dict}
}

// Name returns "event".
func (s *Stage) Name() string { return "event" }

// Run codes the events of d and stores them in d.Events, replacing any there.
// It needs tokens and sentences; entities, times, quotes and claims are used
// when earlier stages have added them. It returns only ctx's error.
func (s *Stage) Run(ctx context.Context, d *model.Document) error {
	r := &runner{d: d, dict: s.dict}
	r.index()
	d.Events = d.Events[:0]
	if r.storyDiscarded() {
		return nil
	}
	var st sent
	for i := range d.Sentences {
		if i%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		sn := &d.Sentences[i]
		if sn.First < 0 || sn.Last > len(d.Tokens) || sn.First >= sn.Last || sn.Section == model.SectionCredit ||
			sn.Section == model.SectionDateline {
			continue
		}
		if !r.hasActor(sn) || r.sentenceDiscarded(sn) {
			continue
		}
		st.idx, st.s = i, sn
		r.segments(&st)
		r.findVerbs(&st)
		st.dateLo = -1
		r.codeVerbs(&st)
		st.dateLo = -1
		r.codeNouns(&st)
		r.codeJudgements(&st)
		r.codeDueIn(&st)
	}
	r.resolveTargets()
	r.codeDenials()
	for i := range d.Events {
		d.Events[i].ID = "v" + strconv.Itoa(i+1)
	}
	return nil
}

// hasActor reports whether a sentence mentions any actor (an entity with a
// code or a country): without one no event can have a source, and the
// sentence is not worth coding.
func (r *runner) hasActor(sn *model.Sentence) bool {
	for k := sn.First; k < sn.Last; k++ {
		if m := r.at[k]; m > 0 && r.men[m-1].known() {
			return true
		}
	}
	return false
}

// runner holds one document's analysis.
type runner struct {
	d    *model.Document
	dict *Dict
	men  []mref
	at   []int32 // token → mention index + 1
	// timeAt maps a token to the time covering it, + 1.
	timeAt []int32
	// seen dedups events: one per source, target, code and clause.
	seen map[string]bool
	// consumed marks nouns a verb pattern used, so they make no event of their own.
	consumed map[int]bool
	// ents finds an entity by id.
	ents map[string]*model.Entity
	// hypo makes the events being emitted hypothetical ("warned it could …").
	hypo bool
	// reporter, when set, makes the events being emitted reported by it
	// ("X accused Y of looting").
	reporter *mref
	// denyNoun, when set, makes the events being emitted denied: "X denied
	// any role in the attack"
	denyNoun bool
	// nounEmit is set while an event noun is coded: it yields to an event
	// of the same root, source and target the clause's verb made
	nounEmit bool
	// ownerTarget is set while the object of a seizure or assault is read:
	// a demonym on a thing names its owner, the target ("detained the
	// Iranian supertanker"), not a weapon's origin
	ownerTarget bool
	// refused is set by modality when the event is what its source refused
	// to do ("refused to hand over the suspect"): a rejection (CAMEO 12)
	refused bool
	// pending are the events waiting for a discourse target (discourse.go).
	pending  []pendingTarget
	cands    []int32   // scratch for matchPatterns
	variants [6]string // scratch for nounVariants
}

func (r *runner) index() {
	d := r.d
	r.at = make([]int32, len(d.Tokens))
	r.timeAt = make([]int32, len(d.Tokens))
	r.seen = map[string]bool{}
	r.ents = make(map[string]*model.Entity, len(d.Entities))
	for _, e := range d.Entities {
		if e == nil {
			continue
		}
		r.ents[e.ID] = e
		for _, m := range e.Mentions {
			if m.First < 0 || m.Last > len(d.Tokens) || m.First >= m.Last {
				continue
			}
			if m.Kind == model.MentionNominal && m.Last-m.First == 1 && modifierUse[d.Tokens[min(m.Last, len(d.Tokens)-1)].Norm] && m.Last < len(d.Tokens) {
				continue // "military action": a modifier, not an actor
			}
			actor := m.Actor
			if actor == "" {
				actor = e.Actor
			}
			country := e.Country
			if country == "" && len(actor) >= 3 && actor[:3] != "---" {
				country = actor[:3]
			}
			r.men = append(r.men, mref{ent: e, first: m.First, last: m.Last, actor: actor, country: country,
				place: e.Type.IsPlace(), kind: m.Kind})
			for k := m.First; k < m.Last; k++ {
				r.at[k] = int32(len(r.men))
			}
		}
	}
	for ti, t := range d.Times {
		a, b := d.TokenAt(t.Start), d.TokenAt(t.End)
		if a < 0 {
			continue
		}
		for k := a; k < b && k < len(d.Tokens); k++ {
			r.timeAt[k] = int32(ti + 1)
		}
	}
}

// modifierUse are nouns a one-word group noun ("military", "police") may
// modify without naming an actor.
var modifierUse = set("action", "actions", "operation", "operations", "intervention", "exercise", "exercises",
	"option", "options", "spending", "budget", "aid", "assistance", "coup", "junta", "vehicle", "vehicles",
	"base", "bases", "equipment", "hardware", "escort")

// storyDiscarded reports whether a story-level discard phrase ("world cup",
// "champions league") occurs in the lead (title and first two sentences of
// the body), or most sentences read as sports, business or weather. A story
// phrase further down voids only its sentence: digests mix topics.
func (r *runner) storyDiscarded() bool {
	toks := r.d.Tokens
	body := 0
	for i := range r.d.Sentences {
		s := &r.d.Sentences[i]
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last {
			continue
		}
		if s.Section == model.SectionBody {
			body++
		}
		if s.Section != model.SectionTitle && (s.Section != model.SectionBody || body > 2) {
			continue
		}
		for j := s.First; j < s.Last; j++ {
			for _, ds := range r.dict.discards[toks[j].Norm] {
				if ds.story && r.phraseAt(j, ds.words) {
					return true
				}
			}
		}
	}
	n, sports := 0, 0
	for i := range r.d.Sentences {
		s := &r.d.Sentences[i]
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last {
			continue
		}
		n++
		if r.sportsScore(s) {
			sports++
		}
	}
	return sports >= 2 && sports*3 >= n
}

func (r *runner) phraseAt(i int, words []string) bool {
	if i+len(words) > len(r.d.Tokens) {
		return false
	}
	for k, w := range words {
		if r.d.Tokens[i+k].Norm != w {
			return false
		}
	}
	return true
}

// sentenceDiscarded reports whether a discard phrase or the sports and
// business lexicon voids the sentence.
func (r *runner) sentenceDiscarded(s *model.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		for _, ds := range r.dict.discards[r.d.Tokens[i].Norm] {
			if r.phraseAt(i, ds.words) && i+len(ds.words) <= s.Last {
				return true
			}
		}
	}
	return r.sportsScore(s)
}

func (r *runner) sportsScore(s *model.Sentence) bool {
	weak := 0
	var last string
	for i := s.First; i < s.Last; i++ {
		t := &r.d.Tokens[i]
		n := t.Norm
		if sportsStrong[n] {
			return true
		}
		if sportsWeak[n] && n != last {
			weak++
			last = n
		}
		// a score: "4-2", "3 - 1"
		if t.Kind == model.TokNumber && i+2 < s.Last && r.d.Tokens[i+1].Norm == "-" && r.d.Tokens[i+2].Kind == model.TokNumber && len(n) <= 2 {
			weak++
		} else if t.Kind == model.TokNumber && len(n) <= 5 && strings.Count(n, "-") == 1 && n[0] != '-' && n[len(n)-1] != '-' {
			weak++
		}
	}
	return weak >= 3
}
