package event

import (
	"slices"
	"strings"

	"eventgraph/internal/model"
)

// chunkEnd returns the end of the noun-phrase chunk that starts at i: the
// words up to the next preposition, punctuation, subordinator or verb.
func (r *runner) chunkEnd(st *sent, i, lim int) int {
	j := i
	for ; j < lim; j++ {
		t := r.tok(j)
		n := t.Norm
		if n == "'s" || n == "’s" {
			continue
		}
		if t.Kind == model.TokQuote && r.innerQuote(j) {
			continue
		}
		if t.Kind == model.TokPunct || t.Kind == model.TokQuote || prepositions[n] && j > i ||
			subordinators[n] && j > i || n == "and" || n == "or" || n == "but" {
			break
		}
		if j > i && st.isVrb[j-st.s.First] {
			break
		}
	}
	return j
}

// matchSlots reports whether the noun-phrase slots match inside [a, b): the
// head (last slot) on a word, the modifiers on words before it in order. It
// returns the head's token.
func (r *runner) matchSlots(slots []slot, a, b int) (int, bool) {
	if len(slots) == 0 {
		return a, true
	}
	head := slots[len(slots)-1]
	for h := b - 1; h >= a; h-- {
		if !slotHas(head, r.norm(h)) {
			continue
		}
		pos := h
		ok := true
		for k := len(slots) - 2; k >= 0 && ok; k-- {
			ok = false
			for j := pos - 1; j >= a; j-- {
				if slotHas(slots[k], r.norm(j)) {
					pos, ok = j, true
					break
				}
			}
		}
		if ok {
			return h, true
		}
	}
	return 0, false
}

func slotHas(s slot, tok string) bool {
	for _, w := range s {
		if nounIs(tok, w) {
			return true
		}
	}
	return false
}

// match holds what a pattern matched: its code, the token of a prepositional
// target ("meet (with)") and the head nouns it used.
type match struct {
	code   string
	weight int
	prep   string // the preposition of the pattern's first PP, "" if none
	heads  [4]int
	nheads int
}

// matchPatterns tries the verb's block patterns and returns the most
// specific one that matches (the first of equals), or ok=false. Only the
// patterns the block's indexes offer for the words after the verb are tried.
func (r *runner) matchPatterns(st *sent, v *verb, lim int) (match, bool) {
	b := &r.dict.blocks[v.sense.block]
	cands := r.cands[:0]
	cands = append(cands, b.rest...)
	start := r.asComplementEnd(v.end, lim) // "rejected as “absurd” the claim"
	ce := r.chunkEnd(st, start, lim)
	for j := start; j < ce; j++ {
		n := r.norm(j)
		cands = append(cands, b.byNoun[n]...)
		for _, alt := range nounVariants(n, &r.variants) {
			cands = append(cands, b.byNoun[alt]...)
		}
	}
	for j := start; j < lim && j < start+10; j++ {
		cands = append(cands, b.byPrep[r.norm(j)]...)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	r.cands = cands
	best := match{weight: -1}
	for _, pi := range cands {
		p := &b.patterns[pi]
		if p.weight <= best.weight {
			continue
		}
		var m match
		if !r.matchPost(st, p.post, start, lim, &m) || !r.matchPre(st, p.pre, v.at, &m) {
			continue
		}
		m.code, m.weight = p.code, p.weight
		best = m
	}
	return best, best.weight >= 0
}

// nounVariants returns the forms a pattern word may take for token n to
// match it (see nounIs): its singulars and plurals.
func nounVariants(n string, buf *[6]string) []string {
	out := buf[:0]
	if k := len(n); k > 3 {
		if n[k-1] == 's' {
			out = append(out, n[:k-1])
			if n[k-2] == 'e' {
				out = append(out, n[:k-2])
			}
			if strings.HasSuffix(n, "ies") {
				out = append(out, n[:k-3]+"y")
			}
		}
	}
	out = append(out, n+"s", n+"es")
	return out
}

func (m *match) addHead(h int) {
	if m.nheads < len(m.heads) {
		m.heads[m.nheads] = h
		m.nheads++
	}
}

func (r *runner) matchPost(st *sent, els []elem, pos, lim int, m *match) bool {
	for _, e := range els {
		switch {
		case e.skip:
			pos = r.chunkEnd(st, pos, lim)
		case e.prep != "":
			k := -1
			for j := pos; j < lim && j < pos+10; j++ {
				if r.norm(j) == e.prep {
					k = j
					break
				}
				if n := r.norm(j); j > pos && (subordinators[n] && n != "as" || r.tok(j).Kind == model.TokQuote) {
					break
				}
			}
			// a bare preposition tests the verb's immediate complement:
			// "meet (at)" must not fire on "meet with X at Y".
			if k < 0 || len(e.slots) == 0 && k != pos {
				return false
			}
			if m.prep == "" {
				m.prep = e.prep
			}
			pos = k + 1
			if len(e.slots) > 0 {
				ce := r.chunkEnd(st, pos, lim)
				h, ok := r.matchSlots(e.slots, pos, ce)
				if !ok {
					return false
				}
				m.addHead(h)
				pos = ce
			}
		default:
			ce := r.chunkEnd(st, pos, lim)
			h, ok := r.matchSlots(e.slots, pos, ce)
			if !ok {
				return false
			}
			m.addHead(h)
			pos = ce
		}
	}
	return true
}

// matchPre matches the pattern's subject-side nouns in the chunk before the
// verb group.
func (r *runner) matchPre(st *sent, els []elem, at int, m *match) bool {
	if len(els) == 0 {
		return true
	}
	lo := st.segs[st.segAt(at)].start
	j := at - 1
	for j >= lo && (modals[r.norm(j)] || beForms[r.norm(j)] || haveForms[r.norm(j)] || groupAdverbs[r.norm(j)] || negations[r.norm(j)]) {
		j--
	}
	a := j
	for a >= lo {
		t := r.tok(a)
		if t.Kind == model.TokPunct || prepositions[t.Norm] {
			break
		}
		a--
	}
	for _, e := range els {
		if e.skip || e.prep != "" {
			return false
		}
		h, ok := r.matchSlots(e.slots, a+1, j+1)
		if !ok {
			return false
		}
		m.addHead(h)
	}
	return true
}
