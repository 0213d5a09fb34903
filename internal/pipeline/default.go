package pipeline

import (
	"sync"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/entity"
	"eventgraph/internal/nlp/event"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/quote"
	"eventgraph/internal/nlp/tagger"
	"eventgraph/internal/nlp/timex"
)

// Default returns the pipeline with every stage, built once and shared:
// times first (they find the reference date in a dateline, which actor
// codes depend on), then entities, quotes and claims, and events, which read
// all of the layers before them.
var Default = sync.OnceValue(func() *Pipeline {
	lex := lexicon.Default()
	return New(
		timex.New(),
		entity.New(lex, NameTagger{M: tagger.Default()}),
		quote.New(),
		event.New(nil),
	)
})

// NameTagger adapts the tagger model to the entity stage.
type NameTagger struct {
	M *tagger.Model
}

// Names tags a document and returns the names of each sentence.
func (t NameTagger) Names(sents [][]model.Token) [][]entity.NameSpan {
	labels := t.M.TagDocument(sents, nil)
	out := make([][]entity.NameSpan, len(labels))
	for i, ls := range labels {
		for _, sp := range tagger.Spans(ls) {
			out[i] = append(out[i], entity.NameSpan{First: sp.First, Last: sp.Last + 1, Type: sp.Type})
		}
	}
	return out
}
