package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"eventgraph/internal/model"
	"eventgraph/internal/sharedtest"
)

func texts(toks []model.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"Abbreviations", "The U.S. and U.N. said Gen. Smith left.", []string{"The", "U.S.", "and", "U.N.", "said", "Gen.", "Smith", "left", "."}},
		{"Initials", "J. R. Smith met Jan. 5.", []string{"J.", "R.", "Smith", "met", "Jan.", "5", "."}},
		{"Numbers", "It cost $1,200.50, or 3.5% at 10:30 on 7/12/2022.", []string{"It", "cost", "$", "1,200.50", ",", "or", "3.5", "%", "at", "10:30", "on", "7/12/2022", "."}},
		{"Possessive", "Putin’s visit and Russia's war", []string{"Putin", "’s", "visit", "and", "Russia", "'s", "war"}},
		{"Negation", "There hasn’t been anything; don't.", []string{"There", "has", "n’t", "been", "anything", ";", "do", "n't", "."}},
		{"InnerApostrophe", "O'Brien met al-Assad in mid-July.", []string{"O'Brien", "met", "al-Assad", "in", "mid-July", "."}},
		{"Quotes", "“Our information shows,” he said. \"Yes\"", []string{"“", "Our", "information", "shows", ",", "”", "he", "said", ".", "\"", "Yes", "\""}},
		{"Brackets", "Andrei Vorobyov (unseen), the governor", []string{"Andrei", "Vorobyov", "(", "unseen", ")", ",", "the", "governor"}},
		{"Ellipsis", "Wait... what?", []string{"Wait", "...", "what", "?"}},
		{"Ordinal", "the 24th and the 1990s", []string{"the", "24th", "and", "the", "1990s"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, texts(Tokenize(c.in))); diff != "" {
				t.Errorf("tokens differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokenize_OffsetsAndNorm(t *testing.T) {
	in := "Erdoğan’s ÇAVUŞOĞLU said"
	toks := Tokenize(in)
	for _, tk := range toks {
		if in[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q: slice %q", tk.Text, in[tk.Start:tk.End])
		}
	}
	if got, want := toks[0].Norm, "erdogan"; got != want {
		t.Errorf("norm: got %q, want %q", got, want)
	}
	if got, want := toks[1].Norm, "'s"; got != want {
		t.Errorf("norm: got %q, want %q", got, want)
	}
	if !toks[2].Is(model.FlagAllCaps) || !toks[2].Is(model.FlagCap) {
		t.Errorf("ÇAVUŞOĞLU: flags %b, want cap and all-caps", toks[2].Flags)
	}
}

func sentTexts(d *model.Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSegment_Sentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"Abbreviation", "He lives in the U.S. The rest went home.", []string{"He lives in the U.S.", "The rest went home."}},
		{"AbbreviationBeforeName", "The U.S. President spoke. Dr. Who left.", []string{"The U.S. President spoke.", "Dr. Who left."}},
		{"QuoteEnd", "“It could start as early as mid-July.” Sullivan said so.", []string{"“It could start as early as mid-July.”", "Sullivan said so."}},
		{"QuestionInQuote", "“Why?” he asked. Then he left.", []string{"“Why?” he asked.", "Then he left."}},
		{"Decimal", "Growth was 3.5 pct in 1986. It fell.", []string{"Growth was 3.5 pct in 1986.", "It fell."}},
		{"Paragraphs", "First line without stop\n\nSecond paragraph here.", []string{"First line without stop", "Second paragraph here."}},
		{"WrappedText", "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought\nsince early January.\n    The dry period means late.", []string{"Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought\nsince early January.", "The dry period means late."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{Article: model.Article{Text: c.in}}
			Segment(d)
			if diff := cmp.Diff(c.want, sentTexts(d)); diff != "" {
				t.Errorf("sentences differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSegment_Sections(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[string]string // section kind → its first stretch of text
	}{
		{"CaptionAndCredit", "Putin meets Vorobyov in Moscow on July 11, 2022. (Photo by Mikhail KLIMENTYEV / SPUTNIK / AFP)\n\nPutin will meet Raisi.",
			map[string]string{"caption": "Putin meets Vorobyov in Moscow on July 11, 2022. ", "credit": "(Photo by Mikhail KLIMENTYEV / SPUTNIK / AFP)"}},
		{"Dateline", "MOSCOW, July 12 (Reuters) - Russia said on Tuesday it would talk.",
			map[string]string{"dateline": "MOSCOW, July 12 (Reuters) -"}},
		{"DatelineEmDash", "DUBAI, Sept 22 — Iran denied the report.", map[string]string{"dateline": "DUBAI, Sept 22 —"}},
		{"Title", "Putin to visit Tehran next week\n\nRussian President Vladimir Putin will travel to Iran.",
			map[string]string{"title": "Putin to visit Tehran next week"}},
		{"NoDatelineInSentence", "Iran - the report says - denied it.", map[string]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{Article: model.Article{Text: c.in}}
			Segment(d)
			got := map[string]string{}
			for _, s := range d.Sections {
				if _, ok := got[s.Kind.String()]; !ok {
					got[s.Kind.String()] = d.Text[s.Start:s.End]
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("sections differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSegment_DatelineIsOwnSentence(t *testing.T) {
	d := &model.Document{Article: model.Article{Text: "MOSCOW, July 12 - Russia said it would talk."}}
	Segment(d)
	want := []string{"MOSCOW, July 12 -", "Russia said it would talk."}
	if diff := cmp.Diff(want, sentTexts(d)); diff != "" {
		t.Errorf("sentences differ (-want +got):\n%s", diff)
	}
	if d.Sentences[0].Section != model.SectionDateline || d.Sentences[1].Section != model.SectionBody {
		t.Errorf("sections: got %v, %v; want dateline, body", d.Sentences[0].Section, d.Sentences[1].Section)
	}
}

func TestSegment_DatelineWithPossessive(t *testing.T) {
	d := &model.Document{Article: model.Article{Text: "COX'S BAZAR, Bangladesh, Sept 12 (Reuters) - Hasina visited a camp."}}
	Segment(d)
	want := []string{"COX'S BAZAR, Bangladesh, Sept 12 (Reuters) -", "Hasina visited a camp."}
	if diff := cmp.Diff(want, sentTexts(d)); diff != "" {
		t.Errorf("sentences differ (-want +got):\n%s", diff)
	}
}

// checkInvariants asserts what every caller relies on: tokens in order,
// inside the text, each sentence's tokens within its extent.
func checkInvariants(t *testing.T, text string, d *model.Document) {
	t.Helper()
	prev := 0
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d %q at %d..%d out of order or wrong", i, tk.Text, tk.Start, tk.End)
		}
		prev = tk.End
	}
	last := 0
	for i, s := range d.Sentences {
		if s.First < last || s.Last > len(d.Tokens) || s.First >= s.Last {
			t.Fatalf("sentence %d token range %d..%d", i, s.First, s.Last)
		}
		if s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d extent %d..%d does not match its tokens", i, s.Start, s.End)
		}
		last = s.Last
	}
	if len(d.Tokens) > 0 && last != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", last, len(d.Tokens))
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "U.S.", "“Quote,” he said. “More.”", "MOSCOW, July 12 - x", "(Photo by A / B)\n\nText.", "a\n\n\n  b", "’s’t", "1,2.3:4/5-6th", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &model.Document{Article: model.Article{Text: s}}
		Segment(d)
		checkInvariants(t, s, d)
		if utf8.ValidString(s) {
			for _, tk := range d.Tokens {
				if !utf8.ValidString(tk.Norm) {
					t.Fatalf("norm %q of %q is not UTF-8", tk.Norm, tk.Text)
				}
			}
		}
	})
}

func TestSegment_ReutersInvariants(t *testing.T) {
	arts := loadCorpus(t, 2000)
	for _, text := range arts {
		d := &model.Document{Article: model.Article{Text: text}}
		Segment(d)
		checkInvariants(t, text, d)
	}
}

func loadCorpus(tb testing.TB, n int) []string {
	arts, _ := sharedtest.Corpus(tb, n)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Text
	}
	return out
}

func BenchmarkSegment(b *testing.B) {
	arts := loadCorpus(b, 2000)
	words, size := 0, 0
	for _, a := range arts {
		words += len(strings.Fields(a))
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			d := &model.Document{Article: model.Article{Text: a}}
			Segment(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
