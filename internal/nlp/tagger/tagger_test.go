package tagger

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/sharedtest"
)

// synthetic is a tiny labelled corpus: "w/TAG" words, "O" implied.
var synthetic = []string{
	"John/B-PER Smith/I-PER visited Paris/B-LOC on Monday .",
	"Mary/B-PER Jones/I-PER works for Acme/B-ORG Corp/I-ORG in London/B-LOC .",
	"The German/B-MISC team beat France/B-LOC .",
	"Acme/B-ORG Corp/I-ORG said John/B-PER Smith/I-PER resigned .",
	"PARIS/B-LOC 1996-08-22",
	"He flew from London/B-LOC to Paris/B-LOC with Mary/B-PER .",
	"Shares in Acme/B-ORG rose 5 percent .",
	"Smith/B-PER said the German/B-MISC economy grew .",
}

func parseSynthetic(lines []string) []Sentence {
	var out []Sentence
	for i, l := range lines {
		var words []string
		var labels []Label
		for _, f := range strings.Fields(l) {
			w, tag, ok := strings.Cut(f, "/")
			if !ok {
				tag = "O"
			}
			words = append(words, w)
			labels = append(labels, ParseLabel(tag))
		}
		out = append(out, Sentence{Doc: "d" + string(rune('a'+i)), Tokens: Tokens(words...), Labels: labels})
	}
	return out
}

func trainSynthetic(t testing.TB, opts TrainOptions) (*Model, []Sentence) {
	t.Helper()
	sents := parseSynthetic(synthetic)
	opts.Epochs = 10
	m, err := Train(context.Background(), sents, opts)
	if err != nil {
		t.Fatalf("train: %v", err)
	}
	return m, sents
}

func TestTrain_Synthetic(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts TrainOptions
	}{
		{"TwoPassBILOU", TrainOptions{}},
		{"OnePassBIO", TrainOptions{OnePass: true, BIO: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, sents := trainSynthetic(t, tc.opts)
			for _, s := range sents {
				got := m.Tag(s.Tokens, nil)
				if !slices.Equal(got, s.Labels) {
					t.Errorf("got %v, want %v", got, s.Labels)
				}
			}
		})
	}
}

func TestModel_SaveLoad(t *testing.T) {
	m, sents := trainSynthetic(t, TrainOptions{})
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatalf("save: %v", err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(m2.stages) != len(m.stages) {
		t.Fatalf("got %d passes, want %d", len(m2.stages), len(m.stages))
	}
	for _, s := range sents {
		got, want := m2.Tag(s.Tokens, nil), m.Tag(s.Tokens, nil)
		if !slices.Equal(got, want) {
			t.Errorf("loaded model: got %v, want %v", got, want)
		}
	}
	var buf2 bytes.Buffer
	if err := m2.Save(&buf2); err != nil {
		t.Fatalf("save again: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("saving a loaded model gives different bytes")
	}
}

func TestLoad_Bad(t *testing.T) {
	m, _ := trainSynthetic(t, TrainOptions{})
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"Empty", nil},
		{"BadMagic", []byte("NOTAMODEL")},
		{"Truncated", good[:len(good)/2]},
		{"HeaderOnly", good[:6]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.data)); !errors.Is(err, ErrBadModel) {
				t.Errorf("got %v, want ErrBadModel", err)
			}
		})
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		name   string
		labels []Label
		want   []Span
	}{
		{"Empty", nil, nil},
		{"Simple", []Label{BPer, IPer, O, BLoc}, []Span{{0, 1, "PER"}, {3, 3, "LOC"}}},
		{"IAfterO", []Label{O, IOrg, IOrg}, []Span{{1, 2, "ORG"}}},
		{"TypeChange", []Label{BPer, ILoc}, []Span{{0, 0, "PER"}, {1, 1, "LOC"}}},
		{"AdjacentB", []Label{BMisc, BMisc}, []Span{{0, 0, "MISC"}, {1, 1, "MISC"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Spans(tc.labels); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScheme_RoundTrip(t *testing.T) {
	labels := []Label{BPer, IPer, IPer, O, BLoc, BLoc, ILoc, IMisc, O}
	for _, kind := range []uint8{schemeBIO, schemeBILOU} {
		sc := newScheme(kind)
		states := sc.encode(labels, nil)
		want := slices.Clone(labels)
		normalise(want)
		if got := sc.decode(states, nil); !slices.Equal(got, want) {
			t.Errorf("scheme %d: got %v, want %v", kind, got, want)
		}
		for i := 1; i < len(states); i++ {
			if !sc.allowed[int(states[i-1])*sc.n+int(states[i])] {
				t.Errorf("scheme %d: transition %d→%d of gold labels is forbidden", kind, states[i-1], states[i])
			}
		}
	}
}

func TestViterbi_Constraints(t *testing.T) {
	// Emissions favour I-PER everywhere; the decoder must still give a
	// well-formed sequence.
	sc := newScheme(schemeBILOU)
	S, n := sc.n, 4
	em := make([]int32, n*S)
	iper := sc.state(1, posI)
	for i := 0; i < n; i++ {
		em[i*S+int(iper)] = 100
	}
	st := &stage{trans: make([]int32, S*S), start: make([]int32, S), end: make([]int32, S)}
	st.forbid(sc)
	out := make([]uint8, n)
	viterbi(S, n, em, st.trans, st.start, st.end, make([]int32, n*S), make([]uint8, n*S), out)
	if !sc.start[out[0]] || !sc.end[out[n-1]] {
		t.Errorf("got states %v: bad start or end", out)
	}
	for i := 1; i < n; i++ {
		if !sc.allowed[int(out[i-1])*S+int(out[i])] {
			t.Errorf("got states %v: forbidden transition at %d", out, i)
		}
	}
}

func TestAddToken_Features(t *testing.T) {
	for _, tc := range []struct {
		text  string
		cls   uint8
		flags uint8
		shape string
	}{
		{"Paris", clsTitle, 0, "Xxxxx"},
		{"NATO", clsCaps, 0, "XXXX"},
		{"U.S.", clsCaps, fPeriod, "X.X."},
		{"1996-08-22", clsDigit, fDigit | fHyphen, "dddd-dd-dd"},
		{"McDonald", clsMixed, 0, "XxXxxxx"},
		{"the", clsLower, 0, "xxx"},
		{"A", clsSingle, 0, "X"},
		{"Zürich", clsTitle, 0, "Xxxxxx"},
		{",", clsOther, 0, ","},
		{"F-16", clsAlnum, fDigit | fHyphen, "X-dd"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			sc := newScratch()
			sc.addToken(tc.text)
			in := sc.info[0]
			if in.cls != tc.cls || in.flags != tc.flags {
				t.Errorf("got class %d flags %b, want %d %b", in.cls, in.flags, tc.cls, tc.flags)
			}
			want := uint64(fnvOffset)
			run, last := 0, rune(-1)
			for _, r := range tc.shape {
				if r == last {
					run++
				} else {
					run = 1
				}
				last = r
				if run <= 4 {
					want = (want ^ uint64(r)) * fnvPrime
				}
			}
			if in.shapeL != want {
				t.Errorf("shape hash differs from %q", tc.shape)
			}
			if got, want := string(sc.lower), strings.ToLower(tc.text); got != want {
				t.Errorf("got lower %q, want %q", got, want)
			}
		})
	}
}

func TestScratch_Headline(t *testing.T) {
	sc := newScratch()
	sc.prepare([][]model.Token{
		Tokens("SOCCER", "-", "JAPAN", "WIN", "."),
		Tokens("Japan", "beat", "Syria", "."),
	}, nil, nil)
	if !sc.headline[0] || sc.headline[1] {
		t.Errorf("got headline %v, want [true false]", sc.headline)
	}
	if got := sc.caseSeen[sc.info[2].w]; got != 8 {
		t.Errorf("got case bits %b for japan, want 1000 (sentence-initial title)", got)
	}
	if got := sc.caseSeen[sc.info[7].w]; got != 1 {
		t.Errorf("got case bits %b for syria, want 1", got)
	}
}

func TestDocKey(t *testing.T) {
	for in, want := range map[string]string{
		"conll03-test-d007-s012": "conll03-test-d007",
		"gmb-s00001":             "gmb-s00001",
		"x":                      "x",
		"a-dx-s1":                "a-dx-s1",
	} {
		if got := DocKey(in); got != want {
			t.Errorf("DocKey(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestModel_TagEmpty(t *testing.T) {
	m := Default()
	if got := m.Tag(nil, nil); len(got) != 0 {
		t.Errorf("got %v, want no labels", got)
	}
	var zero Model
	zero.sc = newScheme(schemeBILOU)
	if got := zero.Tag(Tokens("a", "B"), nil); !slices.Equal(got, []Label{O, O}) {
		t.Errorf("untrained model: got %v, want [O O]", got)
	}
}

func TestDefault(t *testing.T) {
	if _, err := LoadDefault(); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	m := Default()
	toks := Tokens("German", "Chancellor", "Helmut", "Kohl", "met", "officials", "of", "the", "European", "Union", "in", "Bonn", ".")
	got := Spans(m.Tag(toks, nil))
	want := []Span{{0, 0, "MISC"}, {2, 3, "PER"}, {8, 9, "ORG"}, {11, 11, "LOC"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestDefault_CoNLLDev checks the embedded model on CoNLL-2003 dev (the
// test set is checked by internal/eval/nereval).
func TestDefault_CoNLLDev(t *testing.T) {
	p := sharedtest.Path(t, "train/ner/conll2003_dev.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dev, err := ReadCorpus(f, CoNLLTypes)
	if err != nil {
		t.Fatal(err)
	}
	all, core := Score(Default(), dev)
	t.Logf("dev F1: all types %.4f, PER+ORG+LOC %.4f", all.F1(), core.F1())
	if core.F1() < 0.88 {
		t.Errorf("got dev F1 %.4f, want ≥ 0.88", core.F1())
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"John Smith visited Paris .", "SOCCER - JAPAN WIN", "", "ÉTATS-UNIS Zürich \x00 \xff\xfe", "a\u00a0b -- ..."} {
		f.Add(s)
	}
	m := Default()
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) == 0 {
			words = []string{s}
		}
		toks := Tokens(words...)
		got := m.Tag(toks, nil)
		if len(got) != len(toks) {
			t.Fatalf("got %d labels for %d tokens", len(got), len(toks))
		}
		half := len(toks) / 2
		doc := m.TagDocument([][]model.Token{toks[:half], toks[half:], nil}, nil)
		if len(doc) != 3 || len(doc[0]) != half || len(doc[1]) != len(toks)-half || len(doc[2]) != 0 {
			t.Fatalf("TagDocument gave wrong lengths")
		}
	})
}

// benchDoc is a news-like document of several sentences.
func benchDoc() [][]model.Token {
	lines := []string{
		"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
		"AL-AIN , United Arab Emirates 1996-12-06",
		"Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria in a Group C championship match on Friday .",
		"But China saw their luck desert them in the second match of the group , crashing to a surprise 2-0 defeat to newcomers Uzbekistan .",
		"German Chancellor Helmut Kohl told reporters in Bonn that the European Union would not change its policy .",
		"Shares of Microsoft Corp rose 3.5 percent to $ 82.25 on the Nasdaq Stock Market on Tuesday , analysts at Merrill Lynch said .",
	}
	var doc [][]model.Token
	for _, l := range lines {
		doc = append(doc, Tokens(strings.Fields(l)...))
	}
	return doc
}

func BenchmarkTag(b *testing.B) {
	m := Default()
	doc := benchDoc()
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	var out []Label
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range doc {
			out = m.Tag(s, out)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagDocument(b *testing.B) {
	m := Default()
	doc := benchDoc()
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	var out [][]Label
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		out = m.TagDocument(doc, out)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEntry_Sum(t *testing.T) {
	// flushRows entries of extreme weights must sum lane by lane without
	// one state's lane carrying into the next.
	w := make([]int16, maxStates)
	for s := range w {
		w[s] = weightMax
		if s%2 == 1 {
			w[s] = -weightMax
		}
	}
	e := makeEntry(w)
	for s := range w {
		if got := e.weight(s); got != w[s] {
			t.Fatalf("state %d: got weight %d, want %d", s, got, w[s])
		}
	}
	var acc entry
	for range flushRows {
		for j := range acc {
			acc[j] += e[j]
		}
	}
	sum := make([]int32, maxStates)
	addLanes(sum, &acc, flushRows)
	for s, v := range sum {
		if want := int32(w[s]) * flushRows; v != want {
			t.Errorf("state %d: got %d, want %d", s, v, want)
		}
	}
}
