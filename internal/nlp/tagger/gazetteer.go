package tagger

// Gazetteer classes: the bits a Gazetteer returns for a name.
const (
	ClassPerson    uint32 = 1 << iota // a full person name
	ClassOrg                          // an organisation name
	ClassLocation                     // a place name
	ClassMisc                         // another name: event, nationality, work …
	ClassFirstName                    // a word that begins person names
	ClassLastName                     // a word that ends person names
	ClassDemonym                      // "German", "Iraqi"
	ClassTitle                        // a title before a name: "president", "mr"
	ClassCommon                       // a word usually written in lower case
	// ClassPrefix marks a phrase that begins a longer entry, so that the
	// tagger looks at one more word.
	ClassPrefix uint32 = 1 << 31
)

// nClassBits is the number of class bits, ClassPrefix aside.
const nClassBits = 9

// nameClasses are the classes that name a whole span; the tagger marks the
// tokens of a matched span with their position in it.
const nameClasses = 4

// maxPhrase is the longest phrase, in tokens, looked up in a lexicon.
const maxPhrase = 6

// Gazetteer says which lexicon classes a name belongs to. Lookup gets the
// normalised form (lower case, words joined by one space) of one token or
// of a phrase of up to six tokens and returns the union of its classes, or 0
// when it knows no such name. Lookup must not keep norm, must be safe for
// concurrent use and must not panic. To be asked about multi-word phrases an
// implementation sets ClassPrefix on every proper prefix of its entries.
type Gazetteer interface {
	Lookup(norm string) uint32
}

// hashLexicon is a lexicon keyed by the hash of the normalised phrase, so
// the tagger can look phrases up without building strings.
type hashLexicon interface {
	lookupHash(h uint64) uint32
}

// nameTable is the lexicon learnt from the training data. It keeps hashes
// only, never the names themselves.
type nameTable struct {
	m map[uint64]uint32
}

// Lookup implements Gazetteer.
func (t *nameTable) Lookup(norm string) uint32 {
	h := uint64(fnvOffset)
	for i := 0; i < len(norm); i++ {
		h = (h ^ uint64(norm[i])) * fnvPrime
	}
	return t.lookupHash(h)
}

func (t *nameTable) lookupHash(h uint64) uint32 {
	if t == nil {
		return 0
	}
	return t.m[h]
}

// nameCounts counts, per phrase hash, how often each class was seen, over all
// documents and per document, so that training can look names up as if the
// current document had not been seen (leave one document out). Otherwise
// every training name would be in the lexicon and the model would trust it
// too much.
type nameCounts struct {
	total  map[uint64]*[nClassBits]uint16
	prefix map[uint64]bool
	docs   map[string]map[uint64]*[nClassBits]uint16
}

func newNameCounts() *nameCounts {
	return &nameCounts{
		total:  make(map[uint64]*[nClassBits]uint16),
		prefix: make(map[uint64]bool),
		docs:   make(map[string]map[uint64]*[nClassBits]uint16),
	}
}

func (nc *nameCounts) add(doc string, h uint64, class uint32) {
	bump := func(m map[uint64]*[nClassBits]uint16) {
		c := m[h]
		if c == nil {
			c = new([nClassBits]uint16)
			m[h] = c
		}
		for b := 0; b < nClassBits; b++ {
			if class&(1<<b) != 0 && c[b] < 1<<15 {
				c[b]++
			}
		}
	}
	bump(nc.total)
	d := nc.docs[doc]
	if d == nil {
		d = make(map[uint64]*[nClassBits]uint16)
		nc.docs[doc] = d
	}
	bump(d)
}

// addSentence records the names in one labelled sentence.
func (nc *nameCounts) addSentence(s *Sentence, lower []byte, off []int32) {
	for _, sp := range Spans(s.Labels) {
		var class uint32
		switch sp.Type {
		case "PER":
			class = ClassPerson
		case "ORG":
			class = ClassOrg
		case "LOC":
			class = ClassLocation
		default:
			class = ClassMisc
		}
		h := uint64(fnvOffset)
		for i := sp.First; i <= sp.Last && i-sp.First < maxPhrase; i++ {
			if i > sp.First {
				nc.prefix[h] = true
				h = (h ^ ' ') * fnvPrime
			}
			h = hashBytes(h, lower[off[i]:off[i+1]])
		}
		nc.add(s.Doc, h, class)
		if class == ClassPerson && sp.Last > sp.First {
			nc.add(s.Doc, hashBytes(fnvOffset, lower[off[sp.First]:off[sp.First+1]]), ClassFirstName)
			nc.add(s.Doc, hashBytes(fnvOffset, lower[off[sp.Last]:off[sp.Last+1]]), ClassLastName)
		}
	}
}

// addCommon records the words of a sentence written in lower case away
// from its start.
func (nc *nameCounts) addCommon(s *Sentence, info []tokInfo) {
	for i := 1; i < len(info); i++ {
		if info[i].cls == clsLower {
			nc.add(s.Doc, info[i].w, ClassCommon)
		}
	}
}

// table returns the lexicon of every name seen at least min times.
func (nc *nameCounts) table(min int) *nameTable {
	t := &nameTable{m: make(map[uint64]uint32, len(nc.total))}
	for h, c := range nc.total {
		var bits uint32
		for b := 0; b < nClassBits; b++ {
			if int(c[b]) >= min {
				bits |= 1 << b
			}
		}
		if bits != 0 {
			t.m[h] |= bits
		}
	}
	for h := range nc.prefix {
		t.m[h] |= ClassPrefix
	}
	return t
}

// without returns the lexicon as it would be without document doc.
func (nc *nameCounts) without(doc string) hashLexicon {
	return &lodoLexicon{nc: nc, doc: nc.docs[doc]}
}

type lodoLexicon struct {
	nc  *nameCounts
	doc map[uint64]*[nClassBits]uint16
}

func (l *lodoLexicon) lookupHash(h uint64) uint32 {
	var bits uint32
	if l.nc.prefix[h] {
		bits = ClassPrefix
	}
	c := l.nc.total[h]
	if c == nil {
		return bits
	}
	d := l.doc[h]
	for b := 0; b < nClassBits; b++ {
		n := c[b]
		if d != nil {
			n -= d[b]
		}
		if n > 0 {
			bits |= 1 << b
		}
	}
	return bits
}
