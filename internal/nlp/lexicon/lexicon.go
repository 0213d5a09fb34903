package lexicon

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon/internal/text"
)

//go:embed data/entries.tsv.gz data/common.txt.gz
var dataFS embed.FS

// Normalize returns the matching form of s: lower case, diacritics folded,
// curly apostrophes and dashes made plain ("Erdoğan’s" → "erdogan's"). It
// returns s itself, without allocating, when s is ASCII with no upper-case
// letter. It is the form model.Token.Norm holds.
func Normalize(s string) string { return text.Normalize(s) }

// A Normalizer normalises many strings into one growing buffer, for the
// tokens of a document: Normalizer.Normalize returns what Normalize returns,
// and the strings stay valid after later calls. The zero value is ready to
// use; a Normalizer must not be copied after first use.
type Normalizer = text.Normalizer

// Split cuts a phrase into tokens the way the lexicon's keys were cut:
// white space, edge punctuation and possessive 's separate tokens; inner
// hyphens, apostrophes and abbreviation periods stay.
func Split(phrase string) []string { return text.Split(phrase) }

// payload links a trie node to an entry, with the capitalisation the text
// must have for the phrase to name that entry.
type payload struct {
	e          *Entry
	capm, allm uint32 // tokens that must start upper case / be all capitals
}

type staged struct {
	node uint32
	p    payload
}

// Lexicon is the compiled dictionary. It is safe for concurrent use.
type Lexicon struct {
	entries []*Entry
	vocab   map[string]uint32 // normalised token → id (from 1)
	words   strings.Builder   // the keys of vocab, see intern
	// root[id] is the child of the root by token id, 0 if none (the root
	// is no node's child), and edges holds the other edges: most lookups
	// start a phrase, and an index is cheaper than a hash.
	root  []uint32
	edges edgeTable
	nodes uint32 // number of nodes, the root (0) included
	// The payloads of node n are pays[off[n]:off[n+1]], in insertion
	// order, and ents holds their entries likewise, shared by matches.
	off     []uint32
	pays    []payload
	ents    []*Entry
	staged  []staged // payloads before finish sorts them by node
	common  map[string]struct{}
	country map[string]*Entry // ISO-3 → country entry

	peopleOnce sync.Once
	people     *peopleIndex
}

// Default returns the lexicon built from the embedded data. It is built on
// the first call and shared afterwards.
func Default() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := load(dataFS)
	if err != nil {
		// The data is embedded and tested; a failure is a build defect.
		panic(fmt.Sprintf("lexicon: load embedded data: %v", err))
	}
	return l
})

// newLexicon returns an empty lexicon.
func newLexicon() *Lexicon {
	l := &Lexicon{
		vocab:   map[string]uint32{},
		root:    []uint32{0}, // ids start at 1
		nodes:   1,
		common:  map[string]struct{}{},
		country: map[string]*Entry{},
	}
	l.edges.init(16)
	return l
}

func gunzip(fsys embed.FS, name string) ([]byte, error) {
	raw, err := fsys.ReadFile(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}

func load(fsys embed.FS) (*Lexicon, error) {
	l := newLexicon()
	l.vocab = make(map[string]uint32, 100000)
	l.words.Grow(1 << 19)
	l.root = make([]uint32, 1, 100000)
	l.edges.init(1 << 18)
	l.staged = make([]staged, 0, 200000)
	l.common = make(map[string]struct{}, 16000)
	cw, err := gunzip(fsys, "data/common.txt.gz")
	if err != nil {
		return nil, err
	}
	for _, w := range strings.Split(string(cw), "\n") {
		if w != "" {
			l.common[w] = struct{}{}
		}
	}
	b, err := gunzip(fsys, "data/entries.tsv.gz")
	if err != nil {
		return nil, err
	}
	if err := l.parse(string(b)); err != nil {
		return nil, err
	}
	l.finish()
	return l, nil
}

// finish sorts the staged payloads by node (stable: insertion order within
// a node) into the flat arrays.
func (l *Lexicon) finish() {
	l.off = make([]uint32, l.nodes+1)
	for _, s := range l.staged {
		l.off[s.node+1]++
	}
	for n := uint32(1); n <= l.nodes; n++ {
		l.off[n] += l.off[n-1]
	}
	l.pays = make([]payload, len(l.staged))
	l.ents = make([]*Entry, len(l.staged))
	next := make([]uint32, l.nodes)
	copy(next, l.off[:l.nodes])
	for _, s := range l.staged {
		i := next[s.node]
		next[s.node]++
		l.pays[i] = s.p
		l.ents[i] = s.p.e
	}
	l.staged = nil
}

// payloads returns node n's payloads and entries.
func (l *Lexicon) payloads(n uint32) ([]payload, []*Entry) {
	a, b := l.off[n], l.off[n+1]
	return l.pays[a:b:b], l.ents[a:b:b]
}

// parse reads entries.tsv (see data/README.md) and inserts its phrases.
func (l *Lexicon) parse(s string) error {
	line := 0
	for s != "" {
		var row string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			row, s = s[:i], s[i+1:]
		} else {
			row, s = s, ""
		}
		line++
		if row == "" || row[0] == '#' {
			continue
		}
		var f [16]string
		n := 0
		for n < 15 {
			i := strings.IndexByte(row, '\t')
			if i < 0 {
				break
			}
			f[n], row = row[:i], row[i+1:]
			n++
		}
		f[n] = row
		if n != 15 {
			return fmt.Errorf("entries line %d: %d fields, want 16", line, n+1)
		}
		e := &Entry{Kind: parseKind(f[0]), Name: f[1], Country: f[2], Role: f[4], Agent: f[5], Prefix: f[6] == "1",
			Feature: f[11], Admin1: f[12], Class: f[13], Capital: f[14]}
		if e.Kind == 0 {
			return fmt.Errorf("entries line %d: unknown kind %q", line, f[0])
		}
		e.Lat, _ = strconv.ParseFloat(f[7], 64)
		e.Lon, _ = strconv.ParseFloat(f[8], 64)
		e.Population, _ = strconv.Atoi(f[9])
		e.GeonameID, _ = strconv.Atoi(f[10])
		if f[3] != "" {
			cs := strings.Split(f[3], "|")
			e.Codes = make([]DatedCode, 0, len(cs))
			for _, c := range cs {
				p := strings.SplitN(c, ":", 4)
				if len(p) != 4 {
					return fmt.Errorf("entries line %d: bad code %q", line, c)
				}
				e.Codes = append(e.Codes, DatedCode{Code: p[0], From: p[1], To: p[2], Role: p[3]})
			}
		}
		ps := strings.Split(f[15], "|")
		e.Keys = make([]string, 0, len(ps))
		for i, p := range ps {
			a := strings.IndexByte(p, '.')
			b := strings.IndexByte(p[a+1:], '.') + a + 1
			if a < 0 || b <= a {
				return fmt.Errorf("entries line %d: bad phrase %q", line, p)
			}
			capm, err1 := strconv.ParseUint(p[:a], 16, 32)
			allm, err2 := strconv.ParseUint(p[a+1:b], 16, 32)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("entries line %d: bad masks in %q", line, p)
			}
			k := p[b+1:]
			if i == 0 {
				e.NeedsCap = capm|allm != 0
			}
			e.Keys = append(e.Keys, k)
			l.insert(k, payload{e: e, capm: uint32(capm), allm: uint32(allm)})
		}
		l.entries = append(l.entries, e)
		if e.Kind == Country {
			if _, ok := l.country[e.Country]; !ok {
				l.country[e.Country] = e
			}
		}
	}
	return nil
}

// insert adds one phrase (normalised tokens joined by single spaces).
func (l *Lexicon) insert(k string, p payload) {
	node := uint32(0)
	for k != "" {
		var tok string
		if i := strings.IndexByte(k, ' '); i >= 0 {
			tok, k = k[:i], k[i+1:]
		} else {
			tok, k = k, ""
		}
		id, ok := l.vocab[tok]
		if !ok {
			id = uint32(len(l.vocab) + 1)
			l.vocab[l.intern(tok)] = id
			l.root = append(l.root, 0)
		}
		child := l.child(node, id)
		if child == 0 {
			child = l.nodes
			l.nodes++
			if node == 0 {
				l.root[id] = child
			} else {
				l.edges.put(node, id, child)
			}
		}
		node = child
	}
	// The generator gives each entry a key once, so no duplicate check.
	l.staged = append(l.staged, staged{node, p})
}

// intern returns a copy of a new vocabulary token in l.words, so that the
// vocabulary's keys lie together in memory rather than across the whole
// data file, and comparing a key costs fewer cache misses.
func (l *Lexicon) intern(tok string) string {
	start := l.words.Len()
	l.words.WriteString(tok)
	return l.words.String()[start:]
}

// child returns the child of node by token id, or 0 if it has none.
func (l *Lexicon) child(node, id uint32) uint32 {
	if node == 0 {
		return l.root[id]
	}
	return l.edges.get(node, id)
}

// edgeTable maps the trie's edges below the root, (node, token id), to the
// child node: an open-addressing hash table with linear probing, which
// costs about one cache miss a lookup and no hashing of the key bytes.
type edgeTable struct {
	keys  []uint64 // node<<32 | id; 0 marks an empty slot (nodes start at 1)
	vals  []uint32
	n     int  // edges in the table
	shift uint // 64 - log2(len(keys))
}

// init empties the table and sizes it for about n/2 edges.
func (t *edgeTable) init(n int) {
	size, bits := 1, uint(0)
	for size < n {
		size <<= 1
		bits++
	}
	t.keys = make([]uint64, size)
	t.vals = make([]uint32, size)
	t.n = 0
	t.shift = 64 - bits
}

// slot returns the first slot to probe for key k.
func (t *edgeTable) slot(k uint64) int {
	return int(k * 0x9E3779B97F4A7C15 >> t.shift)
}

// get returns the child of node by token id, or 0.
func (t *edgeTable) get(node, id uint32) uint32 {
	k := uint64(node)<<32 | uint64(id)
	mask := len(t.keys) - 1
	for p := t.slot(k); ; p = (p + 1) & mask {
		switch t.keys[p] {
		case k:
			return t.vals[p]
		case 0:
			return 0
		}
	}
}

// put adds the edge (node, id) → child, which must not be in the table,
// doubling the table when it gets half full.
func (t *edgeTable) put(node, id, child uint32) {
	if 2*(t.n+1) > len(t.keys) {
		keys, vals := t.keys, t.vals
		t.init(2 * len(keys))
		for p, k := range keys {
			if k != 0 {
				t.put(uint32(k>>32), uint32(k), vals[p])
			}
		}
	}
	k := uint64(node)<<32 | uint64(id)
	mask := len(t.keys) - 1
	p := t.slot(k)
	for t.keys[p] != 0 {
		p = (p + 1) & mask
	}
	t.keys[p], t.vals[p] = k, child
	t.n++
}

// Match is a run of tokens [First, Last) that names the Entries. Entries is
// shared with the lexicon and must not be modified.
type Match struct {
	First, Last int
	Entries     []*Entry
	// Common is true when every word of the match is common lower-case
	// English ("March", "May", "West", "Union"): the capitals made it match,
	// but the entity layer should want more evidence (not sentence-initial,
	// a title or a comma-qualifier nearby) before believing it.
	Common bool
}

// Match scans toks leftmost-longest and calls yield for every match, in text
// order, until yield returns false. At each position the longest phrase
// whose capitalisation the text satisfies wins; the scan then continues
// after it. Tokens are compared by Norm (Normalize(Text) when Norm is
// empty).
func (l *Lexicon) Match(toks []model.Token, yield func(Match) bool) {
	for i := 0; i < len(toks); {
		last, ents := l.longest(toks, i)
		if last > i {
			if !yield(Match{First: i, Last: last, Entries: ents, Common: l.allCommon(toks[i:last])}) {
				return
			}
			i = last
			continue
		}
		i++
	}
}

// longest returns the end of the longest phrase starting at toks[i] and its
// entries, or i when none matches.
func (l *Lexicon) longest(toks []model.Token, i int) (int, []*Entry) {
	best, bestEnts := i, []*Entry(nil)
	node := uint32(0)
	for j := i; j < len(toks); j++ {
		norm := toks[j].Norm
		if norm == "" {
			norm = text.Normalize(toks[j].Text)
		}
		id, ok := l.vocab[norm]
		if !ok {
			break
		}
		if node = l.child(node, id); node == 0 {
			break
		}
		if ps, all := l.payloads(node); len(ps) > 0 {
			if ents := filter(ps, all, toks[i:j+1]); len(ents) > 0 {
				best, bestEnts = j+1, ents
			}
		}
	}
	return best, bestEnts
}

// filter keeps the entries whose capitalisation the tokens satisfy. It
// returns the node's shared slice when all of them do.
func filter(ps []payload, all []*Entry, toks []model.Token) []*Entry {
	okAll := true
	for _, p := range ps {
		if !capsOK(p, toks) {
			okAll = false
			break
		}
	}
	if okAll {
		return all
	}
	var out []*Entry
	for _, p := range ps {
		if capsOK(p, toks) {
			out = append(out, p.e)
		}
	}
	return out
}

func capsOK(p payload, toks []model.Token) bool {
	if p.capm|p.allm == 0 {
		return true
	}
	for i := range toks {
		if i >= 32 {
			break
		}
		bit := uint32(1) << i
		switch {
		case p.allm&bit != 0:
			if !allCaps(toks[i].Text) {
				return false
			}
		case p.capm&bit != 0:
			r, _ := utf8.DecodeRuneInString(toks[i].Text)
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// allCaps reports whether s has at least one letter and no lower-case one.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// allCommon reports whether every token with a letter is a common word.
func (l *Lexicon) allCommon(toks []model.Token) bool {
	for i := range toks {
		n := toks[i].Norm
		if n == "" {
			n = text.Normalize(toks[i].Text)
		}
		if _, ok := l.common[n]; ok {
			continue
		}
		if strings.IndexFunc(n, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// Lookup returns the entries of a phrase, compared after Split and
// Normalize and regardless of capitalisation, or nil. The slice is shared
// and must not be modified.
func (l *Lexicon) Lookup(phrase string) []*Entry {
	node := uint32(0)
	toks := text.Split(phrase)
	if len(toks) == 0 {
		return nil
	}
	for _, t := range toks {
		id, ok := l.vocab[text.Normalize(t)]
		if !ok {
			return nil
		}
		if node = l.child(node, id); node == 0 {
			return nil
		}
	}
	_, all := l.payloads(node)
	if len(all) == 0 {
		return nil
	}
	return all
}

// Country returns the country entry of an ISO-3 (or CAMEO country) code, or
// nil.
func (l *Lexicon) Country(iso3 string) *Entry { return l.country[iso3] }

// Common reports whether a normalised word is common lower-case English
// (the list the capitalisation rule uses).
func (l *Lexicon) Common(norm string) bool {
	_, ok := l.common[norm]
	return ok
}

// Entries returns every entry, countries first. The slice is shared and
// must not be modified.
func (l *Lexicon) Entries() []*Entry { return l.entries }
