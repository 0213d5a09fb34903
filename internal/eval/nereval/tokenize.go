package nereval

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/tagger"
)

// Marks split off the front of a word and off its end. They undo the
// detokeniser that built the gold files' text (see the eval README).
const (
	leadMarks  = "([{$#\"`"
	trailMarks = ",.;:!?%)]}\""
)

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "''"}

// tokenize splits text into tokens at white space and then splits
// punctuation and clitics off the words, so that "(Reuters)" gives "(",
// "Reuters", ")" and "Nepal's" gives "Nepal", "'s". Abbreviations such as
// "U.S." keep their periods. Offsets are bytes.
func tokenize(text string) []model.Token {
	var toks []model.Token
	i := 0
	for i < len(text) {
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		if j > i {
			toks = splitWord(text, i, j, toks)
		}
		i = j
	}
	for k := range toks {
		if k == 0 {
			toks[k].Flags |= model.FlagSentStart
		} else if toks[k].Start > toks[k-1].End {
			toks[k].Flags |= model.FlagSpaceBefore
		}
	}
	return toks
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// splitWord appends the tokens of text[start:end], a run without spaces.
func splitWord(text string, start, end int, toks []model.Token) []model.Token {
	for start < end && strings.IndexByte(leadMarks, text[start]) >= 0 {
		n := 1
		if strings.HasPrefix(text[start:end], "``") {
			n = 2
		}
		toks = append(toks, tagger.NewToken(text, start, start+n))
		start += n
	}
	var tail []model.Token
	for start < end {
		w := text[start:end]
		if strings.HasSuffix(w, "...") && len(w) > 3 {
			tail = append(tail, tagger.NewToken(text, end-3, end))
			end -= 3
			continue
		}
		cut := 0
		for _, c := range clitics {
			if len(w) > len(c) && strings.HasSuffix(strings.ToLower(w), c) {
				cut = len(c)
				break
			}
		}
		if cut == 0 && len(w) > 1 && strings.IndexByte(trailMarks, w[len(w)-1]) >= 0 {
			if w[len(w)-1] != '.' || !abbreviation(w) {
				cut = 1
			}
		}
		if cut == 0 {
			break
		}
		tail = append(tail, tagger.NewToken(text, end-cut, end))
		end -= cut
	}
	if start < end {
		toks = append(toks, tagger.NewToken(text, start, end))
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// abbreviation reports whether w, ending in a period, is an abbreviation
// that keeps it: "U.S.", "J.", "Inc.", but not "end." at the end of a
// sentence (a guess; the tagger sees the rest).
func abbreviation(w string) bool {
	body := w[:len(w)-1]
	if strings.Contains(body, ".") {
		return true
	}
	if len(body) == 1 && body[0] >= 'A' && body[0] <= 'Z' {
		return true
	}
	switch body {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Rev", "Gov", "Sen", "Rep", "Mt", "Ft", "No", "vs":
		return true
	}
	return false
}
