package quoteeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/eval"
	"eventgraph/internal/model"
)

// goldQuote is one attribution of the gold file. Offsets are code points.
type goldQuote struct {
	ID              string   `json:"id"`
	Start           int      `json:"start"`
	End             int      `json:"end"`
	Text            string   `json:"text"`
	Segments        [][2]int `json:"segments"`
	Speaker         *string  `json:"speaker"`
	SpeakerStart    *int     `json:"speaker_start"`
	SpeakerEnd      *int     `json:"speaker_end"`
	SpeakerSegments [][2]int `json:"speaker_segments"`
	Cue             *string  `json:"cue"`
	CueStart        *int     `json:"cue_start"`
	CueEnd          *int     `json:"cue_end"`
	CueSegments     [][2]int `json:"cue_segments"`
	Direct          bool     `json:"direct"`
}

type goldArticle struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []goldQuote `json:"quotes"`
}

// pieces returns the segments of a gold span: its segments when it is
// discontinuous, else [start, end); none for an absent span.
func pieces(segs [][2]int, start, end *int) [][2]int {
	if len(segs) > 0 {
		return segs
	}
	if start == nil || end == nil || *end <= *start {
		return nil
	}
	return [][2]int{{*start, *end}}
}

func (g *goldQuote) content() [][2]int { return pieces(g.Segments, &g.Start, &g.End) }
func (g *goldQuote) speaker() [][2]int {
	return pieces(g.SpeakerSegments, g.SpeakerStart, g.SpeakerEnd)
}
func (g *goldQuote) cue() [][2]int { return pieces(g.CueSegments, g.CueStart, g.CueEnd) }

// pred is one predicted quote in code points, with the spans of its
// speaker entity's mentions.
type pred struct {
	start, end int
	direct     bool
	hasSpeaker bool
	speaker    [][2]int // the speaker span, if any
	mentions   [][2]int // mentions of the speaker entity
	cue        [][2]int
	text       string
	who        string
	cueText    string
	kind       string
}

// counts accumulates one subset's figures.
type counts struct {
	name                 string
	gold, pred           int
	predHit, goldHit     int // content overlap
	predExact, goldExact int
	spkTotal, spkRight   int
	cueTotal, cueRight   int
	predBoth, goldBoth   int // content overlap and right speaker
}

func (c *counts) contentF1() float64 {
	return eval.F1(eval.Ratio(c.predHit, c.pred), eval.Ratio(c.goldHit, c.gold))
}
func (c *counts) bothF1() float64 {
	return eval.F1(eval.Ratio(c.predBoth, c.pred), eval.Ratio(c.goldBoth, c.gold))
}

func (c *counts) print(w io.Writer, file string) {
	fmt.Fprintf(w, "quotes %s %s: gold %d pred %d\n", file, c.name, c.gold, c.pred)
	fmt.Fprintf(w, "  content overlap P %.3f R %.3f F1 %.3f\n", eval.Ratio(c.predHit, c.pred), eval.Ratio(c.goldHit, c.gold), c.contentF1())
	fmt.Fprintf(w, "  content exact   P %.3f R %.3f F1 %.3f\n", eval.Ratio(c.predExact, c.pred), eval.Ratio(c.goldExact, c.gold),
		eval.F1(eval.Ratio(c.predExact, c.pred), eval.Ratio(c.goldExact, c.gold)))
	fmt.Fprintf(w, "  speaker_acc %.3f (%d/%d)  cue_acc %.3f (%d/%d)\n", eval.Ratio(c.spkRight, c.spkTotal), c.spkRight, c.spkTotal,
		eval.Ratio(c.cueRight, c.cueTotal), c.cueRight, c.cueTotal)
	fmt.Fprintf(w, "  content_speaker P %.3f R %.3f F1 %.3f\n", eval.Ratio(c.predBoth, c.pred), eval.Ratio(c.goldBoth, c.gold), c.bothF1())
}

// Run scores extract on every article of the JSON Lines gold file at
// goldPath and writes the figures to w: first for all attributions (the
// attribution task, every predicted quote), then for direct quotes only
// (gold items flagged direct against predicted quotes of kind direct that
// open with " or “, the marks the gold's flag is built from: the "who said
// this quote" task the gold's README prescribes). With verbose it
// also lists, per article, the gold items missed and the predictions that
// match nothing.
//
// Definitions, per subset:
//   - content overlap: a prediction is a hit when its content shares at
//     least one code point with a gold content segment, a gold item when
//     some prediction does; P = hit predictions / predictions, R = hit gold
//     / gold. Content exact compares the spans after trimming white space,
//     quotation marks and edge punctuation on both sides.
//   - speaker right for a pair (prediction, gold): the gold has no speaker
//     and the prediction has none, or the predicted speaker span overlaps
//     the gold speaker span, or a mention of the predicted speaker entity
//     does (coreference: "he" resolved to the Sullivan of the gold span).
//   - speaker_acc: over gold items with a speaker that some prediction
//     overlaps, the share whose best-overlapping prediction has the right
//     speaker; cue_acc likewise with cue spans.
//   - content_speaker_F1: a prediction is correct when it overlaps some gold
//     item's content and has the right speaker for that item; a gold item is
//     found when some correct prediction overlaps it. P = correct
//     predictions / predictions, R = found gold / gold.
//
// The last line, "quotes <file>: content_F1 … speaker_acc … content_speaker_F1 …",
// is the machine-readable headline and gives the figures over all
// attributions: PolNeAR annotates attribution (direct and indirect quotes,
// beliefs, intentions, "according to"), so that is the honest score; the
// direct-only block above it is for the "who said this quote" task.
func Run(w io.Writer, goldPath string, verbose bool, extract func(ctx context.Context, text string) (*model.Document, error)) error {
	f, err := os.Open(goldPath)
	if err != nil {
		return fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	all := &counts{name: "all attributions"}
	direct := &counts{name: "direct quotes only"}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	ctx := context.Background()
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var ga goldArticle
		if err := json.Unmarshal(sc.Bytes(), &ga); err != nil {
			return fmt.Errorf("read gold line %d: %w", line, err)
		}
		d, err := extract(ctx, ga.Text)
		if err != nil {
			return fmt.Errorf("extract %s: %w", ga.ID, err)
		}
		preds := predictions(d)
		var dg []goldQuote
		var dp []pred
		for _, g := range ga.Quotes {
			if g.Direct {
				dg = append(dg, g)
			}
		}
		for _, p := range preds {
			if p.direct {
				dp = append(dp, p)
			}
		}
		misses, extras, wrong := score(all, ga.Text, ga.Quotes, preds)
		dmisses, dextras, dwrong := score(direct, ga.Text, dg, dp)
		if verbose {
			report(w, ga.ID, "", misses, extras, wrong)
			report(w, ga.ID, "direct ", dmisses, dextras, dwrong)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	file := filepath.Base(goldPath)
	all.print(w, file)
	direct.print(w, file)
	_, err = fmt.Fprintf(w, "quotes %s: content_F1 %.3f speaker_acc %.3f content_speaker_F1 %.3f\n", file,
		all.contentF1(), eval.Ratio(all.spkRight, all.spkTotal), all.bothF1())
	return err
}

// report lists one article's errors.
func report(w io.Writer, id, subset string, misses, extras, wrong []string) {
	if len(misses)+len(extras)+len(wrong) == 0 {
		return
	}
	fmt.Fprintf(w, "# %s%s\n", subset, id)
	for _, m := range misses {
		fmt.Fprintf(w, "  %smiss %s\n", subset, m)
	}
	for _, x := range extras {
		fmt.Fprintf(w, "  %sextra %s\n", subset, x)
	}
	for _, x := range wrong {
		fmt.Fprintf(w, "  %swrong-speaker %s\n", subset, x)
	}
}

// predictions turns a document's quotes into code-point spans.
func predictions(d *model.Document) []pred {
	ri := model.NewRuneIndex(d.Text)
	ents := map[string]*model.Entity{}
	for _, e := range d.Entities {
		if e != nil {
			ents[e.ID] = e
		}
	}
	out := make([]pred, 0, len(d.Quotes))
	for _, q := range d.Quotes {
		p := pred{start: ri.Pos(q.Start), end: ri.Pos(q.End), direct: q.Kind == model.QuoteDirect && goldMarked(d.Text, q.Start),
			text: q.Text}
		if q.SpeakerSpan != nil {
			p.hasSpeaker = true
			p.speaker = [][2]int{{ri.Pos(q.SpeakerSpan.Start), ri.Pos(q.SpeakerSpan.End)}}
			p.who = q.SpeakerSpan.Text
		}
		if q.Speaker != nil {
			p.hasSpeaker = true
			if e := ents[q.Speaker.Entity]; e != nil {
				for _, m := range e.Mentions {
					p.mentions = append(p.mentions, [2]int{ri.Pos(m.Start), ri.Pos(m.End)})
				}
			}
			p.who += " → " + q.Speaker.Name
		}
		if q.Cue != nil {
			p.cue = [][2]int{{ri.Pos(q.Cue.Start), ri.Pos(q.Cue.End)}}
			p.cueText = q.Cue.Text
		}
		p.kind = q.Kind
		out = append(out, p)
	}
	return out
}

// goldMarked reports whether the quote whose content starts at byte start
// opens with a mark the gold's direct flag knows (" or “): the gold calls a
// quote direct only then, so typewriter quotes (”Yes,” he said) are
// scored with all attributions but not in the direct-only subset.
func goldMarked(text string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:max(0, min(start, len(text)))])
	return r == '"' || r == '“' || r == '”'
}

func overlap(a, b [][2]int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if lo, hi := max(x[0], y[0]), min(x[1], y[1]); hi > lo {
				n += hi - lo
			}
		}
	}
	return n
}

func speakerRight(p *pred, g *goldQuote) bool {
	gs := g.speaker()
	if len(gs) == 0 {
		return !p.hasSpeaker
	}
	return overlap(p.speaker, gs) > 0 || overlap(p.mentions, gs) > 0
}

// score adds one article's figures to c and returns descriptions of the
// gold items missed, the predictions that match nothing and the gold items
// found with the wrong speaker.
func score(c *counts, text string, gold []goldQuote, preds []pred) (misses, extras, wrong []string) {
	runes := []rune(text)
	c.gold += len(gold)
	c.pred += len(preds)
	for i := range preds {
		p := &preds[i]
		ps := [][2]int{{p.start, p.end}}
		hit, exact, both := false, false, false
		for j := range gold {
			g := &gold[j]
			if overlap(ps, g.content()) == 0 {
				continue
			}
			hit = true
			if sameTrimmed(runes, p.start, p.end, g.Start, g.End) {
				exact = true
			}
			if speakerRight(p, g) {
				both = true
			}
		}
		if hit {
			c.predHit++
		} else {
			extras = append(extras, fmt.Sprintf("%s %q by %q cue %q", p.kind, clip(p.text), p.who, p.cueText))
		}
		if exact {
			c.predExact++
		}
		if both {
			c.predBoth++
		}
	}
	for j := range gold {
		g := &gold[j]
		var best *pred
		bestOv := 0
		exact, both := false, false
		for i := range preds {
			p := &preds[i]
			ov := overlap([][2]int{{p.start, p.end}}, g.content())
			if ov == 0 {
				continue
			}
			if ov > bestOv {
				best, bestOv = p, ov
			}
			if sameTrimmed(runes, p.start, p.end, g.Start, g.End) {
				exact = true
			}
			if speakerRight(p, g) {
				both = true
			}
		}
		if best == nil {
			who := ""
			if g.Speaker != nil {
				who = *g.Speaker
			}
			misses = append(misses, fmt.Sprintf("%q by %q", clip(g.Text), who))
			continue
		}
		c.goldHit++
		if exact {
			c.goldExact++
		}
		if both {
			c.goldBoth++
		}
		if len(g.speaker()) > 0 {
			c.spkTotal++
			if speakerRight(best, g) {
				c.spkRight++
			} else {
				wrong = append(wrong, fmt.Sprintf("%q gold %q got %q", clip(g.Text), deref(g.Speaker), best.who))
			}
		}
		if gc := g.cue(); len(gc) > 0 {
			c.cueTotal++
			if overlap(best.cue, gc) > 0 {
				c.cueRight++
			}
		}
	}
	return misses, extras, wrong
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// sameTrimmed reports whether two code-point spans of runes hold the same
// words once white space, quotation marks and edge punctuation are trimmed.
func sameTrimmed(runes []rune, s1, e1, s2, e2 int) bool {
	s1, e1 = trim(runes, s1, e1)
	s2, e2 = trim(runes, s2, e2)
	return s1 == s2 && e1 == e2
}

func trim(runes []rune, s, e int) (int, int) {
	s, e = max(s, 0), min(e, len(runes))
	edge := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }
	for s < e && edge(runes[s]) {
		s++
	}
	for e > s && edge(runes[e-1]) {
		e--
	}
	return s, e
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 90 {
		r := []rune(s)
		return string(r[:90]) + "…"
	}
	return s
}
