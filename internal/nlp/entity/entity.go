package entity

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/tagger"
)

// NameTagger finds names in a document given as the tokens of each
// sentence: for each sentence, spans [First, Last) of its tokens with a
// CoNLL type (PER, ORG, LOC, MISC).
type NameTagger interface {
	Names(sents [][]model.Token) [][]NameSpan
}

// NameSpan is a name the tagger found, in tokens of the sentence it was given.
type NameSpan struct {
	First, Last int
	Type        string // PER, ORG, LOC, MISC
}

// Stage is the entity stage of the pipeline.
type Stage struct {
	lex    *lexicon.Lexicon
	tagger NameTagger // nil: capitalisation rules only
}

// New returns the entity stage over a lexicon and an optional tagger.
func New(lex *lexicon.Lexicon, tagger NameTagger) *Stage {
	return &Stage{lex: lex, tagger: tagger}
}

// Name returns "entity".
func (s *Stage) Name() string { return "entity" }

// candKind says what kind of words a candidate is.
type candKind uint8

const (
	cKnown   candKind = iota // a dictionary name: person, org, place, actor phrase
	cName                    // a name no dictionary knows
	cAgent                   // a role noun: "spokesman", "President", "rebels"
	cDemonym                 // "Iranian"
	cPronoun                 // he, she, him
)

// cand is a stretch of tokens that may name or describe an entity.
type cand struct {
	first, last int // document tokens [first, last)
	kind        candKind
	entry       *lexicon.Entry // for cKnown, cAgent, cDemonym
	entries     []*lexicon.Entry
	typ         model.EntityType
	sent        int
	// From titles and appositions.
	role, agent, country, orgCode string
	titled                        bool // a person-like title or apposition describes it
	common                        bool // every word of the match is common English
	used                          bool // consumed as part of a title block
	bloc                          bool // "the bloc", "the alliance": refers to an intergovernmental organisation
	// claimVerb, for "it" in "rejected accusations that it …", is the verb
	// whose subject the pronoun refers to (0: none)
	claimVerb int
	ent       *ent
	mkind     model.MentionKind
	actor     string // mention-level actor code
}

// ent is an entity under construction.
type ent struct {
	e     *model.Entity
	entry *lexicon.Entry
	key   string
	cands []*cand
	last  string // last name token, for surname matching
}

// Run adds d.Entities.
func (s *Stage) Run(ctx context.Context, d *model.Document) error {
	w := &work{s: s, d: d, date: d.RefDate}
	w.collect()
	w.firstNames()
	w.corporateSuffixes()
	w.titles()
	w.appositions()
	w.typeNames()
	w.resolvePlaces()
	w.build()
	w.nominals()
	w.groups()
	w.pronouns()
	w.metonyms()
	w.codes()
	w.finish()
	return nil
}

type work struct {
	s       *Stage
	d       *model.Document
	date    string
	cands   []*cand
	covered []bool
	ents    []*ent
	byKey   map[string]*ent
	// placeMatches are the dictionary matches the geocoder reads.
	placeMatches []lexicon.Match
	main         *string // the article's main country, once computed
}

func (w *work) tok(i int) *model.Token { return &w.d.Tokens[i] }

func (w *work) text(c *cand) string {
	return w.d.Text[w.d.Tokens[c.first].Start:w.d.Tokens[c.last-1].End]
}

// finish writes the entities to the document in order of first mention.
func (w *work) finish() {
	for _, en := range w.ents {
		sort.Slice(en.e.Mentions, func(i, j int) bool { return en.e.Mentions[i].Start < en.e.Mentions[j].Start })
	}
	sort.SliceStable(w.ents, func(i, j int) bool {
		return w.ents[i].e.Mentions[0].Start < w.ents[j].e.Mentions[0].Start
	})
	w.d.Entities = make([]*model.Entity, 0, len(w.ents))
	for i, en := range w.ents {
		en.e.ID = "e" + strconv.Itoa(i+1)
		w.d.Entities = append(w.d.Entities, en.e)
	}
}

// displayName turns an all-capitals word into title case ("KLIMENTYEV" →
// "Klimentyev"), keeping short acronyms.
func displayName(s string) string {
	fs := strings.Fields(s)
	for i, f := range fs {
		letters := 0
		upper := true
		for _, r := range f {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
		if upper && letters > 3 {
			rs := []rune(strings.ToLower(f))
			rs[0] = unicode.ToUpper(rs[0])
			fs[i] = string(rs)
		}
	}
	return strings.Join(fs, " ")
}

// Tagger adapts the NER tagger model to NameTagger.
type Tagger struct {
	M *tagger.Model
}

// Names tags a document and returns the names of each sentence.
func (t Tagger) Names(sents [][]model.Token) [][]NameSpan {
	labels := t.M.TagDocument(sents, nil)
	out := make([][]NameSpan, len(labels))
	for i, ls := range labels {
		for _, sp := range tagger.Spans(ls) {
			out[i] = append(out[i], NameSpan{First: sp.First, Last: sp.Last + 1, Type: sp.Type})
		}
	}
	return out
}
