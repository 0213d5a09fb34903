package segment

import (
	"strings"

	"eventgraph/internal/model"
)

// creditWords mark the credit line of a photo caption.
var creditWords = []string{"photo", "photograph", "picture", "image", "getty", "reuters/", "ap photo", "afp via", "file photo", "credit:"}

func isCredit(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range creditWords {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// sections finds the title, photo captions with their credit lines and the
// dateline; everything else is body.
func sections(d *model.Document) []model.Section {
	var out []model.Section
	// paragraphs as token ranges
	type para struct{ first, last int }
	var paras []para
	for i := range d.Tokens {
		if d.Tokens[i].Is(model.FlagParaStart) {
			if len(paras) > 0 {
				paras[len(paras)-1].last = i
			}
			paras = append(paras, para{first: i})
		}
	}
	if len(paras) == 0 {
		return nil
	}
	paras[len(paras)-1].last = len(d.Tokens)
	sawBody := false
	for pi, p := range paras {
		toks := d.Tokens[p.first:p.last]
		start, end := toks[0].Start, toks[len(toks)-1].End
		// A caption: a paragraph with a parenthesised credit "(Photo by …)".
		if cs, ce, ok := creditSpan(d.Text, toks); ok {
			if cs > start {
				out = append(out, model.Section{Kind: model.SectionCaption, Start: start, End: cs})
			}
			out = append(out, model.Section{Kind: model.SectionCredit, Start: cs, End: ce})
			if ce < end {
				out = append(out, model.Section{Kind: model.SectionCaption, Start: ce, End: end})
			}
			continue
		}
		// A title: a short first paragraph that does not end like a sentence.
		if pi == 0 && len(paras) > 1 && len(toks) <= 25 && !isTerminal(&toks[len(toks)-1]) && !isClosing(&toks[len(toks)-1]) &&
			!strings.Contains(d.Text[start:end], "\n") {
			out = append(out, model.Section{Kind: model.SectionTitle, Start: start, End: end})
			continue
		}
		if !sawBody {
			sawBody = true
			if n := datelineLen(toks); n > 0 {
				out = append(out, model.Section{Kind: model.SectionDateline, Start: start, End: toks[n-1].End})
				// The dateline is a sentence of its own.
				splitSentenceAt(d, p.first+n)
			}
		}
	}
	return out
}

// creditSpan finds a parenthesised credit, "(Photo by A / AGENCY)", in a
// paragraph and returns its byte extent.
func creditSpan(text string, toks []model.Token) (int, int, bool) {
	for i := range toks {
		if toks[i].Text != "(" {
			continue
		}
		for j := i + 1; j < len(toks) && j < i+40; j++ {
			if toks[j].Text == ")" {
				inner := text[toks[i].End:toks[j].Start]
				if isCredit(inner) {
					return toks[i].Start, toks[j].End, true
				}
				break
			}
		}
	}
	return 0, 0, false
}

var months = map[string]bool{
	"jan": true, "jan.": true, "january": true, "feb": true, "feb.": true, "february": true, "mar": true, "mar.": true,
	"march": true, "apr": true, "apr.": true, "april": true, "may": true, "jun": true, "june": true, "jun.": true,
	"jul": true, "jul.": true, "july": true, "aug": true, "aug.": true, "august": true, "sep": true, "sep.": true,
	"sept": true, "sept.": true, "september": true, "oct": true, "oct.": true, "october": true, "nov": true,
	"nov.": true, "november": true, "dec": true, "dec.": true, "december": true,
}

// datelineLen returns how many tokens of a paragraph's start form a dateline
// ("MOSCOW, July 12 (Reuters) -", "DUBAI, Sept 22 —", "WASHINGTON -"), or 0.
func datelineLen(toks []model.Token) int {
	caps, date, words := false, false, 0
	paren := false
	for i := 0; i < len(toks) && i < 16; i++ {
		t := &toks[i]
		switch {
		case paren:
			if t.Text == ")" {
				paren = false
			}
		case t.Text == "(":
			paren = true
		case t.Text == "-" || t.Text == "–" || t.Text == "—" || t.Text == "--" || t.Text == ":" && caps:
			if i > 0 && (caps || date) && i+1 < len(toks) {
				return i + 1
			}
			return 0
		case t.Text == "," || t.Text == "/":
		case t.Norm == "'s" && i > 0 && toks[i-1].Is(model.FlagAllCaps):
			// "COX'S BAZAR": a possessive inside the place name
		case t.Kind == model.TokNumber:
			if !date && !months[toks[max(i-1, 0)].Norm] {
				return 0
			}
		case t.Kind == model.TokWord:
			if months[t.Norm] && i > 0 {
				date = true
				continue
			}
			if !t.Is(model.FlagCap) {
				return 0
			}
			if t.Is(model.FlagAllCaps) {
				caps = true
			}
			words++
			if words > 6 {
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// splitSentenceAt makes token j start a new sentence if it is inside one.
func splitSentenceAt(d *model.Document, j int) {
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if j > s.First && j < s.Last {
			tail := model.Sentence{Start: d.Tokens[j].Start, End: s.End, First: j, Last: s.Last, Para: s.Para}
			s.End, s.Last = d.Tokens[j-1].End, j
			d.Sentences = append(d.Sentences, model.Sentence{})
			copy(d.Sentences[i+2:], d.Sentences[i+1:])
			d.Sentences[i+1] = tail
			return
		}
	}
}
