package tagger

// Position of a state inside a name. BIO uses posB and posI; BILOU adds posL
// (last token) and posU (a one-token name). Ratinov & Roth (2009,
// https://aclanthology.org/W09-1119/) found BILOU states better than BIO for
// NER, so the model decodes over BILOU and reports BIO labels.
const (
	posO = iota
	posB
	posI
	posL
	posU
)

// Scheme kinds as stored in the model file.
const (
	schemeBIO   uint8 = 1
	schemeBILOU uint8 = 2
)

// scheme maps between BIO labels and the decoder's states and says which
// state sequences are well-formed.
type scheme struct {
	kind uint8
	n    int
	typ  []uint8 // entity type index per state, 0 for O
	pos  []uint8
	// allowed[p*n+c] says whether state c may follow state p.
	allowed    []bool
	start, end []bool
}

func newScheme(kind uint8) *scheme {
	sc := &scheme{kind: kind}
	sc.typ = append(sc.typ, 0)
	sc.pos = append(sc.pos, posO)
	positions := []uint8{posB, posI}
	if kind == schemeBILOU {
		positions = []uint8{posB, posI, posL, posU}
	}
	for t := 1; t < len(typeNames); t++ {
		for _, p := range positions {
			sc.typ = append(sc.typ, uint8(t))
			sc.pos = append(sc.pos, p)
		}
	}
	sc.n = len(sc.typ)
	sc.allowed = make([]bool, sc.n*sc.n)
	sc.start = make([]bool, sc.n)
	sc.end = make([]bool, sc.n)
	for c := 0; c < sc.n; c++ {
		inside := sc.pos[c] == posI || sc.pos[c] == posL
		sc.start[c] = !inside
		sc.end[c] = kind == schemeBIO || !(sc.pos[c] == posB || sc.pos[c] == posI)
		for p := 0; p < sc.n; p++ {
			open := sc.pos[p] == posB || sc.pos[p] == posI // p expects a continuation
			var ok bool
			switch {
			case kind == schemeBIO && inside:
				ok = open && sc.typ[p] == sc.typ[c]
			case kind == schemeBIO:
				ok = true
			case inside:
				ok = open && sc.typ[p] == sc.typ[c]
			default:
				ok = !open
			}
			sc.allowed[p*sc.n+c] = ok
		}
	}
	return sc
}

// state returns the state for entity type t (1..4) at position p.
func (sc *scheme) state(t int, p uint8) uint8 {
	if t == 0 {
		return 0
	}
	if sc.kind == schemeBIO {
		if p == posB || p == posU {
			return uint8(1 + (t-1)*2)
		}
		return uint8(2 + (t-1)*2)
	}
	return uint8(1 + (t-1)*4 + int(p-posB))
}

// encode turns BIO labels into states.
func (sc *scheme) encode(labels []Label, out []uint8) []uint8 {
	out = out[:0]
	for range labels {
		out = append(out, 0)
	}
	for _, s := range Spans(labels) {
		t := labels[s.First].typeIndex()
		if s.First == s.Last {
			out[s.First] = sc.state(t, posU)
			continue
		}
		out[s.First] = sc.state(t, posB)
		for i := s.First + 1; i < s.Last; i++ {
			out[i] = sc.state(t, posI)
		}
		out[s.Last] = sc.state(t, posL)
	}
	return out
}

// decode turns states into BIO labels.
func (sc *scheme) decode(states []uint8, out []Label) []Label {
	out = out[:0]
	for _, s := range states {
		t := int(sc.typ[s])
		if t == 0 {
			out = append(out, O)
			continue
		}
		out = append(out, MakeLabel(typeNames[t], sc.pos[s] == posB || sc.pos[s] == posU))
	}
	return out
}
