package tagger

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"eventgraph/internal/model"
)

// TrainOptions controls Train. The zero value gives the shipped settings
// except for Dev, which should be set.
type TrainOptions struct {
	// Dev is the development set used to choose the number of epochs.
	// Without it every pass runs for Epochs epochs.
	Dev []Sentence
	// Epochs is the most epochs per pass (default 20).
	Epochs int
	// Patience stops a pass after this many epochs without a better dev
	// F1 (default 4).
	Patience int
	// Seed seeds the shuffling of the training sentences (default 1).
	Seed uint64
	// BIO decodes over BIO states instead of BILOU.
	BIO bool
	// OnePass leaves out the second, label-consistency pass.
	OnePass bool
	// Folds is the number of jackknife folds that give the second pass
	// realistic first-pass labels on the training data (default 4).
	Folds int
	// MinFeatureCount drops features seen fewer times in training
	// (default 1: keep all).
	MinFeatureCount int
	// Prune drops features whose largest quantised weight is smaller
	// (default 1 quantum of 1/weightMax of the largest weight: features
	// whose weights all round to zero).
	Prune int
	// PruneL1 drops, once both passes are trained, the features whose
	// quantised weights have an L1 norm below it. 0 chooses it on Dev: the
	// largest of pruneL1Grid that keeps dev F1 within pruneL1Tolerance of
	// the unpruned model's. Most features are rare and carry little
	// weight; without them the tables fit in a core's L2 cache and tagging
	// is faster. Negative keeps them all.
	PruneL1 int
	// MinNameCount is how often a name must be seen as an entity to enter
	// the learnt lexicon (default 1).
	MinNameCount int
	// Lexicon is an optional extra lexicon; the model must be given the
	// same one at tagging time with WithLexicon.
	Lexicon Gazetteer
	// Logger gets one line per epoch (default: discard).
	Logger *slog.Logger
	// Data records the SHA-256 of each data file read, by file name, in
	// the model's Info.
	Data map[string]string
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 20
	}
	if o.Patience <= 0 {
		o.Patience = 4
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Folds < 2 {
		o.Folds = 4
	}
	if o.MinFeatureCount <= 0 {
		o.MinFeatureCount = 1
	}
	if o.Prune <= 0 {
		o.Prune = 1
	}
	if o.MinNameCount <= 0 {
		o.MinNameCount = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// ErrNoData is returned by Train when there is nothing to learn from.
var ErrNoData = errors.New("no training sentences")

// trainSet is the training data turned into feature rows.
type trainSet struct {
	feats  [][]int32 // per sentence, the feature rows of all its tokens
	fstart [][]int32 // per sentence, token i's rows are feats[fstart[i]:fstart[i+1]]
	gold   [][]uint8
	keys   []uint32 // feature key of each row
	index  map[uint32]int32
	count  []int32
}

func newTrainSet(n int) *trainSet {
	return &trainSet{
		feats:  make([][]int32, n),
		fstart: make([][]int32, n),
		gold:   make([][]uint8, n),
		index:  make(map[uint32]int32),
	}
}

// add stores the features in sc for sentence k.
func (ts *trainSet) add(k int, sc *scratch) {
	f := make([]int32, len(sc.feats))
	for i, key := range sc.feats {
		r, ok := ts.index[key]
		if !ok {
			r = int32(len(ts.keys))
			ts.index[key] = r
			ts.keys = append(ts.keys, key)
			ts.count = append(ts.count, 0)
		}
		ts.count[r]++
		f[i] = r
	}
	ts.feats[k] = f
	ts.fstart[k] = append([]int32(nil), sc.fstart...)
}

// prune drops the rows of features seen fewer than min times.
func (ts *trainSet) prune(min int) {
	if min <= 1 {
		return
	}
	newRow := make([]int32, len(ts.keys))
	var keys []uint32
	for r, c := range ts.count {
		if int(c) >= min {
			newRow[r] = int32(len(keys))
			keys = append(keys, ts.keys[r])
		} else {
			newRow[r] = -1
		}
	}
	for k, f := range ts.feats {
		fs := ts.fstart[k]
		out := f[:0]
		start := int32(0)
		for i := 0; i+1 < len(fs); i++ {
			from, to := fs[i], fs[i+1]
			fs[i] = start
			for _, r := range f[from:to] {
				if nr := newRow[r]; nr >= 0 {
					out = append(out, nr)
				}
			}
			start = int32(len(out))
		}
		fs[len(fs)-1] = start
		ts.feats[k] = out
	}
	ts.keys = keys
	ts.index = nil
	ts.count = nil
}

// document is a run of consecutive sentences with the same Doc.
type document struct {
	name        string
	first, last int // sentences[first:last]
}

func documents(sents []Sentence) []document {
	var docs []document
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Doc == sents[i].Doc && sents[i].Doc != "" {
			j++
		}
		docs = append(docs, document{name: sents[i].Doc, first: i, last: j})
		i = j
	}
	return docs
}

func tokensOf(sents []Sentence) [][]model.Token {
	out := make([][]model.Token, len(sents))
	for i := range sents {
		out[i] = sents[i].Tokens
	}
	return out
}

// Train learns a model from labelled sentences with the averaged perceptron
// (Collins 2002, https://aclanthology.org/W02-1001/). Sentences are visited
// in an order shuffled with opts.Seed, so the same data and options give the
// same model. When opts.Dev is set, each pass keeps the epoch with the best
// dev F1.
func Train(ctx context.Context, sents []Sentence, opts TrainOptions) (*Model, error) {
	opts.defaults()
	if len(sents) == 0 {
		return nil, ErrNoData
	}
	began := time.Now()
	kind := schemeBILOU
	if opts.BIO {
		kind = schemeBIO
	}
	sch := newScheme(kind)
	docs := documents(sents)

	// The lexicon learnt from the training names.
	nc := newNameCounts()
	sc := newScratch()
	for i := range sents {
		sc.prepare([][]model.Token{sents[i].Tokens}, nil, nil)
		nc.addSentence(&sents[i], sc.lower, sc.off)
		nc.addCommon(&sents[i], sc.info)
	}
	names := nc.table(opts.MinNameCount)
	m := &Model{sc: sch, names: names, ext: opts.Lexicon}
	m.info = Info{Scheme: map[uint8]string{schemeBIO: "BIO", schemeBILOU: "BILOU"}[kind], Seed: opts.Seed, Names: len(names.m), Data: opts.Data}

	gold := make([][]uint8, len(sents))
	for i := range sents {
		gold[i] = sch.encode(sents[i].Labels, nil)
	}

	// Pass one.
	ts1 := newTrainSet(len(sents))
	for _, d := range docs {
		sc.prepare(tokensOf(sents[d.first:d.last]), nc.without(d.name), opts.Lexicon)
		for j := d.first; j < d.last; j++ {
			sc.features(j-d.first, false)
			ts1.add(j, sc)
		}
	}
	ts1.gold = gold
	ts1.prune(opts.MinFeatureCount)
	st1, ep1, f1, err := trainPass(ctx, m, ts1, nil, opts, "pass1")
	if err != nil {
		return nil, err
	}
	m.stages = []*stage{st1.stage}
	m.info.Epochs = []int{ep1}
	m.info.Features = []int{st1.features}
	m.info.DevF1 = f1
	if opts.OnePass {
		pruneModel(m, opts)
		m.info.DevF1PerLoc = devCore(m, opts.Dev)
		m.info.TrainSecs = time.Since(began).Seconds()
		return m, nil
	}

	// First-pass labels on the training data, each document tagged by a
	// model that did not see it (jackknife).
	pred := make([][]uint8, len(sents))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for f := 0; f < opts.Folds; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(f int) {
			defer wg.Done()
			defer func() { <-sem }()
			var in []int
			for di, d := range docs {
				if di%opts.Folds != f {
					for j := d.first; j < d.last; j++ {
						in = append(in, j)
					}
				}
			}
			p := newPerceptron(sch, len(ts1.keys))
			rng := rand.New(rand.NewPCG(opts.Seed, uint64(f+1)))
			for e := 0; e < ep1; e++ {
				rng.Shuffle(len(in), func(a, b int) { in[a], in[b] = in[b], in[a] })
				p.epoch(ts1, in)
			}
			avg := p.average()
			var dec decoder
			for di, d := range docs {
				if di%opts.Folds == f {
					for j := d.first; j < d.last; j++ {
						pred[j] = dec.decode(sch, avg, ts1, j)
					}
				}
			}
		}(f)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Pass two.
	ts2 := newTrainSet(len(sents))
	for _, d := range docs {
		sc.prepare(tokensOf(sents[d.first:d.last]), nc.without(d.name), opts.Lexicon)
		sc.stage1 = sc.stage1[:0]
		for j := d.first; j < d.last; j++ {
			for _, s := range pred[j] {
				sc.stage1 = append(sc.stage1, sch.typ[s])
			}
		}
		sc.setStage1()
		for j := d.first; j < d.last; j++ {
			sc.features(j-d.first, true)
			ts2.add(j, sc)
		}
	}
	ts2.gold = gold
	ts2.prune(opts.MinFeatureCount)
	st2, ep2, f2, err := trainPass(ctx, m, ts2, st1.stage, opts, "pass2")
	if err != nil {
		return nil, err
	}
	m.stages = []*stage{st1.stage, st2.stage}
	m.info.Epochs = append(m.info.Epochs, ep2)
	m.info.Features = append(m.info.Features, st2.features)
	m.info.DevF1 = f2
	pruneModel(m, opts)
	m.info.DevF1PerLoc = devCore(m, opts.Dev)
	m.info.TrainSecs = time.Since(began).Seconds()
	return m, nil
}

type quantised struct {
	stage    *stage
	features int
}

// trainPass trains one pass for up to opts.Epochs epochs and returns the
// quantised model of the epoch with the best dev F1 (the last epoch when
// there is no dev set). first is the first-pass stage when this is the
// second pass.
func trainPass(ctx context.Context, m *Model, ts *trainSet, first *stage, opts TrainOptions, name string) (quantised, int, float64, error) {
	p := newPerceptron(m.sc, len(ts.keys))
	order := make([]int, len(ts.gold))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0))
	var best quantised
	bestF1, bestEp := -1.0, 0
	for e := 1; e <= opts.Epochs; e++ {
		if err := ctx.Err(); err != nil {
			return best, 0, 0, fmt.Errorf("train %s: %w", name, err)
		}
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		errs := p.epoch(ts, order)
		q := quantise(m.sc, p.average(), ts.keys, opts.Prune)
		f1 := 0.0
		if len(opts.Dev) > 0 {
			trial := &Model{sc: m.sc, names: m.names, ext: m.ext}
			if first != nil {
				trial.stages = []*stage{first, q.stage}
			} else {
				trial.stages = []*stage{q.stage}
			}
			f1 = devF1(trial, opts.Dev)
		}
		opts.Logger.Info("epoch done", slog.String("pass", name), slog.Int("epoch", e),
			slog.Int("wrong_sentences", errs), slog.Float64("dev_f1", f1), slog.Int("features", q.features))
		if len(opts.Dev) == 0 || f1 > bestF1 {
			best, bestF1, bestEp = q, f1, e
		} else if e-bestEp >= opts.Patience {
			break
		}
	}
	return best, bestEp, bestF1, nil
}

// perceptron holds the weights being learnt and their running sums for
// averaging: the average is w - u/c (Daumé's trick, so that an update costs
// the same as in the plain perceptron).
type perceptron struct {
	sc   *scheme
	S    int
	w    []float32 // rows*S, then S*S transitions, S start, S end
	u    []float64
	c    float64
	rows int
	dec  decoder
}

func newPerceptron(sc *scheme, rows int) *perceptron {
	n := rows*sc.n + sc.n*sc.n + 2*sc.n
	return &perceptron{sc: sc, S: sc.n, w: make([]float32, n), u: make([]float64, n), c: 1, rows: rows}
}

func (p *perceptron) transOff() int { return p.rows * p.S }

// epoch runs one pass over the sentences in order and returns how many were
// tagged wrong.
func (p *perceptron) epoch(ts *trainSet, order []int) int {
	wrong := 0
	S := p.S
	to := p.transOff()
	for _, k := range order {
		pred := p.dec.decode(p.sc, p.w, ts, k)
		gold := ts.gold[k]
		diff := false
		for i := range gold {
			if gold[i] != pred[i] {
				diff = true
				break
			}
		}
		if diff {
			wrong++
			upd := func(idx int, d float32) {
				p.w[idx] += d
				p.u[idx] += p.c * float64(d)
			}
			feats, fs := ts.feats[k], ts.fstart[k]
			for i := range gold {
				if gold[i] != pred[i] {
					for _, r := range feats[fs[i]:fs[i+1]] {
						upd(int(r)*S+int(gold[i]), 1)
						upd(int(r)*S+int(pred[i]), -1)
					}
				}
				if i == 0 {
					upd(to+S*S+int(gold[0]), 1)
					upd(to+S*S+int(pred[0]), -1)
				} else if gold[i-1] != pred[i-1] || gold[i] != pred[i] {
					upd(to+int(gold[i-1])*S+int(gold[i]), 1)
					upd(to+int(pred[i-1])*S+int(pred[i]), -1)
				}
			}
			n := len(gold) - 1
			upd(to+S*S+S+int(gold[n]), 1)
			upd(to+S*S+S+int(pred[n]), -1)
		}
		p.c++
	}
	return wrong
}

// average returns the averaged weights.
func (p *perceptron) average() []float32 {
	avg := make([]float32, len(p.w))
	for i := range p.w {
		avg[i] = float32(float64(p.w[i]) - p.u[i]/p.c)
	}
	return avg
}

// decoder tags training sentences with float weights.
type decoder struct {
	em, delta, trans, start, end []float32
	back, out                    []uint8
}

func (d *decoder) decode(sc *scheme, w []float32, ts *trainSet, k int) []uint8 {
	S := sc.n
	fs := ts.fstart[k]
	n := len(fs) - 1
	d.em = grow(d.em, n*S)
	d.delta = grow(d.delta, n*S)
	d.back = grow(d.back, n*S)
	d.out = grow(d.out, n)
	clear(d.em)
	feats := ts.feats[k]
	for i := 0; i < n; i++ {
		e := d.em[i*S : (i+1)*S]
		for _, r := range feats[fs[i]:fs[i+1]] {
			row := w[int(r)*S : int(r)*S+S]
			for s := range e {
				e[s] += row[s]
			}
		}
	}
	to := len(w) - S*S - 2*S
	d.trans = grow(d.trans, S*S)
	d.start = grow(d.start, S)
	d.end = grow(d.end, S)
	for i := 0; i < S*S; i++ {
		d.trans[i] = w[to+i]
		if !sc.allowed[i] {
			d.trans[i] = -1e30
		}
	}
	for s := 0; s < S; s++ {
		d.start[s], d.end[s] = w[to+S*S+s], w[to+S*S+S+s]
		if !sc.start[s] {
			d.start[s] = -1e30
		}
		if !sc.end[s] {
			d.end[s] = -1e30
		}
	}
	if n == 0 {
		return d.out[:0]
	}
	viterbi(S, n, d.em, d.trans, d.start, d.end, d.delta, d.back, d.out)
	return append([]uint8(nil), d.out[:n]...)
}

// quantise turns averaged weights into a stage with int16 weights, dropping
// features whose largest weight is below prune quanta.
func quantise(sc *scheme, w []float32, keys []uint32, prune int) quantised {
	S := sc.n
	maxAbs := float32(0)
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := weightMax / maxAbs
	st := &stage{}
	var kept []uint32
	var kw []int16
	row := make([]int16, S)
	seen := make(map[uint32]bool, len(keys))
	for r, k := range keys {
		big := 0
		for s := 0; s < S; s++ {
			q := int16(math.Round(float64(w[r*S+s] * scale)))
			row[s] = q
			big = max(big, abs(int(q)))
		}
		if big < prune || seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, k)
		kw = append(kw, row...)
	}
	st.build(kept, kw, S)
	to := len(keys) * S
	st.trans = make([]int32, S*S)
	st.start = make([]int32, S)
	st.end = make([]int32, S)
	for i := range st.trans {
		st.trans[i] = int32(math.Round(float64(w[to+i] * scale)))
	}
	for s := 0; s < S; s++ {
		st.start[s] = int32(math.Round(float64(w[to+S*S+s] * scale)))
		st.end[s] = int32(math.Round(float64(w[to+S*S+S+s] * scale)))
	}
	st.forbid(sc)
	return quantised{stage: st, features: len(kept)}
}

// Candidate L1 thresholds for TrainOptions.PruneL1, in quanta of
// 1/weightMax of the largest weight, and the loss of dev F1 (all types)
// that pruning may cost.
var pruneL1Grid = []int{8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}

const pruneL1Tolerance = 0.001

// pruneModel drops the features of every pass whose weights have a small
// L1 norm (TrainOptions.PruneL1), updating m.info.
func pruneModel(m *Model, opts TrainOptions) {
	thr := opts.PruneL1
	if thr == 0 && len(opts.Dev) > 0 {
		base := devF1(m, opts.Dev)
		for _, t := range pruneL1Grid {
			trial := &Model{sc: m.sc, names: m.names, ext: m.ext, stages: prunedStages(m, t)}
			f1 := devF1(trial, opts.Dev)
			opts.Logger.Info("pruning tried", slog.Int("l1", t), slog.Float64("dev_f1", f1))
			if f1 >= base-pruneL1Tolerance {
				thr = t
			}
		}
	}
	if thr <= 0 {
		return
	}
	m.stages = prunedStages(m, thr)
	m.info.PruneL1 = thr
	m.info.Features = m.info.Features[:0]
	for _, st := range m.stages {
		m.info.Features = append(m.info.Features, st.n)
	}
	m.info.DevF1 = devF1(m, opts.Dev)
}

func prunedStages(m *Model, thr int) []*stage {
	var out []*stage
	for _, st := range m.stages {
		out = append(out, st.prune(m.sc, thr))
	}
	return out
}

// prune returns a copy of the stage without the features whose weights
// have an L1 norm below thr.
func (st *stage) prune(sc *scheme, thr int) *stage {
	S := sc.n
	var keys []uint32
	var w []int16
	for _, p := range st.slots() {
		l1 := 0
		for s := 0; s < S; s++ {
			l1 += abs(int(st.w[p].weight(s)))
		}
		if l1 < thr {
			continue
		}
		keys = append(keys, st.keys[p])
		for s := 0; s < S; s++ {
			w = append(w, st.w[p].weight(s))
		}
	}
	out := &stage{trans: st.trans, start: st.start, end: st.end}
	out.build(keys, w, S)
	out.forbid(sc)
	return out
}

// forbid sets the transitions the scheme does not allow to negInf and
// prepares the decoder's tables.
func (st *stage) forbid(sc *scheme) {
	defer st.prepareDecoder(sc)
	for i := range st.trans {
		if !sc.allowed[i] {
			st.trans[i] = negInf
		}
	}
	for s := range st.start {
		if !sc.start[s] {
			st.start[s] = negInf
		}
		if !sc.end[s] {
			st.end[s] = negInf
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// devF1 tags the dev set document by document and returns the exact-span
// F1 over all four types.
func devF1(m *Model, dev []Sentence) float64 {
	all, _ := Score(m, dev)
	return all.F1()
}

func devCore(m *Model, dev []Sentence) float64 {
	if len(dev) == 0 {
		return 0
	}
	_, core := Score(m, dev)
	return core.F1()
}

func (st *stage) prepareDecoder(sc *scheme) {
	S := sc.n
	st.arcs = make([][]arc, S)
	for p := 0; p < S; p++ {
		for c := 0; c < S; c++ {
			if sc.allowed[p*S+c] {
				st.arcs[c] = append(st.arcs[c], arc{p: uint8(p), w: st.trans[p*S+c]})
			}
		}
	}
}
