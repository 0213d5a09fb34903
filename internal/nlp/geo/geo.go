package geo

import (
	"math"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// Mention is one place mention with its candidate readings.
type Mention struct {
	// Cands are the place entries the mention's words can name.
	Cands []*lexicon.Entry
	// Qualifier holds the entries of a place named right after the mention
	// ("Paris, Texas": Texas's entries), or nil.
	Qualifier []*lexicon.Entry
	// Sentence is the index of the mention's sentence.
	Sentence int
	// Dateline is true for the place of the dateline ("MOSCOW, July 12 -").
	Dateline bool
}

// Context is what the article says about countries outside its place
// mentions.
type Context struct {
	// Countries are extra votes by ISO-3 code, e.g. from actor codes of the
	// article's people and organisations.
	Countries map[string]float64
	// SentenceCountries lists, per sentence index, the countries of the
	// demonyms in that sentence ("Lebanese officials …").
	SentenceCountries map[int][]string
}

// Scoring weights. Population gives the base (log10), so that a capital of
// millions beats a town of thousands unless context says otherwise.
const (
	bonusCountry    = 3.0  // "Georgia": the country before the US state
	bonusCapital    = 1.5  // PPLC
	bonusAdminSeat  = 0.5  // PPLA: a division's seat
	bonusQualifier  = 10.0 // "Paris, Texas"
	bonusDemonym    = 4.0  // a demonym of the candidate's country in the sentence
	weightVotes     = 2.5  // × log2(1 + votes for the candidate's country), votes capped at maxVotes
	maxVotes        = 3.0  // more votes say no more: a story about the US still means Paris, France
	bonusDominant   = 3.0  // the reading ten times larger than any other
	bonusMajorCity  = 2.0  // a city of a million or more: what a bare name in the news usually means
	weightDateline  = 2.0  // the dateline place's vote
	penaltyAdmin1   = 0.5  // a division named like a city is less often meant
	penaltyDistrict = 0.3  // PPLX, PPLA3 …: sections and small seats
)

// Resolve picks one entry for each mention (nil for a mention without
// candidates). It works in two rounds: the first counts every mention's
// countries, split between its candidates; the second counts the first
// round's choices, so that one confident mention ("Beirut") settles an
// ambiguous one ("Tripoli").
func Resolve(ms []Mention, ctx Context) []*lexicon.Entry {
	out := make([]*lexicon.Entry, len(ms))
	// Round 1: votes split over each mention's distinct countries.
	votes := map[string]float64{}
	for c, w := range ctx.Countries {
		votes[c] += w
	}
	contrib := make([]map[string]float64, len(ms))
	for i, m := range ms {
		cs := map[string]bool{}
		for _, e := range m.Cands {
			if e != nil && e.Country != "" {
				cs[e.Country] = true
			}
		}
		if len(cs) == 0 {
			continue
		}
		w := 1.0
		if m.Dateline {
			w = weightDateline
		}
		contrib[i] = map[string]float64{}
		for c := range cs {
			contrib[i][c] = w / float64(len(cs))
			votes[c] += contrib[i][c]
		}
	}
	for i, m := range ms {
		out[i] = pick(m, ctx, votes, contrib[i])
	}
	// Round 2: votes from the first round's choices.
	votes2 := map[string]float64{}
	for c, w := range ctx.Countries {
		votes2[c] += w
	}
	contrib2 := make([]map[string]float64, len(ms))
	for i, e := range out {
		if e == nil || e.Country == "" {
			continue
		}
		w := 1.0
		if ms[i].Dateline {
			w = weightDateline
		}
		contrib2[i] = map[string]float64{e.Country: w}
		votes2[e.Country] += w
	}
	for i, m := range ms {
		out[i] = pick(m, ctx, votes2, contrib2[i])
	}
	return out
}

// pick scores the candidates of one mention; own is the mention's own
// contribution to votes, which does not count for itself.
func pick(m Mention, ctx Context, votes, own map[string]float64) *lexicon.Entry {
	var best *lexicon.Entry
	bestScore := math.Inf(-1)
	// The largest reading, when it outnumbers every other ten to one, is
	// what a bare name means (Geneva, Switzerland before Geneva, New York).
	var top *lexicon.Entry
	for _, e := range m.Cands {
		if e != nil && e.Kind == lexicon.City && (top == nil || e.Population > top.Population) {
			top = e
		}
	}
	for _, e := range m.Cands {
		if e != nil && e != top && e.Kind.IsPlace() && top != nil && e.Population*10 > top.Population {
			top = nil
			break
		}
	}
	for _, e := range m.Cands {
		if e == nil || !e.Kind.IsPlace() {
			continue
		}
		s := Score(e, m, ctx, votes[e.Country]-own[e.Country])
		if e == top {
			s += bonusDominant
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	return best
}

// Score is the plausibility of reading mention m as place e, given votes
// for e's country from the rest of the article. Higher is likelier.
func Score(e *lexicon.Entry, m Mention, ctx Context, votes float64) float64 {
	s := math.Log10(float64(e.Population) + 10)
	switch e.Kind {
	case lexicon.Country:
		s += bonusCountry
	case lexicon.Admin1:
		s -= penaltyAdmin1
	case lexicon.Region, lexicon.Water, lexicon.Landmark:
		// Hand-listed places have no population; they are what news means.
		s += 6
	}
	if e.Kind == lexicon.City && e.Population >= 1_000_000 {
		s += bonusMajorCity
	}
	switch e.Feature {
	case "PPLC":
		s += bonusCapital
	case "PPLA":
		s += bonusAdminSeat
	case "PPLX", "PPLA3", "PPLA4", "PPLA5":
		s -= penaltyDistrict
	}
	for _, q := range m.Qualifier {
		if q == nil || q.Country == "" || q.Country != e.Country {
			continue
		}
		switch q.Kind {
		case lexicon.Country, lexicon.Region:
			s += bonusQualifier
		case lexicon.Admin1:
			if e.Admin1 == q.Name {
				s += bonusQualifier
			}
		}
	}
	for _, c := range ctx.SentenceCountries[m.Sentence] {
		if c == e.Country {
			s += bonusDemonym
			break
		}
	}
	if votes > 0 {
		s += weightVotes * math.Log2(1+min(votes, maxVotes))
	}
	return s
}

// Geo returns the output contract's geo object for a place entry, or nil.
func Geo(e *lexicon.Entry) *model.Geo {
	if e == nil || !e.Kind.IsPlace() {
		return nil
	}
	g := &model.Geo{Lat: e.Lat, Lon: e.Lon, Kind: e.GeoKind(), GeonameID: e.GeonameID}
	if e.Kind == lexicon.City {
		g.Admin1 = e.Admin1
	}
	return g
}

// Places returns the place entries among es, in order.
func Places(es []*lexicon.Entry) []*lexicon.Entry {
	var out []*lexicon.Entry
	for _, e := range es {
		if e.Kind.IsPlace() {
			out = append(out, e)
		}
	}
	return out
}

// compass words may stand between a place and its qualifier.
var compass = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north": true,
	"south": true, "east": true, "west": true}

// FromMatches builds Resolve's input from a segmented document and the
// lexicon matches over its tokens (in text order): one Mention per match
// with a place reading, its qualifier (a place match right after a comma),
// the dateline flag, and the demonyms of each sentence. It also returns,
// for each Mention, the index of its match in ms.
func FromMatches(d *model.Document, ms []lexicon.Match) ([]Mention, Context, []int) {
	ctx := Context{SentenceCountries: map[int][]string{}}
	var out []Mention
	var idx []int
	for i, m := range ms {
		sent := -1
		if m.First < len(d.Tokens) {
			sent = d.SentenceAt(d.Tokens[m.First].Start)
		}
		for _, e := range m.Entries {
			if e.Kind == lexicon.Demonym && e.Country != "" {
				ctx.SentenceCountries[sent] = append(ctx.SentenceCountries[sent], e.Country)
			}
		}
		cands := Places(m.Entries)
		if len(cands) == 0 {
			continue
		}
		mn := Mention{Cands: cands, Sentence: sent}
		if m.First < len(d.Tokens) && d.SectionAt(d.Tokens[m.First].Start) == model.SectionDateline {
			mn.Dateline = true
		}
		// "Paris, Texas", "Salisbury, southern England": a comma, perhaps a
		// compass word, then a division or country.
		next := m.Last + 1
		if next < len(d.Tokens) && compass[d.Tokens[next].Norm] {
			next++
		}
		if i+1 < len(ms) && m.Last < len(d.Tokens) && d.Tokens[m.Last].Text == "," && ms[i+1].First == next {
			for _, q := range ms[i+1].Entries {
				if q.Kind == lexicon.Admin1 || q.Kind == lexicon.Country || q.Kind == lexicon.Region && q.Country != "" {
					mn.Qualifier = append(mn.Qualifier, q)
				}
			}
		}
		out = append(out, mn)
		idx = append(idx, i)
	}
	return out, ctx, idx
}
