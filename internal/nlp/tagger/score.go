package tagger

// Counts are exact-span match counts of predicted names against gold ones.
type Counts struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall returns TP/(TP+FN), 0 when there is nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add adds d to c.
func (c *Counts) Add(d Counts) {
	c.TP += d.TP
	c.FP += d.FP
	c.FN += d.FN
}

// Score tags labelled sentences document by document and counts exact span
// matches over all four types (all) and over PER, ORG and LOC (core).
func Score(m *Model, sents []Sentence) (all, core Counts) {
	var out [][]Label
	for _, d := range documents(sents) {
		out = m.TagDocument(tokensOf(sents[d.first:d.last]), out)
		for j := d.first; j < d.last; j++ {
			a, c := compareSpans(sents[j].Labels, out[j-d.first])
			all.Add(a)
			core.Add(c)
		}
	}
	return all, core
}

func compareSpans(gold, pred []Label) (all, core Counts) {
	g, p := Spans(gold), Spans(pred)
	in := func(s Span, set []Span) bool {
		for _, t := range set {
			if t == s {
				return true
			}
		}
		return false
	}
	for _, s := range p {
		d := Counts{FP: 1}
		if in(s, g) {
			d = Counts{TP: 1}
		}
		all.Add(d)
		if s.Type != "MISC" {
			core.Add(d)
		}
	}
	for _, s := range g {
		if !in(s, p) {
			all.FN++
			if s.Type != "MISC" {
				core.FN++
			}
		}
	}
	return all, core
}
