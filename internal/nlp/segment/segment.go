package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
)

// Segment fills d.Tokens, d.Sentences and d.Sections from d.Text.
func Segment(d *model.Document) {
	d.Tokens = Tokenize(d.Text)
	paras := paragraphStarts(d.Text, d.Tokens)
	d.Sentences = sentences(d.Tokens, paras)
	d.Sections = sections(d)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Section = d.SectionAt(s.Start)
		if s.First < s.Last {
			d.Tokens[s.First].Flags |= model.FlagSentStart
		}
	}
}

// wrapped reports whether the text is hard-wrapped (short lines of a
// paragraph joined by single newlines, as wire copy is); single newlines then
// do not end paragraphs.
func wrapped(text string) bool {
	lines, longest, cur := 0, 0, 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines++
			longest = max(longest, cur)
			cur = 0
			continue
		}
		cur++
	}
	longest = max(longest, cur)
	return lines >= 3 && longest <= 100
}

// paragraphStarts marks the tokens that open a paragraph: after a blank line,
// after a newline and an indent, or after any newline in text that is not
// hard-wrapped.
func paragraphStarts(text string, toks []model.Token) []bool {
	starts := make([]bool, len(toks))
	soft := wrapped(text)
	prevEnd := 0
	for i := range toks {
		gap := text[prevEnd:toks[i].Start]
		prevEnd = toks[i].End
		if i == 0 {
			starts[i] = true
			continue
		}
		nl := strings.IndexByte(gap, '\n')
		if nl < 0 {
			continue
		}
		rest := gap[nl+1:]
		switch {
		case strings.IndexByte(rest, '\n') >= 0:
			starts[i] = true // blank line
		case !soft:
			starts[i] = true
		case strings.HasPrefix(rest, "  ") || strings.HasPrefix(rest, "\t"):
			starts[i] = true // indented first line
		}
	}
	for i := range toks {
		if starts[i] {
			toks[i].Flags |= model.FlagParaStart
		}
	}
	return starts
}

// sentenceStarters are capitalised function words that, after an
// abbreviation such as "U.S.", show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "in": true, "on": true, "but": true, "and": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "his": true, "her": true, "its": true, "their": true, "as": true, "at": true,
	"for": true, "if": true, "when": true, "while": true, "after": true, "before": true, "however": true,
	"meanwhile": true, "officials": true, "our": true, "some": true, "many": true, "last": true, "earlier": true,
	"what": true, "who": true, "why": true, "how": true, "so": true, "yet": true, "still": true, "also": true,
}

func isTerminal(t *model.Token) bool {
	if t.Kind == model.TokPunct {
		switch t.Text {
		case ".", "!", "?", "...", "…":
			return true
		}
	}
	return false
}

func isClosing(t *model.Token) bool {
	switch t.Text {
	case ")", "]", "}", "”", "’", "»", "›":
		return true
	case "\"", "'":
		return !t.Is(model.FlagSpaceBefore)
	}
	return false
}

// startsSentence reports whether the token can begin a sentence.
func startsSentence(toks []model.Token, j int) bool {
	t := &toks[j]
	if t.Kind == model.TokNumber {
		return true
	}
	if t.Kind == model.TokQuote || t.Text == "(" || t.Text == "[" {
		return j+1 >= len(toks) || startsSentence(toks, j+1) || toks[j+1].Kind != model.TokWord
	}
	if t.Kind != model.TokWord {
		return t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "•" || t.Text == "*"
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || !unicode.IsLetter(r)
}

// sentences splits the tokens into sentences that never cross a paragraph.
func sentences(toks []model.Token, paraStart []bool) []model.Sentence {
	var out []model.Sentence
	para := -1
	first := 0
	flush := func(last int) {
		if last > first {
			out = append(out, model.Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, Para: para})
		}
		first = last
	}
	for j := 0; j < len(toks); j++ {
		if paraStart[j] {
			flush(j)
			para++
		}
		t := &toks[j]
		end := -1
		switch {
		case isTerminal(t):
			end = j + 1
		case t.Kind == model.TokWord && strings.HasSuffix(t.Text, ".") && j+1 < len(toks):
			// An abbreviation at the end of a sentence: "… in the U.S. The …".
			w := strings.ToLower(strings.TrimSuffix(t.Text, "."))
			if !titleAbbrevs[w] && !isInitial(strings.TrimSuffix(t.Text, ".")) && sentenceStarters[toks[j+1].Norm] && toks[j+1].Is(model.FlagCap) {
				end = j + 1
			}
		}
		if end < 0 {
			continue
		}
		for end < len(toks) && !paraStart[end] && isClosing(&toks[end]) {
			end++
		}
		if end >= len(toks) || paraStart[end] || startsSentence(toks, end) {
			j = end - 1
			if end < len(toks) && !paraStart[end] {
				flush(end)
			}
		}
	}
	flush(len(toks))
	return out
}
