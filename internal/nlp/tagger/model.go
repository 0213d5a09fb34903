package tagger

import (
	"cmp"
	"slices"
	"sync"

	"eventgraph/internal/model"
)

// negInf is the score of a forbidden transition in a quantised model. It is
// small enough that no path through it wins, and large enough that adding a
// few never overflows an int32.
const negInf = -1 << 26

// stage is one trained pass: a feature table and the quantised weights.
type stage struct {
	// keys is an open-addressing hash table of feature keys (0 marks an
	// empty slot) and w[p] the weights of the feature in slot p. Probing
	// the small key array stays in the cache, and a feature found costs
	// one more line or two, not a row index and then a row.
	keys  []uint32
	w     []entry
	mask  uint32
	n     int     // features in the table
	trans []int32 // S*S, negInf where the scheme forbids it
	// arcs[c] are the states that may precede c, in order, with the
	// transition scores, for the decoder.
	arcs  [][]arc
	start []int32
	end   []int32
}

// arc is an allowed transition into a state: from state p, scoring w.
type arc struct {
	p uint8
	w int32
}

// Weights are quantised to weightBits-bit integers (|w| ≤ weightMax):
// finer steps do not change CoNLL dev F1, and small weights let the
// decoder add four of them with one 64-bit addition (see entry).
const (
	weightBits = 11
	weightMax  = 1<<(weightBits-1) - 1
	laneBias   = 1 << (weightBits - 1)
	// flushRows is how many entries can be summed before a 16-bit lane
	// could overflow.
	flushRows = 1 << 16 / (2 * laneBias)
	// maxStates is the number of states an entry holds: O and four
	// positions of four types (BILOU).
	maxStates = 17
)

// An entry holds a feature's S weights in 16-bit lanes, four to a word,
// each stored as w+laneBias. Biased lanes are never negative and stay below
// 2*laneBias, so adding up to flushRows entries word by word never carries
// from one state's lane into the next; the sum of n entries is unbiased by
// subtracting n*laneBias.
type entry [(maxStates + 3) / 4]uint64

func makeEntry(w []int16) entry {
	var e entry
	for s, v := range w {
		e[s/4] |= uint64(int(v)+laneBias) << (16 * (s % 4))
	}
	return e
}

// weight returns the weight of state s.
func (e *entry) weight(s int) int16 {
	return int16(int(e[s/4]>>(16*(s%4))&0xffff) - laneBias)
}

// build makes the feature table for keys, whose rows of S weights are in w.
func (st *stage) build(keys []uint32, w []int16, S int) {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	st.keys = make([]uint32, size)
	st.w = make([]entry, size)
	st.mask = uint32(size - 1)
	st.n = len(keys)
	for row, k := range keys {
		for p := k & st.mask; ; p = (p + 1) & st.mask {
			if st.keys[p] == 0 {
				st.keys[p] = k
				st.w[p] = makeEntry(w[row*S : row*S+S])
				break
			}
		}
	}
}

// find returns the weights of feature key k, or nil.
func (st *stage) find(k uint32) *entry {
	for p := k & st.mask; ; p = (p + 1) & st.mask {
		switch st.keys[p] {
		case k:
			return &st.w[p]
		case 0:
			return nil
		}
	}
}

// slots returns the table slots that hold a feature, in the order of
// their keys, so that the same features are saved and rebuilt the same way
// however the table was built.
func (st *stage) slots() []int {
	var ps []int
	for p, k := range st.keys {
		if k != 0 {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b int) int { return cmp.Compare(st.keys[a], st.keys[b]) })
	return ps
}

// Info describes how a model was trained. It is stored in the model file
// and in the JSON written beside it.
type Info struct {
	Scheme      string            `json:"scheme"`
	Data        map[string]string `json:"data_sha256"` // file name to SHA-256
	Epochs      []int             `json:"epochs"`      // chosen epochs per pass
	Features    []int             `json:"features"`    // kept features per pass
	DevF1       float64           `json:"dev_f1"`      // CoNLL dev F1, all four types
	DevF1PerLoc float64           `json:"dev_f1_per_org_loc"`
	PruneL1     int               `json:"prune_l1,omitempty"` // see TrainOptions.PruneL1
	Seed        uint64            `json:"seed"`
	Names       int               `json:"lexicon_names"`
	TrainSecs   float64           `json:"train_seconds,omitempty"`
	Notes       string            `json:"notes,omitempty"`
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	sc     *scheme
	stages []*stage // one or two passes
	names  *nameTable
	ext    Gazetteer
	info   Info
	pool   sync.Pool
}

// Info returns how the model was trained.
func (m *Model) Info() Info { return m.info }

// WithLexicon returns a copy of the model that also asks g about tokens and
// phrases. It only helps a model trained with the same lexicon
// (TrainOptions.Lexicon); nil removes it.
func (m *Model) WithLexicon(g Gazetteer) *Model {
	c := &Model{sc: m.sc, stages: m.stages, names: m.names, ext: g, info: m.info}
	return c
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return newScratch()
}

// Tag labels the tokens of one sentence, treated as a document of its own,
// appending to out[:0] and returning it. Only Token.Text is read.
func (m *Model) Tag(toks []model.Token, out []Label) []Label {
	sc := m.getScratch()
	sc.one[0] = toks
	sc.oneOut[0] = out
	m.tagDoc(sc, sc.one[:], sc.oneOut[:])
	out = sc.oneOut[0]
	sc.one[0], sc.oneOut[0] = nil, nil
	m.pool.Put(sc)
	return out
}

// TagDocument labels every sentence of a document. Using the whole document
// lets the tagger see how a word is written elsewhere (a headline in
// capitals, a sentence-initial word) and how it was tagged elsewhere. out is
// reused where it has room; the result has one label slice per sentence.
func (m *Model) TagDocument(sents [][]model.Token, out [][]Label) [][]Label {
	if cap(out) < len(sents) {
		out = append(out[:cap(out)], make([][]Label, len(sents)-cap(out))...)
	}
	out = out[:len(sents)]
	sc := m.getScratch()
	m.tagDoc(sc, sents, out)
	m.pool.Put(sc)
	return out
}

func (m *Model) tagDoc(sc *scratch, sents [][]model.Token, out [][]Label) {
	var lex hashLexicon
	if m.names != nil {
		lex = m.names
	}
	if len(m.stages) == 0 {
		for j, toks := range sents {
			out[j] = out[j][:0]
			for range toks {
				out[j] = append(out[j], O)
			}
		}
		return
	}
	sc.prepare(sents, lex, m.ext)
	S := m.sc.n
	sc.stage1 = sc.stage1[:0]
	sc.states1 = sc.states1[:0]
	for p, st := range m.stages {
		second := p > 0
		if second {
			sc.setStage1()
		}
		for j := range sents {
			first, n := sc.sentOff[j], sc.sentOff[j+1]-sc.sentOff[j]
			if sc.features(j, second) || !second {
				sc.decode(st, S, n)
			} else {
				// Without another mention to agree with, the second
				// pass would only repeat the first: keep its states.
				sc.states = grow(sc.states, n)
				copy(sc.states, sc.states1[first:first+n])
			}
			if p == len(m.stages)-1 {
				out[j] = m.sc.decode(sc.states[:n], out[j])
			} else {
				sc.states1 = append(sc.states1, sc.states[:n]...)
				for _, s := range sc.states[:n] {
					sc.stage1 = append(sc.stage1, m.sc.typ[s])
				}
			}
		}
	}
}

// decode scores the features in sc.feats with st and finds the best states
// for the n tokens of the sentence.
func (sc *scratch) decode(st *stage, S, n int) {
	sc.em = grow(sc.em, n*S)
	sc.delta = grow(sc.delta, n*S)
	sc.back = grow(sc.back, n*S)
	sc.states = grow(sc.states, n)
	em := sc.em[:n*S]
	clear(em)
	if len(st.keys) == 0 {
		st.viterbi(S, n, em, sc.delta, sc.back, sc.states)
		return
	}
	for i := 0; i < n; i++ {
		e := em[i*S : (i+1)*S]
		var a0, a1, a2, a3, a4 uint64
		rows := 0
		for _, k := range sc.feats[sc.fstart[i]:sc.fstart[i+1]] {
			w := st.find(k)
			if w == nil {
				continue
			}
			a0 += w[0]
			a1 += w[1]
			a2 += w[2]
			a3 += w[3]
			a4 += w[4]
			if rows++; rows == flushRows {
				addLanes(e, &entry{a0, a1, a2, a3, a4}, rows)
				a0, a1, a2, a3, a4, rows = 0, 0, 0, 0, 0, 0
			}
		}
		addLanes(e, &entry{a0, a1, a2, a3, a4}, rows)
	}
	st.viterbi(S, n, em, sc.delta, sc.back, sc.states)
}

// addLanes adds to e the unbiased sum held in acc of rows entries.
func addLanes(e []int32, acc *entry, rows int) {
	bias := int32(rows * laneBias)
	for s := range e {
		e[s] += int32(acc[s/4]>>(16*(s%4))&0xffff) - bias
	}
}

// viterbi is the decoder of a quantised stage. It visits only the
// transitions the scheme allows (97 of 289 for BILOU).
func (st *stage) viterbi(S, n int, em, delta []int32, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	for s := 0; s < S; s++ {
		delta[s] = em[s] + st.start[s]
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*S : i*S]
		cur := delta[i*S : (i+1)*S]
		bk := back[i*S : (i+1)*S]
		e := em[i*S : (i+1)*S]
		for c := range cur {
			best, arg := int32(negInf*4), uint8(0)
			for _, a := range st.arcs[c] {
				if v := prev[a.p] + a.w; v > best {
					best, arg = v, a.p
				}
			}
			cur[c] = best + e[c]
			bk[c] = arg
		}
	}
	last := delta[(n-1)*S : n*S]
	best, arg := last[0]+st.end[0], 0
	for s := 1; s < S; s++ {
		if v := last[s] + st.end[s]; v > best {
			best, arg = v, s
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*S+arg])
		out[i-1] = uint8(arg)
	}
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}
