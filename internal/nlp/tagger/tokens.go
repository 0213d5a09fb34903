package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
)

// NewToken returns the token text[start:end] (byte offsets) with its Norm
// (lower case; diacritics are not folded), Kind and case flags filled in as
// the segmenter would. Offsets outside text are clamped.
func NewToken(text string, start, end int) model.Token {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	s := text[start:end]
	t := model.Token{Start: start, End: end, Text: s, Norm: strings.ToLower(s)}
	letters, upper, digits := 0, 0, 0
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
				if i == 0 {
					t.Flags |= model.FlagCap
				}
			}
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters >= 2 && upper == letters {
		t.Flags |= model.FlagAllCaps
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case letters > 0:
		t.Kind = model.TokWord
	case digits > 0:
		t.Kind = model.TokNumber
	case strings.ContainsRune("\"“”‘’'«»`", r):
		t.Kind = model.TokQuote
	case unicode.IsPunct(r):
		t.Kind = model.TokPunct
	default:
		t.Kind = model.TokSymbol
	}
	return t
}

// Tokens builds a sentence from words, as if they were written with one
// space between them. Tests and tools use it.
func Tokens(words ...string) []model.Token {
	text := strings.Join(words, " ")
	toks := make([]model.Token, 0, len(words))
	off := 0
	for i, w := range words {
		t := NewToken(text, off, off+len(w))
		if i == 0 {
			t.Flags |= model.FlagSentStart
		} else {
			t.Flags |= model.FlagSpaceBefore
		}
		toks = append(toks, t)
		off += len(w) + 1
	}
	return toks
}
