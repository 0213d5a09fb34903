package quote

import (
	"context"
	"strings"
	"testing"

	"eventgraph/internal/model"
	qt "eventgraph/internal/nlp/quote/quotetest"
)

// FuzzStage runs the stage on arbitrary text with the crude entity pass:
// unbalanced, stray and nested quotation marks must not panic, and every
// span must lie inside the text.
func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Lopez said. “Soon.”",
		"\"Unbalanced, he said.\n\n\"Still open",
		"” stray close “ stray open ‘ ’ ' \" “",
		"“Outer ‘inner “deepest” inner’ outer,” she said.",
		"According to , said . told: “",
		"Arvenia denied that. It denied Lopez's statements. “No,” said he.",
		"Lopez, a spokesman for the police, who blamed the junta. The junta denied responsibility for the blast.",
		"This is reported by",
		"'''''\"\"\"\"“““”””",
		"X said: “A.\n\n“B.\n\n“C,” X said.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := qt.Doc(text)
		qt.Names(d)
		if err := New().Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %s span [%d,%d) bad in %d bytes", q.ID, q.Start, q.End, len(text))
			}
		}
		for _, c := range d.Claims {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("claim %s span [%d,%d) bad", c.ID, c.Start, c.End)
			}
			if c.By == nil {
				t.Fatalf("claim %s %q: got by nil, want an author", c.ID, c.Text)
			}
			for _, dn := range c.DeniedBy {
				if dn.Start < 0 || dn.End > len(text) || dn.Start > dn.End {
					t.Fatalf("denial span [%d,%d) bad", dn.Start, dn.End)
				}
			}
			_ = ClaimAt(d, c.Start, c.End)
		}
	})
}

// bigDoc repeats a paragraph of quotes n times: split, nested, unbalanced
// and stray marks, indirect quotes and denials.
func bigDoc(n int) *model.Document {
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			b.WriteString("“We will not ‘back down’ now,” Maria Lopez said. “The talks go on.”\n\n")
		case 1:
			b.WriteString("Lopez said on Tuesday that Arvenia had moved troops to the border.\n\n")
		case 2:
			b.WriteString("Arvenia has denied Lopez's statements. “There has been nothing of the kind,” he said.\n\n")
		case 3:
			b.WriteString("“An unclosed quote runs on and on\n\n")
		default:
			b.WriteString("The deal” was signed, according to the ministry, and officials called it “historic.”\n\n")
		}
	}
	d := qt.Doc(b.String())
	qt.Names(d)
	return d
}

func TestStage_ManyQuotes(t *testing.T) {
	d := bigDoc(10000)
	run(t, d)
	if len(d.Quotes) < 10000 {
		t.Errorf("got %d quotes, want at least 10000", len(d.Quotes))
	}
}

// BenchmarkStage measures the stage alone on documents of growing size;
// the ns/word figure stays flat when the stage is linear.
func BenchmarkStage(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		d := bigDoc(n)
		words := 0
		for _, t := range d.Tokens {
			if t.Kind == model.TokWord {
				words++
			}
		}
		b.Run(itoa(n)+"Paragraphs", func(b *testing.B) {
			s := New()
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Run(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// BenchmarkStage_Seed measures the stage on the seed article.
func BenchmarkStage_Seed(b *testing.B) {
	d := seedDoc(b)
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == model.TokWord {
			words++
		}
	}
	s := New()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Run(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}
