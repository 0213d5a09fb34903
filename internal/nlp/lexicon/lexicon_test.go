package lexicon

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
	"eventgraph/internal/sharedtest"
)

// tokenize is a tiny splitter for tests: it cuts text with Split and fills
// Text, Norm, offsets and the capitalisation flags.
func tokenize(s string) []model.Token {
	var toks []model.Token
	off := 0
	for _, t := range Split(s) {
		i := strings.Index(s[off:], t)
		if i < 0 {
			i = 0
		}
		start := off + i
		tok := model.Token{Start: start, End: start + len(t), Text: t, Norm: Normalize(t)}
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
			tok.Flags |= model.FlagCap
		}
		toks = append(toks, tok)
		off = start + len(t)
	}
	return toks
}

type found struct {
	Text  string
	Kinds []string
	Names []string
}

func matchAll(l *Lexicon, s string) []found {
	toks := tokenize(s)
	var out []found
	l.Match(toks, func(m Match) bool {
		var f found
		var ws []string
		for _, t := range toks[m.First:m.Last] {
			ws = append(ws, t.Text)
		}
		f.Text = strings.Join(ws, " ")
		for _, e := range m.Entries {
			f.Kinds = append(f.Kinds, e.Kind.String())
			f.Names = append(f.Names, e.Name)
		}
		out = append(out, f)
		return true
	})
	return out
}

func find(fs []found, text string) *found {
	for i := range fs {
		if fs[i].Text == text {
			return &fs[i]
		}
	}
	return nil
}

func TestLexicon_Match(t *testing.T) {
	l := Default()
	tests := []struct {
		name, text string
		want       map[string]string // matched text → a kind:name among its entries; "" = must not match
	}{
		{"Person", "Russian President Vladimir Putin met Ebrahim Raisi in Tehran.",
			map[string]string{"Russian President Vladimir Putin": "person:Vladimir Putin", "Ebrahim Raisi": "person:Ebrahim Raisi", "Tehran": "city:Tehran"}},
		{"CommonWordCity", "It was a nice day and police said the split was of no use.",
			map[string]string{"nice": "", "police": "agent:police", "split": "", "of": ""}},
		{"CapitalisedCity", "He flew from Nice to Split.",
			map[string]string{"Nice": "city:Nice", "Split": "city:Split"}},
		{"USvsUs", "The US told us that the U.S. would act.",
			map[string]string{"US": "country:United States", "us": "", "U.S.": "country:United States"}},
		{"Landmark", "The Kremlin and the White House disagreed, the Pentagon said.",
			map[string]string{"Kremlin": "landmark:Kremlin", "White House": "landmark:White House", "Pentagon": "landmark:Pentagon"}},
		{"Demonym", "Iranians and Iraqi officials met Chinese diplomats.",
			map[string]string{"Iranians": "demonym:Iranian", "Iraqi": "demonym:Iraqi", "Chinese": "demonym:Chinese"}},
		{"Region", "Ships in the Strait of Hormuz and the Red Sea; fighting in the Gaza Strip.",
			map[string]string{"Strait of Hormuz": "water:Strait of Hormuz", "Red Sea": "water:Red Sea", "Gaza Strip": "region:Gaza Strip"}},
		{"Org", "Reuters and Agence France-Presse reported, citing Hamas.",
			map[string]string{"Reuters": "org:Reuters", "Agence France-Presse": "org:Agence France-Presse"}},
		{"Agent", "A spokesman for the rebels said.",
			map[string]string{"spokesman": "agent:spokesman", "rebels": "agent:rebel"}},
		{"Diacritics", "Recep Tayyip Erdoğan spoke in Türkiye.",
			map[string]string{"Recep Tayyip Erdoğan": "person:Recep Tayyip Erdogan"}},
		{"WashingtonState", "Seattle, Washington state, not Washington.",
			map[string]string{"Washington state": "admin1:Washington", "Washington": "city:Washington, D.C."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := matchAll(l, tc.text)
			for text, want := range tc.want {
				f := find(fs, text)
				if want == "" {
					if f != nil {
						t.Errorf("%q matched %v, want no match", text, f.Names)
					}
					continue
				}
				if f == nil {
					t.Errorf("%q: no match, want %s (matches: %+v)", text, want, fs)
					continue
				}
				ok := false
				for i := range f.Kinds {
					if f.Kinds[i]+":"+f.Names[i] == want {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%q: got %v %v, want %s", text, f.Kinds, f.Names, want)
				}
			}
		})
	}
}

func TestEntry_CodeOn(t *testing.T) {
	l := Default()
	tests := []struct {
		phrase, kind, date, want string
	}{
		{"Vladimir Putin", "person", "2022-07-12", "RUSGOV"},
		{"Vladimir Putin", "person", "1995-01-01", "RUSELI"},
		{"Vladimir Putin", "person", "", "RUSGOV"},
		{"Ebrahim Raisi", "person", "2022-07-12", "IRNGOV"},
		{"Ebrahim Raisi", "person", "2010-01-01", "IRNELI"},
		{"Kremlin", "landmark", "2022-07-12", "RUSGOV"},
		{"Pentagon", "landmark", "", "USAMIL"},
		{"Reuters", "org", "", "MED"},
		{"Iran", "country", "2022-07-12", "IRN"},
	}
	for _, tc := range tests {
		t.Run(strings.ReplaceAll(tc.phrase, " ", "")+tc.date, func(t *testing.T) {
			var e *Entry
			for _, x := range l.Lookup(tc.phrase) {
				if x.Kind.String() == tc.kind {
					e = x
					break
				}
			}
			if e == nil {
				t.Fatalf("Lookup(%q): no %s entry", tc.phrase, tc.kind)
			}
			if got := e.CodeOn(tc.date); got != tc.want {
				t.Errorf("CodeOn(%q) = %q, want %q", tc.date, got, tc.want)
			}
		})
	}
	e := l.Lookup("Reuters")[0]
	if e.Country != "GBR" {
		t.Errorf("Reuters country = %q, want GBR", e.Country)
	}
	raisi := l.Lookup("Ebrahim Raisi")[0]
	if got := raisi.RoleOn("2022-07-12"); got == "" {
		t.Errorf("Raisi RoleOn(2022-07-12) = %q, want an office", got)
	}
}

func TestLexicon_Fuzzy(t *testing.T) {
	l := Default()
	has := func(es []*Entry, name string) bool {
		return slices.ContainsFunc(es, func(e *Entry) bool { return e.Name == name })
	}
	if es := l.Surname("putin"); !has(es, "Vladimir Putin") {
		t.Errorf("Surname(putin) lacks Vladimir Putin: %d entries", len(es))
	}
	if es := l.Fuzzy("raissi", 1); !has(es, "Ebrahim Raisi") {
		t.Errorf("Fuzzy(raissi, 1) lacks Ebrahim Raisi")
	}
	if es := l.Fuzzy("zelenskiy", 2); !has(es, "Volodymyr Zelenskyy") {
		t.Errorf("Fuzzy(zelenskiy, 2) lacks Volodymyr Zelenskyy")
	}
	if es := l.Fuzzy("abc", 1); es != nil {
		t.Errorf("Fuzzy(abc) = %d entries, want nil for a short name", len(es))
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"U.S.", "u.s."},
		{"Erdoğan’s", "erdogan's"},
		{"São Paulo", "sao paulo"},
		{"Đà Nẵng", "da nang"},
		{"KÖLN", "koln"},
		{"Москва", "москва"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = Normalize("already lower ascii") }); n != 0 {
		t.Errorf("Normalize of lower ASCII allocates %v times, want 0", n)
	}
}

// naiveMatch is the reference matcher: at every position it tries every
// phrase of the lexicon and keeps the longest one whose capitalisation the
// text satisfies.
func naiveMatch(phr []naivePhrase, toks []model.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		best := i
		var ents []*Entry
		for _, p := range phr {
			n := len(p.toks)
			if i+n > len(toks) || i+n < best {
				continue
			}
			ok := true
			for k := 0; k < n; k++ {
				if toks[i+k].Norm != p.toks[k] {
					ok = false
					break
				}
			}
			if !ok || !capsOK(p.pay, toks[i:i+n]) {
				continue
			}
			if i+n > best {
				best, ents = i+n, nil
			}
			ents = append(ents, p.pay.e)
		}
		if best > i {
			out = append(out, Match{First: i, Last: best, Entries: ents}) // Common is checked apart
			i = best
		} else {
			i++
		}
	}
	return out
}

type naivePhrase struct {
	toks []string
	pay  payload
}

func TestLexicon_MatchAgreesWithNaive(t *testing.T) {
	l := Default()
	// A sample of the dictionary's phrases, with their payloads, in the
	// order the trie holds them.
	rng := rand.New(rand.NewPCG(1, 2))
	var sample []naivePhrase
	var words []string
	for n := uint32(1); n < l.nodes; n++ {
		ps, _ := l.payloads(n)
		if len(ps) == 0 || rng.IntN(40) != 0 {
			continue
		}
		for _, p := range ps {
			for _, k := range p.e.Keys {
				if l.nodeOf(k) == n {
					sample = append(sample, naivePhrase{toks: strings.Split(k, " "), pay: p})
					words = append(words, strings.Split(k, " ")...)
					break
				}
			}
		}
	}
	// Every prefix of a sampled phrase that is itself a phrase must be in
	// the reference too, else the naive matcher cannot see it.
	seen := map[string]bool{}
	for _, p := range sample {
		seen[strings.Join(p.toks, " ")+"\x00"+p.pay.e.Name] = true
	}
	for _, p := range slices.Clone(sample) {
		for n := 1; n < len(p.toks); n++ {
			k := strings.Join(p.toks[:n], " ")
			node := l.nodeOf(k)
			if node == 0 {
				continue
			}
			ps, _ := l.payloads(node)
			for _, q := range ps {
				if !seen[k+"\x00"+q.e.Name] {
					seen[k+"\x00"+q.e.Name] = true
					sample = append(sample, naivePhrase{toks: strings.Split(k, " "), pay: q})
				}
			}
		}
	}
	// The trie must only find sampled phrases, so restrict it: build a
	// lexicon from the sample alone.
	small := newLexicon()
	for _, p := range sample {
		small.insert(strings.Join(p.toks, " "), p.pay)
	}
	small.finish()
	// Order the reference's entries as the trie does (insertion order).
	noise := []string{"the", "said", ",", ".", "of", "and", "in", "new", "north", "al", "'s", "-"}
	for round := 0; round < 300; round++ {
		var toks []model.Token
		for len(toks) < 60 {
			var w string
			switch r := rng.IntN(10); {
			case r < 4:
				p := sample[rng.IntN(len(sample))]
				for _, t := range p.toks {
					toks = append(toks, randCase(rng, t))
				}
				continue
			case r < 7:
				w = words[rng.IntN(len(words))]
			default:
				w = noise[rng.IntN(len(noise))]
			}
			toks = append(toks, randCase(rng, w))
		}
		var got []Match
		small.Match(toks, func(m Match) bool { got = append(got, m); return true })
		want := naiveMatch(sample, toks)
		if !sameMatches(got, want) {
			t.Fatalf("round %d: trie and naive matcher disagree\ntrie:  %s\nnaive: %s", round, showMatches(toks, got), showMatches(toks, want))
		}
	}
}

// nodeOf returns the trie node of a key, or 0.
func (l *Lexicon) nodeOf(k string) uint32 {
	node := uint32(0)
	for _, t := range strings.Split(k, " ") {
		id, ok := l.vocab[t]
		if !ok {
			return 0
		}
		if node = l.child(node, id); node == 0 {
			return 0
		}
	}
	return node
}

func randCase(rng *rand.Rand, w string) model.Token {
	t := w
	switch rng.IntN(3) {
	case 0:
		t = strings.ToUpper(w)
	case 1:
		if w != "" {
			r, n := utf8.DecodeRuneInString(w)
			t = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return model.Token{Text: t, Norm: Normalize(t)}
}

func sameMatches(a, b []Match) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].First != b[i].First || a[i].Last != b[i].Last || len(a[i].Entries) != len(b[i].Entries) {
			return false
		}
		for _, e := range a[i].Entries {
			if !slices.Contains(b[i].Entries, e) {
				return false
			}
		}
	}
	return true
}

func showMatches(toks []model.Token, ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		var ws []string
		for _, t := range toks[m.First:m.Last] {
			ws = append(ws, t.Text)
		}
		b.WriteString("[" + strings.Join(ws, " ") + "]")
	}
	return b.String()
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"Vladimir Putin met US officials in Nice.", "the U.S.-led coalition", "ÉLYSÉE’S", "\xff\xfe",
		"al-Qaeda in the Islamic Maghreb", "NEW YORK, March 3 (Reuters) -"} {
		f.Add(s)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, s string) {
		_ = Normalize(s)
		_ = l.Lookup(s)
		toks := tokenize(s)
		// Tokens straight from the bytes too, with empty Norm.
		for _, w := range strings.Fields(s) {
			toks = append(toks, model.Token{Text: w})
		}
		last := 0
		l.Match(toks, func(m Match) bool {
			if m.First < last || m.Last <= m.First || m.Last > len(toks) || len(m.Entries) == 0 {
				t.Fatalf("bad match %+v after %d", m, last)
			}
			last = m.Last
			return true
		})
		if len(s) >= 5 {
			_ = l.Fuzzy(Normalize(s), 1)
		}
	})
}

// corpusTokens reads some Reuters text (about 300,000 words) and tokenises it.
func corpusTokens(b *testing.B) ([]model.Token, int) {
	arts, _ := sharedtest.Corpus(b, 0)
	var toks []model.Token
	words := 0
	for _, a := range arts {
		if words >= 300000 {
			break
		}
		words += len(strings.Fields(a.Text))
		toks = append(toks, tokenize(a.Text)...)
	}
	return toks, words
}

func BenchmarkMatch(b *testing.B) {
	l := Default()
	toks, words := corpusTokens(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		l.Match(toks, func(m Match) bool { n++; return true })
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		if _, err := load(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLexicon_MatchCommon(t *testing.T) {
	l := Default()
	toks := tokenize("In March the Union met in Tehran.")
	got := map[string]bool{}
	l.Match(toks, func(m Match) bool {
		got[toks[m.First].Text] = m.Common
		return true
	})
	for w, want := range map[string]bool{"March": true, "Tehran": false} {
		if c, ok := got[w]; !ok || c != want {
			t.Errorf("%s: Common = %v (matched %v), want %v", w, c, ok, want)
		}
	}
}

func TestLexicon_Lookup(t *testing.T) {
	l := Default()
	if es := l.Lookup("no such place anywhere"); es != nil {
		t.Errorf("Lookup(unknown) = %d entries, want nil", len(es))
	}
	if es := l.Lookup(""); es != nil {
		t.Errorf("Lookup(\"\") = %d entries, want nil", len(es))
	}
	if c := l.Country("IRN"); c == nil || c.Name != "Iran" || c.Capital != "Tehran" {
		t.Errorf("Country(IRN) = %+v", c)
	}
	if !l.Common("split") || l.Common("tehran") {
		t.Errorf("Common: split %v, tehran %v; want true, false", l.Common("split"), l.Common("tehran"))
	}
}
