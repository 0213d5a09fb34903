// Package text holds the string normalisation and phrase splitting shared by
// the lexicon and its data generator, so that both cut phrases into the same
// tokens.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps accented Latin letters (lower case) to their base letters, and
// typographic apostrophes and dashes to plain ones. It covers Latin-1,
// Latin Extended-A and the Extended-B letters of Romanian, Vietnamese and
// Azerbaijani news names; it agrees with segment.Normalize on every rune that
// table has.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c", 'è': "e", 'é': "e",
	'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ð': "d", 'ñ': "n", 'ò': "o", 'ó': "o",
	'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'þ': "th",
	'ÿ': "y", 'ß': "ss", 'ā': "a", 'ă': "a", 'ą': "a", 'ć': "c", 'ĉ': "c", 'ċ': "c", 'č': "c", 'ď': "d",
	'đ': "d", 'ē': "e", 'ĕ': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ĝ': "g", 'ğ': "g", 'ġ': "g", 'ģ': "g",
	'ĥ': "h", 'ħ': "h", 'ĩ': "i", 'ī': "i", 'ĭ': "i", 'į': "i", 'ı': "i", 'ĵ': "j", 'ķ': "k", 'ĺ': "l",
	'ļ': "l", 'ľ': "l", 'ŀ': "l", 'ł': "l", 'ń': "n", 'ņ': "n", 'ň': "n", 'ō': "o", 'ŏ': "o", 'ő': "o",
	'œ': "oe", 'ŕ': "r", 'ŗ': "r", 'ř': "r", 'ś': "s", 'ŝ': "s", 'ş': "s", 'š': "s", 'ţ': "t", 'ť': "t",
	'ŧ': "t", 'ũ': "u", 'ū': "u", 'ŭ': "u", 'ů': "u", 'ű': "u", 'ų': "u", 'ŵ': "w", 'ŷ': "y", 'ź': "z",
	'ż': "z", 'ž': "z", 'ș': "s", 'ț': "t", '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'–': "-", '—': "-", '‑': "-", '‐': "-",
	// Beyond segment's table.
	'ǎ': "a", 'ǐ': "i", 'ǒ': "o", 'ǔ': "u", 'ơ': "o", 'ư': "u", 'ə': "a", 'ạ': "a", 'ả': "a", 'ấ': "a",
	'ầ': "a", 'ẩ': "a", 'ẫ': "a", 'ậ': "a", 'ắ': "a", 'ằ': "a", 'ẳ': "a", 'ẵ': "a", 'ặ': "a", 'ẹ': "e",
	'ẻ': "e", 'ẽ': "e", 'ế': "e", 'ề': "e", 'ể': "e", 'ễ': "e", 'ệ': "e", 'ỉ': "i", 'ị': "i", 'ọ': "o",
	'ỏ': "o", 'ố': "o", 'ồ': "o", 'ổ': "o", 'ỗ': "o", 'ộ': "o", 'ớ': "o", 'ờ': "o", 'ở': "o", 'ỡ': "o",
	'ợ': "o", 'ụ': "u", 'ủ': "u", 'ứ': "u", 'ừ': "u", 'ử': "u", 'ữ': "u", 'ự': "u", 'ỳ': "y", 'ỵ': "y",
	'ỷ': "y", 'ỹ': "y", 'ḥ': "h", 'ṣ': "s", 'ṭ': "t", 'ḍ': "d", 'ẓ': "z", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'",
	'′': "'",
}

// Normalize returns the matching form of s: lower case, diacritics folded,
// curly apostrophes and dashes made plain. It returns s itself, without
// allocating, when s is ASCII with no upper-case letter.
func Normalize(s string) string {
	i := plain(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeFolded(&b, s, i)
	return b.String()
}

// A Normalizer normalises many strings, as Normalize does, into one growing
// buffer: the forms of a document's tokens then cost an allocation now and
// then instead of one each. The strings it returns stay valid after later
// calls (the buffer is only appended to). The zero value is ready to use; a
// Normalizer must not be copied after first use.
type Normalizer struct {
	b strings.Builder
}

// Grow makes room for n more bytes of normalised forms.
func (n *Normalizer) Grow(size int) { n.b.Grow(size) }

// Normalize returns the matching form of s, as the function Normalize does.
func (n *Normalizer) Normalize(s string) string {
	i := plain(s)
	if i == len(s) {
		return s
	}
	start := n.b.Len()
	writeFolded(&n.b, s, i)
	return n.b.String()[start:]
}

// plain returns the length of the prefix of s that Normalize leaves as it is.
func plain(s string) int {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			break
		}
	}
	return i
}

// writeFolded writes the matching form of s to b; s[:i] needs no change.
func writeFolded(b *strings.Builder, s string, i int) {
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if r == '`' {
				r = '\''
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
}

// Split cuts a dictionary phrase into tokens the way the segmenter cuts text
// (Penn Treebank style): white space separates tokens; punctuation at the
// edge of a word is a token of its own; possessive 's is split off; inner
// hyphens, apostrophes and the periods of abbreviations (U.S., St.) stay in
// the word. The tokens keep the case of the phrase.
func Split(phrase string) []string {
	var out []string
	for _, w := range strings.Fields(phrase) {
		out = splitWord(out, w)
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func splitWord(out []string, w string) []string {
	// Leading punctuation.
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if isWordRune(r) {
			break
		}
		out = append(out, w[:size])
		w = w[size:]
	}
	if w == "" {
		return out
	}
	// Trailing punctuation, except the period of an abbreviation ("U.S.",
	// "St.", "Jr."): a word with an inner period, or a short capitalised
	// word, keeps its final period.
	var tail []string
	for w != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		if isWordRune(r) {
			break
		}
		if r == '.' && keepsPeriod(w[:len(w)-size]) {
			break
		}
		tail = append(tail, w[len(w)-size:])
		w = w[:len(w)-size]
	}
	// Possessive.
	if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") ||
		strings.HasSuffix(w, "’s")) {
		k := strings.LastIndexAny(w, "'’")
		out = append(out, w[:k], w[k:])
	} else if w != "" {
		out = append(out, w)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// keepsPeriod reports whether w followed by a period is an abbreviation.
func keepsPeriod(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	n := utf8.RuneCountInString(w)
	return n >= 1 && n <= 3 && unicode.IsUpper([]rune(w)[0])
}
