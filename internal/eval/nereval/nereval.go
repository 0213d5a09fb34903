package nereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/tagger"
)

// goldTypes maps the gold files' types onto the tagger's. GMB's geo is a
// place (LOC) and its gpe mostly a demonym (MISC); tim, art, eve and nat
// have no tagger type and are ignored.
var goldTypes = map[string]string{
	"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
	"GEO": "LOC", "GPE": "MISC",
}

// scored are the types reported; the overall figure counts the first three.
var scored = []string{"PER", "ORG", "LOC", "MISC"}

type record struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
	} `json:"entities"`
	Tokens []struct {
		Start int `json:"start"`
		End   int `json:"end"`
	} `json:"tokens"`
}

// span is a name in code-point offsets into a sentence's text.
type span struct {
	start, end int
	typ        string
}

// sentence is one gold record ready for tagging.
type sentence struct {
	id      string
	text    string
	toks    []model.Token
	gold    []span
	ignored []span // gold names of types the tagger does not have
}

// Run tags every sentence of the gold JSONL file at goldPath with the
// embedded model, document by document where the ids say which sentences
// form one ("conll03-test-d007-s012"), and writes exact-span precision,
// recall and F1 per type, then overall over PER, ORG and LOC. MISC is
// reported but left out of the overall figure. The last line is exactly
// "ner <file>: P 0.000 R 0.000 F1 0.000" with the file's base name. The
// gold tokens are used when the file has them; otherwise the text is split
// at spaces and punctuation. With verbose, every miss and false positive is
// listed first.
func Run(w io.Writer, goldPath string, verbose bool) error {
	m, err := tagger.LoadDefault()
	if err != nil {
		return fmt.Errorf("ner eval: %w", err)
	}
	return run(w, m, goldPath, verbose)
}

func run(w io.Writer, m *tagger.Model, goldPath string, verbose bool) error {
	sents, err := readGold(goldPath)
	if err != nil {
		return err
	}
	counts := map[string]*tagger.Counts{}
	for _, t := range scored {
		counts[t] = &tagger.Counts{}
	}
	bw := bufio.NewWriter(w)
	var toks [][]model.Token
	var labels [][]tagger.Label
	tokens := 0
	for first := 0; first < len(sents); {
		last := first + 1
		key := tagger.DocKey(sents[first].id)
		for last < len(sents) && tagger.DocKey(sents[last].id) == key && key != sents[first].id {
			last++
		}
		toks = toks[:0]
		for _, s := range sents[first:last] {
			toks = append(toks, s.toks)
			tokens += len(s.toks)
		}
		labels = m.TagDocument(toks, labels)
		for k, s := range sents[first:last] {
			pred := predicted(s, labels[k])
			compare(bw, s, pred, counts, verbose)
		}
		first = last
	}
	if verbose {
		fmt.Fprintln(bw)
	}
	name := filepath.Base(goldPath)
	fmt.Fprintf(bw, "ner %s: %d sentences, %d tokens\n", name, len(sents), tokens)
	fmt.Fprintf(bw, "%-8s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "tp", "fp", "fn")
	var core tagger.Counts
	for _, t := range scored {
		c := counts[t]
		fmt.Fprintf(bw, "%-8s %6.3f %6.3f %6.3f %6d %6d %6d\n", t, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
		if t != "MISC" {
			core.Add(*c)
		}
	}
	fmt.Fprintf(bw, "%-8s %6.3f %6.3f %6.3f %6d %6d %6d\n", "PER+ORG+LOC", core.Precision(), core.Recall(), core.F1(), core.TP, core.FP, core.FN)
	fmt.Fprintf(bw, "ner %s: P %.3f R %.3f F1 %.3f\n", name, core.Precision(), core.Recall(), core.F1())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner eval: %w", err)
	}
	return nil
}

// readGold reads the gold file and tokenises its sentences.
func readGold(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner eval: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []sentence
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("ner eval: %s line %d: %w", path, line, err)
		}
		s := sentence{id: rec.ID, text: rec.Text}
		if rec.Tokens != nil {
			off := tagger.RuneToByte(rec.Text)
			for _, t := range rec.Tokens {
				if t.Start < 0 || t.End < t.Start || t.End >= len(off) {
					return nil, fmt.Errorf("ner eval: %s line %d: token offsets %d-%d out of range", path, line, t.Start, t.End)
				}
				s.toks = append(s.toks, tagger.NewToken(rec.Text, off[t.Start], off[t.End]))
			}
		} else {
			s.toks = tokenize(rec.Text)
		}
		for _, e := range rec.Entities {
			sp := span{start: e.Start, end: e.End, typ: goldTypes[strings.ToUpper(e.Type)]}
			if sp.typ == "" {
				s.ignored = append(s.ignored, sp)
			} else {
				s.gold = append(s.gold, sp)
			}
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner eval: %s: %w", path, err)
	}
	return out, nil
}

// predicted turns the tagger's labels into spans in code-point offsets.
func predicted(s sentence, labels []tagger.Label) []span {
	var out []span
	for _, sp := range tagger.Spans(labels) {
		if sp.Last >= len(s.toks) {
			continue
		}
		start, end := s.toks[sp.First].Start, s.toks[sp.Last].End
		out = append(out, span{
			start: runeCount(s.text[:start]),
			end:   runeCount(s.text[:end]),
			typ:   sp.Type,
		})
	}
	return out
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// compare counts one sentence's matches per type and, with verbose, writes
// its misses and false positives. A prediction that exactly covers an
// ignored gold name (a GMB date, artefact …) counts neither way.
func compare(w io.Writer, s sentence, pred []span, counts map[string]*tagger.Counts, verbose bool) {
	runes := []rune(s.text)
	show := func(kind string, sp span) {
		if verbose {
			a, b := max(0, min(sp.start, len(runes))), max(0, min(sp.end, len(runes)))
			fmt.Fprintf(w, "%s %s %-4s %q [%d:%d]\n", kind, s.id, sp.typ, string(runes[a:max(a, b)]), sp.start, sp.end)
		}
	}
	for _, p := range pred {
		c := counts[p.typ]
		if c == nil {
			continue
		}
		switch {
		case slices.Contains(s.gold, p):
			c.TP++
		case slices.ContainsFunc(s.ignored, func(g span) bool { return g.start == p.start && g.end == p.end }):
		default:
			c.FP++
			show("FP  ", p)
		}
	}
	for _, g := range s.gold {
		if !slices.Contains(pred, g) {
			counts[g.typ].FN++
			show("MISS", g)
		}
	}
}
