package timexeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"eventgraph/internal/eval"
	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/nlp/timex"
)

// goldDoc is one line of a gold file.
type goldDoc struct {
	ID      string      `json:"id"`
	DCT     string      `json:"dct"`
	Text    string      `json:"text"`
	Timexes []goldTimex `json:"timexes"`
}

// goldTimex is one gold TIMEX3; Start and End are UTF-16 code unit offsets.
type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// Scores are the counts of one evaluation run.
type Scores struct {
	Docs, Gold, Sys int
	// StrictTP counts system timexes with exactly a gold extent.
	StrictTP int
	// Relaxed counts one-to-one pairs of overlapping system and gold timexes.
	Relaxed int
	// TypeOK and ValueOK count relaxed pairs with the gold type and value.
	TypeOK, ValueOK int
	Words           int
	Elapsed         time.Duration
}

// StrictF1 is the F1 of exact extent matches.
func (s Scores) StrictF1() float64 {
	return eval.F1(eval.Ratio(s.StrictTP, s.Sys), eval.Ratio(s.StrictTP, s.Gold))
}

// RelaxedF1 is the F1 of overlapping extent matches.
func (s Scores) RelaxedF1() float64 {
	return eval.F1(eval.Ratio(s.Relaxed, s.Sys), eval.Ratio(s.Relaxed, s.Gold))
}

// TypeAcc is the share of relaxed matches with the gold type.
func (s Scores) TypeAcc() float64 { return eval.Ratio(s.TypeOK, s.Relaxed) }

// TypeF1 is the TempEval-3 attribute F1 for type: RelaxedF1 × TypeAcc.
func (s Scores) TypeF1() float64 { return s.RelaxedF1() * s.TypeAcc() }

// ValueF1 is the TempEval-3 attribute F1 for value. TempEval-3 (UzZaman et
// al. 2013, §4.1) scores an attribute over the relaxed matches: attribute
// precision = correct / |system timexes|, recall = correct / |gold
// timexes|. With one-to-one relaxed matching this F1 equals
// RelaxedF1 × (correct / relaxed matches), the form used here.
func (s Scores) ValueF1() float64 { return s.RelaxedF1() * eval.Ratio(s.ValueOK, s.Relaxed) }

// Run scores the timex stage on the gold file goldPath and writes a report
// to w. The last line reads
//
//	timex <file>: strict_F1 0.000 relaxed_F1 0.000 type_acc 0.000 value_F1 0.000
//
// With verbose, it first lists the misses, false positives and wrong values.
func Run(w io.Writer, goldPath string, verbose bool) error {
	sc, err := Score(w, goldPath, verbose)
	if err != nil {
		return err
	}
	P, R := eval.Ratio(sc.StrictTP, sc.Sys), eval.Ratio(sc.StrictTP, sc.Gold)
	rP, rR := eval.Ratio(sc.Relaxed, sc.Sys), eval.Ratio(sc.Relaxed, sc.Gold)
	fmt.Fprintf(w, "docs %d, gold %d, system %d, words %d, %.0f words/s\n", sc.Docs, sc.Gold, sc.Sys, sc.Words,
		float64(sc.Words)/max(sc.Elapsed.Seconds(), 1e-9))
	fmt.Fprintf(w, "strict  P %.3f R %.3f F1 %.3f\n", P, R, sc.StrictF1())
	fmt.Fprintf(w, "relaxed P %.3f R %.3f F1 %.3f\n", rP, rR, sc.RelaxedF1())
	fmt.Fprintf(w, "type  acc %.3f F1 %.3f; value acc %.3f F1 %.3f\n", sc.TypeAcc(), sc.TypeF1(),
		eval.Ratio(sc.ValueOK, sc.Relaxed), sc.ValueF1())
	_, err = fmt.Fprintf(w, "timex %s: strict_F1 %.3f relaxed_F1 %.3f type_acc %.3f value_F1 %.3f\n",
		filepath.Base(goldPath), sc.StrictF1(), sc.RelaxedF1(), sc.TypeAcc(), sc.ValueF1())
	return err
}

// Score runs the stage over every document of goldPath and counts the
// matches; with verbose it writes each error to w.
func Score(w io.Writer, goldPath string, verbose bool) (Scores, error) {
	var sc Scores
	f, err := os.Open(goldPath)
	if err != nil {
		return sc, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	stage := timex.New()
	r := bufio.NewReader(f)
	line := 0
	for {
		b, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			line++
			var g goldDoc
			if err := json.Unmarshal(b, &g); err != nil {
				return sc, fmt.Errorf("read gold line %d: %w", line, err)
			}
			d := &model.Document{Article: model.Article{ID: g.ID, Date: g.DCT, Text: g.Text}, RefDate: g.DCT}
			t0 := time.Now()
			segment.Segment(d)
			if err := stage.Run(context.Background(), d); err != nil {
				return sc, fmt.Errorf("run timex on %s: %w", g.ID, err)
			}
			sc.Elapsed += time.Since(t0)
			sc.Words += len(strings.Fields(g.Text))
			compare(w, &sc, &g, d, verbose)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return sc, fmt.Errorf("read gold: %w", err)
		}
	}
	return sc, nil
}

// utf16Index converts byte offsets of text into UTF-16 code unit offsets.
func utf16Index(text string) func(int) int {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return func(b int) int { return b }
	}
	at := make([]int, len(text)+1)
	n := 0
	for i, r := range text {
		k := utf8.RuneLen(r)
		if k < 0 {
			k = 1
		}
		for j := 0; j < k && i+j < len(text); j++ {
			at[i+j] = n
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	at[len(text)] = n
	return func(b int) int { return at[min(max(b, 0), len(text))] }
}

type sysTimex struct {
	start, end int // UTF-16 offsets
	model.Time
}

// compare matches the system times of d against the gold timexes: strict
// pairs share both ends; relaxed pairs overlap, each gold and each system
// timex in at most one pair, taken in text order.
func compare(w io.Writer, sc *Scores, g *goldDoc, d *model.Document, verbose bool) {
	conv := utf16Index(g.Text)
	sys := make([]sysTimex, len(d.Times))
	for i, t := range d.Times {
		sys[i] = sysTimex{start: conv(t.Start), end: conv(t.End), Time: t}
	}
	sc.Docs++
	sc.Gold += len(g.Timexes)
	sc.Sys += len(sys)
	used := make([]bool, len(sys))
	ctx := func(s, e int) string {
		s, e = min(max(s, 0), len(g.Text)), min(max(e, 0), len(g.Text))
		lo, hi := max(0, s-40), min(len(g.Text), e+40)
		return strings.ReplaceAll(g.Text[lo:s]+"["+g.Text[s:e]+"]"+g.Text[e:hi], "\n", " ")
	}
	for _, gt := range g.Timexes {
		for _, st := range sys {
			if st.start == gt.Start && st.end == gt.End {
				sc.StrictTP++
				break
			}
		}
		best := -1
		for k, st := range sys {
			if used[k] || st.start >= gt.End || gt.Start >= st.end {
				continue
			}
			if best < 0 || st.start == gt.Start {
				best = k
			}
		}
		if best < 0 {
			if verbose {
				fmt.Fprintf(w, "MISS  %s %s %q %s %s | %s\n", g.ID, g.DCT, gt.Text, gt.Type, gt.Value, ctx(gt.Start, gt.End))
			}
			continue
		}
		used[best] = true
		st := sys[best]
		sc.Relaxed++
		if st.Type == gt.Type {
			sc.TypeOK++
		}
		if st.Value == gt.Value {
			sc.ValueOK++
		} else if verbose {
			fmt.Fprintf(w, "VALUE %s %s %q gold %s %s %s, got %q %s %s %s | %s\n", g.ID, g.DCT, gt.Text, gt.Type, gt.Value, gt.Mod,
				st.Text, st.Type, st.Value, st.Mod, ctx(gt.Start, gt.End))
		}
	}
	if verbose {
		for k, st := range sys {
			if !used[k] {
				fmt.Fprintf(w, "FP    %s %s %q %s %s | %s\n", g.ID, g.DCT, st.Text, st.Type, st.Value, ctx(st.Start, st.End))
			}
		}
	}
}
