package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// abbrevs are lower-case abbreviations (without their final period) that
// keep their period and do not end a sentence before a capitalised word:
// titles, months, and the common Latin and business short forms.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "sens": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"st": true, "ste": true, "mt": true, "ft": true, "jr": true, "sr": true, "messrs": true, "mme": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "approx": true, "est": true, "fig": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "plc": true, "bros": true, "dept": true, "univ": true,
	"assn": true, "ave": true, "blvd": true, "rd": true, "hwy": true, "cf": true, "al": true, "ca": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true,
	"ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true,
	"okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true, "vt": true, "wash": true,
	"wis": true, "wyo": true, "mln": true, "bln": true, "pct": true, "dlrs": true, "min": true, "max": true,
}

// titleAbbrevs never end a sentence: a name always follows them.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "mt": true, "messrs": true, "mme": true, "no": true, "nos": true, "hon": true, "pres": true,
}

// clitics are the contractions split off a word, PTB style.
var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

type tokenizer struct {
	text string
	toks []model.Token
	norm lexicon.Normalizer // holds the Norm forms that differ from Text
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '«', '»', '‹', '›', '`', '‚':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDash(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// decode returns the rune at i and its size; i past the end gives 0, 0.
func (tz *tokenizer) decode(i int) (rune, int) {
	if i >= len(tz.text) {
		return 0, 0
	}
	c := tz.text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(tz.text[i:])
}

func (tz *tokenizer) emit(start, end int, kind model.TokenKind, space bool) {
	if end <= start {
		return
	}
	t := model.Token{Start: start, End: end, Text: tz.text[start:end], Kind: kind}
	t.Norm = tz.norm.Normalize(t.Text)
	if space {
		t.Flags |= model.FlagSpaceBefore
	}
	if kind == model.TokWord {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			t.Flags |= model.FlagCap
			letters, lower := 0, false
			for _, r := range t.Text {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsLower(r) {
						lower = true
						break
					}
				}
			}
			if letters >= 2 && !lower {
				t.Flags |= model.FlagAllCaps
			}
		}
	}
	tz.toks = append(tz.toks, t)
}

// Tokenize splits text into tokens with byte offsets.
func Tokenize(text string) []model.Token {
	tz := &tokenizer{text: text, toks: make([]model.Token, 0, len(text)/5+1)}
	tz.norm.Grow(len(text)/8 + 16)
	tz.run()
	return tz.toks
}

func (tz *tokenizer) run() {
	text := tz.text
	space := true
	for i := 0; i < len(text); {
		r, n := tz.decode(i)
		switch {
		case r == utf8.RuneError && n == 1, unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B:
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			i = tz.word(i, space)
		case unicode.IsDigit(r):
			i = tz.number(i, space)
		case r == '.' && strings.HasPrefix(text[i:], "..."):
			tz.emit(i, i+3, model.TokPunct, space)
			i += 3
		case r == '…':
			tz.emit(i, i+n, model.TokPunct, space)
			i += n
		case r == '-' && strings.HasPrefix(text[i:], "--"):
			j := i
			for j < len(text) && text[j] == '-' {
				j++
			}
			tz.emit(i, j, model.TokPunct, space)
			i = j
		case isQuoteRune(r):
			tz.emit(i, i+n, model.TokQuote, space)
			i += n
		case unicode.IsPunct(r):
			tz.emit(i, i+n, model.TokPunct, space)
			i += n
		default:
			tz.emit(i, i+n, model.TokSymbol, space)
			i += n
		}
		space = false
	}
}

// word reads a word starting at i: letters and digits, inner hyphens and
// periods (U.S.), inner apostrophes (O'Brien) except clitics, which become
// tokens of their own.
func (tz *tokenizer) word(i int, space bool) int {
	text := tz.text
	start := i
	end := i
	dots := 0 // inner periods, as in U.S.
	for end < len(text) {
		r, n := tz.decode(end)
		if isWordRune(r) {
			end += n
			continue
		}
		r2, n2 := tz.decode(end + n)
		switch {
		case isDash(r) && isWordRune(r2):
			end += n + n2
			continue
		case r == '.' && unicode.IsLetter(r2) && unicode.IsLower(r2) == hasLower(text[start:end]) &&
			isShortGroup(text[start:end]) && shortGroupAt(text, end+n):
			// U.S., U.N., a.m.: one- or two-letter groups joined by periods.
			dots++
			end += n + n2
			continue
		case isApos(r) && unicode.IsLetter(r2):
			if cl := clitic(text, end+n); cl > 0 {
				// "Putin’s", "we’re": the clitic is its own token.
				tz.emit(start, end, model.TokWord, space)
				tz.emit(end, end+n+cl, model.TokWord, false)
				return end + n + cl
			}
			if end-start > 1 && (text[end-1] == 'n' || text[end-1] == 'N') && (r2 == 't' || r2 == 'T') && !isWordRune(runeAt(text, end+n+1)) {
				// "hasn’t" → "has" + "n’t"
				tz.emit(start, end-1, model.TokWord, space)
				tz.emit(end-1, end+n+1, model.TokWord, false)
				return end + n + 1
			}
			end += n + n2
			continue
		}
		break
	}
	// A final period belongs to the word for abbreviations and initials.
	if end < len(text) && text[end] == '.' && !strings.HasPrefix(text[end:], "...") {
		w := text[start:end]
		lw := strings.ToLower(w)
		if dots > 0 || abbrevs[lw] || isInitial(w) {
			end++
		}
	}
	tz.emit(start, end, model.TokWord, space)
	return end
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isShortGroup reports whether the word so far is made of one- or two-letter
// groups separated by periods ("U", "U.S", "a.m").
func isShortGroup(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' {
			n = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if n > 2 {
			return false
		}
	}
	return true
}

// shortGroupAt reports whether one or two letters start at i, followed by a
// period or a non-letter.
func shortGroupAt(s string, i int) bool {
	n := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		n++
		i += size
	}
	return n >= 1 && n <= 2
}

// isInitial reports whether w is a single upper-case letter (J. in "J. Smith").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// clitic returns the byte length of a clitic ("s", "re" …) starting at i when
// it is followed by a non-letter, else 0.
func clitic(text string, i int) int {
	for _, c := range clitics {
		if len(text)-i >= len(c) && strings.EqualFold(text[i:i+len(c)], c) && !isWordRune(runeAt(text, i+len(c))) {
			return len(c)
		}
	}
	return 0
}

// number reads digits with inner separators (1,200; 3.5; 10:30; 7/12/2022;
// 2022-07-12) and a letter suffix (24th, 1990s, 5km).
func (tz *tokenizer) number(i int, space bool) int {
	text := tz.text
	end := i
	if c := text[i]; c < '0' || c > '9' {
		// A digit of another script: one rune is the whole number.
		_, n := tz.decode(i)
		end += n
	}
	for end < len(text) {
		c := text[end]
		if '0' <= c && c <= '9' {
			end++
			continue
		}
		if (c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && end+1 < len(text) && '0' <= text[end+1] && text[end+1] <= '9' {
			end++
			continue
		}
		break
	}
	for end < len(text) {
		r, n := tz.decode(end)
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	tz.emit(i, end, model.TokNumber, space)
	return end
}
