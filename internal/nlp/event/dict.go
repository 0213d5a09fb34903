package event

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/verbs.txt data/verbs_ours.txt data/codes.tsv data/discards.txt data/nouns.tsv
var dataFS embed.FS

// CodeInfo describes one CAMEO event code.
type CodeInfo struct {
	Code      string
	Name      string
	Goldstein float64
	QuadClass int
}

// formKind is the grammatical form a verb token has.
type formKind uint8

const (
	formBase formKind = iota
	formS
	formPast // past tense or past participle
	formIng
)

// sense is one reading of a verb form: its block, its code and the particle
// that must follow ("meet with", "ask for").
type sense struct {
	block    int32
	code     string // "active[:passive]"; "---" is null
	particle []string
	kind     formKind
	ours     bool // from verbs_ours.txt: it wins over PETRARCH2's definition
}

// slot is one word position of a pattern noun phrase, with its alternatives
// (a synonym set has several).
type slot []string

// elem is one element of a pattern: a noun phrase (slots, the head last), a
// prepositional phrase (prep and an optional noun phrase) or a skip (^).
type elem struct {
	prep  string
	slots []slot
	skip  bool
}

// pattern is a verb pattern: the elements before and after the verb.
type pattern struct {
	code      string
	pre, post []elem
	weight    int // how many words it needs: more is more specific
}

type block struct {
	name     string
	code     string
	patterns []pattern
	// byNoun indexes the patterns whose first element after the verb is a
	// noun phrase, by the head word's alternatives; byPrep those that start
	// with a preposition; rest the others (subject-side nouns, skips).
	byNoun map[string][]int32
	byPrep map[string][]int32
	rest   []int32
}

// index builds the block's pattern indexes.
func (b *block) index() {
	b.byNoun, b.byPrep = map[string][]int32{}, map[string][]int32{}
	for i := range b.patterns {
		p := &b.patterns[i]
		switch {
		case len(p.post) == 0 || p.post[0].skip:
			b.rest = append(b.rest, int32(i))
		case p.post[0].prep != "":
			b.byPrep[p.post[0].prep] = append(b.byPrep[p.post[0].prep], int32(i))
		default:
			slots := p.post[0].slots
			for _, w := range slots[len(slots)-1] {
				b.byNoun[w] = append(b.byNoun[w], int32(i))
			}
		}
	}
}

// noun is an event noun from nouns.tsv.
type noun struct {
	words      []string // "air strike" is two words; the last is the head
	code       string
	preps      []string
	needTarget bool
}

// Dict holds the CAMEO verb dictionary, the event nouns, the code table and
// the discard phrases, built once from the embedded data and shared read-only.
type Dict struct {
	forms    map[string][]sense
	blocks   []block
	codes    map[string]CodeInfo
	nouns    map[string][]*noun // by the head word, singular and plural
	discards map[string][]discard
}

type discard struct {
	words []string
	story bool
}

// Default returns the dictionary built from the embedded data. It is built
// on first use and shared.
var Default = sync.OnceValue(func() *Dict {
	d, err := load()
	if err != nil {
		panic(fmt.Sprintf("event: embedded data: %v", err)) // the data ships with the binary: a bug
	}
	return d
})

func lines(name string, fn func(fields []string) error) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func load() (*Dict, error) {
	d := &Dict{forms: map[string][]sense{}, codes: map[string]CodeInfo{}, nouns: map[string][]*noun{}, discards: map[string][]discard{}}
	err := lines("codes.tsv", func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short line")
		}
		g, _ := strconv.ParseFloat(f[1], 64)
		q, _ := strconv.Atoi(f[2])
		d.codes[f[0]] = CodeInfo{Code: f[0], Goldstein: g, QuadClass: q, Name: f[3]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	synsets := map[string][]string{}
	byName := map[string]int{}
	// ourPatterns are verbs_ours.txt's patterns per block: they go first, so
	// that they win over PETRARCH2's patterns of equal weight.
	ourPatterns := map[int][]pattern{}
	ours := false
	cur := -1
	parse := func(f []string) error {
		switch {
		case f[0] == "s" && len(f) == 3:
			synsets[f[1]] = strings.Split(f[2], "|")
		case f[0] == "b" && len(f) == 3:
			if k, ok := byName[f[1]]; ok && ours {
				cur = k
				return nil
			}
			d.blocks = append(d.blocks, block{name: f[1], code: f[2]})
			cur = len(d.blocks) - 1
			byName[f[1]] = cur
		case f[0] == "v" && len(f) == 4 && cur >= 0:
			forms := strings.Split(f[3], "|")
			var particle []string
			if f[2] != "" {
				particle = strings.Fields(f[2])
			}
			for _, form := range forms {
				s := sense{block: int32(cur), code: f[1], particle: particle, kind: kindOf(form, forms[0]), ours: ours}
				d.forms[form] = append(d.forms[form], s)
			}
		case f[0] == "p" && len(f) == 3 && cur >= 0:
			p, err := parsePattern(f[2], synsets)
			if err != nil {
				return err
			}
			p.code = f[1]
			if ours {
				ourPatterns[cur] = append(ourPatterns[cur], p)
			} else {
				d.blocks[cur].patterns = append(d.blocks[cur].patterns, p)
			}
		default:
			return fmt.Errorf("bad line %q", strings.Join(f, "\t"))
		}
		return nil
	}
	if err := lines("verbs.txt", parse); err != nil {
		return nil, err
	}
	ours = true
	if err := lines("verbs_ours.txt", parse); err != nil {
		return nil, err
	}
	for k, ps := range ourPatterns {
		d.blocks[k].patterns = append(ps, d.blocks[k].patterns...)
	}
	for i := range d.blocks {
		d.blocks[i].index()
	}
	// A compound ("meet with") is tried before the plain verb, the longest first.
	for k, ss := range d.forms {
		var comp, plain []sense
		for _, s := range ss {
			switch {
			case len(s.particle) > 0:
				if s.ours { // ours replace PETRARCH2's compound with the same particle
					comp = slices.DeleteFunc(comp, func(c sense) bool { return slices.Equal(c.particle, s.particle) })
				}
				comp = append(comp, s)
			case len(plain) == 0: // the first plain definition wins, unless ours comes later
				plain = append(plain, s)
			case s.ours && !plain[0].ours:
				plain[0] = s
			}
		}
		for i := 1; i < len(comp); i++ {
			for j := i; j > 0 && len(comp[j].particle) > len(comp[j-1].particle); j-- {
				comp[j], comp[j-1] = comp[j-1], comp[j]
			}
		}
		d.forms[k] = append(comp, plain...)
	}
	err = lines("discards.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("bad discard")
		}
		w := strings.Fields(f[1])
		if len(w) > 0 {
			d.discards[w[0]] = append(d.discards[w[0]], discard{words: w, story: f[0] == "t"})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("nouns.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("short noun line")
		}
		n := &noun{words: strings.Fields(f[0]), code: f[1], preps: strings.Split(f[2], ","), needTarget: len(f) > 3 && strings.Contains(f[3], "T")}
		if _, ok := d.codes[n.code]; !ok || len(n.words) == 0 {
			return fmt.Errorf("noun %q: unknown code %q", f[0], n.code)
		}
		head := n.words[len(n.words)-1]
		for _, k := range []string{head, plural(head)} {
			d.nouns[k] = append(d.nouns[k], n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// kindOf classifies a verb form against its lemma.
func kindOf(form, lemma string) formKind {
	switch {
	case form == lemma:
		return formBase
	case strings.HasSuffix(form, "ing"):
		return formIng
	case strings.HasSuffix(form, "s") && strings.HasPrefix(form, lemma[:max(1, len(lemma)-1)]):
		return formS
	}
	return formPast
}

// plural returns the regular plural of a noun.
func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
			return w + "es"
		}
		return w // "talks", "hostilities"
	case strings.HasSuffix(w, "y") && n > 1 && strings.IndexByte("aeiou", w[n-2]) < 0:
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// nounIs reports whether token norm tok is the pattern word w or its plural
// or singular: PETRARCH2 matches exact words only, which misses "statements"
// for STATEMENT.
func nounIs(tok, w string) bool {
	if tok == w {
		return true
	}
	if len(tok) > len(w) {
		return strings.HasPrefix(tok, w) && (tok[len(w):] == "s" || tok[len(w):] == "es") ||
			strings.HasSuffix(w, "y") && tok == w[:len(w)-1]+"ies"
	}
	if len(w) > len(tok) {
		return strings.HasPrefix(w, tok) && (w[len(tok):] == "s" || w[len(tok):] == "es")
	}
	return false
}

// Code returns what the table knows about a CAMEO code.
func (d *Dict) Code(code string) (CodeInfo, bool) {
	c, ok := d.codes[code]
	return c, ok
}

// parsePattern reads one pattern of PETRARCH2's mini-language (see
// shared/data/cameo/verbs_README.md): nouns, {multi word} phrases,
// (PREP phrase), &synsets, ^ skips and * for the verb.
func parsePattern(s string, synsets map[string][]string) (pattern, error) {
	var toks []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			flush()
		case '(', ')', '{', '}', '*':
			flush()
			toks = append(toks, string(c))
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	var p pattern
	seenVerb := false
	add := func(e elem) {
		p.weight += len(e.slots)
		if e.prep != "" {
			p.weight++
		}
		if seenVerb {
			p.post = append(p.post, e)
		} else {
			p.pre = append(p.pre, e)
		}
	}
	wordSlot := func(w string) slot {
		if strings.HasPrefix(w, "&") {
			var alts slot
			for _, m := range synsets[w] {
				f := strings.Fields(m)
				alts = append(alts, f[len(f)-1])
			}
			return alts
		}
		return slot{w}
	}
	// phrase reads a noun phrase at toks[i]: a word, a synset or {…}.
	phrase := func(i int) ([]slot, int) {
		if toks[i] == "{" {
			var slots []slot
			i++
			for i < len(toks) && toks[i] != "}" {
				slots = append(slots, wordSlot(toks[i]))
				i++
			}
			return slots, i + 1
		}
		return []slot{wordSlot(toks[i])}, i + 1
	}
	for i := 0; i < len(toks); {
		switch t := toks[i]; t {
		case "*":
			seenVerb = true
			i++
		case "^":
			add(elem{skip: true})
			i++
		case "(":
			i++
			if i >= len(toks) {
				return p, fmt.Errorf("pattern %q: open parenthesis", s)
			}
			e := elem{prep: toks[i]}
			i++
			if i < len(toks) && toks[i] != ")" {
				e.slots, i = phrase(i)
			}
			for i < len(toks) && toks[i] != ")" {
				i++
			}
			i++
			add(e)
		case ")", "}":
			i++
		default:
			var e elem
			e.slots, i = phrase(i)
			add(e)
		}
	}
	if !seenVerb {
		return p, fmt.Errorf("pattern %q: no verb", s)
	}
	return p, nil
}
