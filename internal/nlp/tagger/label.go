package tagger

// Label is a BIO entity tag for one token.
type Label uint8

// Labels. B marks the first token of a name, I a following one.
const (
	O Label = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	BMisc
	IMisc
	numLabels
)

// Entity types, in the order of the labels.
var typeNames = [...]string{"", "PER", "ORG", "LOC", "MISC"}

var labelNames = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// String returns the label as CoNLL writes it: "O", "B-PER", "I-LOC" …
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return "O"
}

// Type returns the label's entity type ("PER", "ORG", "LOC", "MISC"), or ""
// for O.
func (l Label) Type() string { return typeNames[l.typeIndex()] }

// typeIndex returns 0 for O and 1..4 for PER, ORG, LOC, MISC.
func (l Label) typeIndex() int {
	if l == O || l >= numLabels {
		return 0
	}
	return int(l+1) / 2
}

// IsBegin reports whether the label starts a name.
func (l Label) IsBegin() bool { return l != O && l < numLabels && l%2 == 1 }

// ParseLabel returns the label for a BIO tag such as "B-PER"; unknown tags
// and types give O.
func ParseLabel(tag string) Label {
	for i, n := range labelNames {
		if n == tag {
			return Label(i)
		}
	}
	return O
}

// MakeLabel returns the label for an entity type ("PER" …) at the beginning
// of a name or inside it; an unknown type gives O.
func MakeLabel(typ string, begin bool) Label {
	for i := 1; i < len(typeNames); i++ {
		if typeNames[i] == typ {
			if begin {
				return Label(2*i - 1)
			}
			return Label(2 * i)
		}
	}
	return O
}

// Span is a name found by the tagger: tokens First..Last inclusive.
type Span struct {
	First, Last int
	Type        string
}

// Spans returns the names in a label sequence. A name starts at every B
// label, at an I label after O and at every change of type, as in the
// CoNLL evaluation script.
func Spans(labels []Label) []Span {
	var out []Span
	for i := 0; i < len(labels); i++ {
		t := labels[i].typeIndex()
		if t == 0 {
			continue
		}
		j := i
		for j+1 < len(labels) && labels[j+1].typeIndex() == t && !labels[j+1].IsBegin() {
			j++
		}
		out = append(out, Span{First: i, Last: j, Type: typeNames[t]})
		i = j
	}
	return out
}
