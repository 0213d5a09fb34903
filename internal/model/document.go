package model

// SectionKind says which part of an article a stretch of text belongs to.
type SectionKind uint8

// Section kinds.
const (
	SectionBody     SectionKind = iota
	SectionTitle                // a headline line at the top
	SectionCaption              // a photo caption ("X meets Y … (Photo by …)")
	SectionCredit               // the credit inside a caption: "(Photo by A / AGENCY)"
	SectionDateline             // "MOSCOW, July 12 (Reuters) -"
)

// String returns the section kind's lowercase name.
func (k SectionKind) String() string {
	switch k {
	case SectionTitle:
		return "title"
	case SectionCaption:
		return "caption"
	case SectionCredit:
		return "credit"
	case SectionDateline:
		return "dateline"
	}
	return "body"
}

// Section is a stretch of the text with one SectionKind.
type Section struct {
	Kind       SectionKind
	Start, End int
}

// TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	TokWord   TokenKind = iota // letters, possibly with inner hyphens, apostrophes, periods (U.S.)
	TokNumber                  // digits, possibly with , . : separators (1,200; 3.5; 10:30)
	TokPunct                   // . , ; : ! ? - – — ( ) [ ] etc.
	TokQuote                   // " “ ” ‘ ’ ' « » used as quotation marks
	TokSymbol                  // $ % & and anything else
)

// Token flags.
const (
	FlagCap         uint8 = 1 << iota // first character is upper case
	FlagAllCaps                       // all letters upper case and at least two letters
	FlagSentStart                     // first token of its sentence
	FlagParaStart                     // first token of a paragraph
	FlagSpaceBefore                   // white space precedes the token
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int    // byte offsets into the text
	Text       string // Text[Start:End]
	// Norm is the matching form: lower case, diacritics folded, curly
	// apostrophes made straight. It equals Text when nothing changes.
	Norm  string
	Kind  TokenKind
	Flags uint8
}

// Is reports whether the token has all the given flags.
func (t *Token) Is(flag uint8) bool { return t.Flags&flag == flag }

// Sentence is a sentence of the text with its tokens Tokens[First:Last].
type Sentence struct {
	Start, End  int
	First, Last int
	Section     SectionKind
	Para        int // paragraph index, counted from 0 over the whole text
}

// Document is an article with every layer the pipeline has added so far.
// Each stage reads it and adds its own layer.
type Document struct {
	Article
	// RefDate is the reference date the times resolve against (YYYY-MM-DD),
	// from Article.Date or the dateline; "" leaves relative times unanchored.
	RefDate string
	// CaptionDate is the date a photo caption states ("on July 11, 2022"),
	// the reference for the caption's own times and events; "" if none.
	CaptionDate string
	Tokens      []Token
	Sentences   []Sentence
	Sections    []Section
	Entities    []*Entity
	Times       []Time
	Quotes      []Quote
	Claims      []Claim
	Events      []Event
	// Warnings are notes for stderr (no reference date, text repaired …).
	Warnings []string
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := &d.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte offset off
// (the token containing off, or the next one), or len(Tokens).
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SectionAt returns the kind of section containing byte offset off.
func (d *Document) SectionAt(off int) SectionKind {
	for _, s := range d.Sections {
		if off >= s.Start && off < s.End {
			return s.Kind
		}
	}
	return SectionBody
}
