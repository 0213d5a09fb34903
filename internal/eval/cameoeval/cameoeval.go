package cameoeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"eventgraph/internal/eval"
	"eventgraph/internal/model"
)

// Splits of the gold file.
const (
	SplitGSR      = "upetrarch-gsr-en"   // real sentences, production dictionaries
	SplitUnitTest = "petrarch2-unittest" // fictional actors from the peer's test dictionaries
	SplitPyTest   = "petrarch2-pytest"
)

// Record is one gold sentence.
type Record struct {
	ID     string      `json:"id"`
	Date   string      `json:"date"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
	Expect string      `json:"expect"` // "events", "noevents" or "error:<kind>"
	Split  string      `json:"split"`
}

// GoldEvent is one expected event, as the peer wrote it.
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// Extractor analyses one text with its reference date (YYYY-MM-DD).
type Extractor func(ctx context.Context, date, text string) (*model.Document, error)

// Score is the tally of one split.
type Score struct {
	Records, Correct int // sentences, and those whose expected events are all found (or none, when none are expected)
	TP, FP, FN       int // events matched on root and direction
	// Unresolved counts gold events left out because their actors do not
	// resolve (unit-test split only).
	Unresolved, Gold int
}

// Accuracy returns the share of sentences coded right.
func (s *Score) Accuracy() float64 { return eval.Ratio(s.Correct, s.Records) }

// Precision returns matched events over predicted events.
func (s *Score) Precision() float64 { return eval.Ratio(s.TP, s.TP+s.FP) }

// Recall returns matched events over expected events.
func (s *Score) Recall() float64 { return eval.Ratio(s.TP, s.TP+s.FN) }

// key is an event reduced to what is compared: root code and the country
// prefixes of source and target ("---" or "" matches any).
type key struct{ root, src, tgt string }

func (k key) String() string { return k.src + ">" + k.tgt + " " + k.root }

func prefix(code string) string {
	code = strings.Trim(code, `"`)
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

func same(gold, got string) bool {
	return gold == "---" || gold == "" || gold == got
}

func (k key) matches(g key) bool {
	return k.root == g.root && same(g.src, k.src) && same(g.tgt, k.tgt)
}

// ReadGold reads the gold file.
func ReadGold(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read gold %s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	return out, nil
}

// isoDate turns the gold's dates into YYYY-MM-DD: most are already, a few
// are YYMMDD; anything else is left empty (no reference date).
func isoDate(s string) string {
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		return s
	case len(s) == 6 && strings.Trim(s, "0123456789") == "":
		return "20" + s[:2] + "-" + s[2:4] + "-" + s[4:]
	}
	return ""
}

// Run scores extract on the gold file at goldPath and writes one line per
// split and a last line
//
//	cameo <file>: gsr_accuracy 0.000 precision 0.000 recall 0.000
//
// for the split of real sentences (upetrarch-gsr-en). With verbose, each
// sentence with a miss or an extra event is listed too. The unit-test
// split's fictional actors (Arnor, Gondor …) only resolve with the peer's
// test dictionaries, so there only the gold events whose source and target
// countries some entity of the document carries are scored, and sentences
// with none are left out; the output says so.
func Run(w io.Writer, goldPath string, verbose bool, extract Extractor) error {
	recs, err := ReadGold(goldPath)
	if err != nil {
		return err
	}
	ctx := context.Background()
	scores := map[string]*Score{}
	var order []string
	for _, rec := range recs {
		sc := scores[rec.Split]
		if sc == nil {
			sc = &Score{}
			scores[rec.Split] = sc
			order = append(order, rec.Split)
		}
		d, err := extract(ctx, isoDate(rec.Date), rec.Text)
		if err != nil {
			return fmt.Errorf("extract %s: %w", rec.ID, err)
		}
		got := predicted(d)
		var gold []key
		for _, g := range rec.Events {
			gold = append(gold, key{root: rootOf(g.Code), src: prefix(g.Source), tgt: prefix(g.Target)})
		}
		sc.Gold += len(gold)
		if rec.Split == SplitUnitTest {
			known := countries(d)
			var kept []key
			for _, g := range gold {
				if (g.src == "---" || known[g.src]) && (g.tgt == "---" || g.tgt == "" || known[g.tgt]) {
					kept = append(kept, g)
				}
			}
			sc.Unresolved += len(gold) - len(kept)
			if len(kept) == 0 && len(gold) > 0 {
				continue
			}
			gold = kept
		}
		sc.Records++
		used := make([]bool, len(got))
		missed := 0
		for _, g := range gold {
			hit := false
			for i, k := range got {
				if !used[i] && k.matches(g) {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				sc.TP++
			} else {
				sc.FN++
				missed++
			}
		}
		extra := 0
		for i := range got {
			if !used[i] {
				extra++
			}
		}
		sc.FP += extra
		ok := missed == 0 && (len(gold) > 0 || len(got) == 0)
		if ok {
			sc.Correct++
		}
		if verbose && (missed > 0 || extra > 0) {
			fmt.Fprintf(w, "%s %s: %q\n", rec.Split, rec.ID, rec.Text)
			fmt.Fprintf(w, "  want %v, got %v\n", gold, got)
		}
	}
	for _, split := range order {
		sc := scores[split]
		note := ""
		if split == SplitUnitTest {
			note = fmt.Sprintf(" (fictional actors: scored only where they resolve, %d of %d gold events left out)", sc.Unresolved, sc.Gold)
		}
		fmt.Fprintf(w, "cameo %s: %d sentences, accuracy %.3f, precision %.3f (%d/%d), recall %.3f (%d/%d)%s\n",
			split, sc.Records, sc.Accuracy(), sc.Precision(), sc.TP, sc.TP+sc.FP, sc.Recall(), sc.TP, sc.TP+sc.FN, note)
	}
	g := scores[SplitGSR]
	if g == nil {
		g = &Score{}
	}
	_, err = fmt.Fprintf(w, "cameo %s: gsr_accuracy %.3f precision %.3f recall %.3f\n", filepath.Base(goldPath),
		g.Accuracy(), g.Precision(), g.Recall())
	return err
}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// predicted reduces the document's events to keys.
func predicted(d *model.Document) []key {
	if d == nil {
		return nil
	}
	country := map[string]string{}
	for _, e := range d.Entities {
		if e != nil {
			country[e.ID] = e.Country
		}
	}
	side := func(r *model.Ref) string {
		if r == nil {
			return ""
		}
		if len(r.Actor) >= 3 && r.Actor[:3] != "---" {
			return r.Actor[:3]
		}
		return country[r.Entity]
	}
	var out []key
	for _, ev := range d.Events {
		out = append(out, key{root: rootOf(ev.Code), src: side(ev.Source), tgt: side(ev.Target)})
	}
	return out
}

// countries returns the country prefixes the document's entities carry.
func countries(d *model.Document) map[string]bool {
	out := map[string]bool{}
	if d == nil {
		return out
	}
	for _, e := range d.Entities {
		if e == nil {
			continue
		}
		if e.Country != "" {
			out[e.Country] = true
		}
		if len(e.Actor) >= 3 {
			out[e.Actor[:3]] = true
		}
		for _, m := range e.Mentions {
			if len(m.Actor) >= 3 {
				out[m.Actor[:3]] = true
			}
		}
	}
	return out
}
