package lexicon

import (
	"slices"
	"strings"
)

// peopleIndex finds people by surname and by spelling variants, for the
// entity layer's coreference ("Raissi" ~ "Raisi").
type peopleIndex struct {
	surname map[string][]*Entry // last token of each person key, and one-token keys
	keys    map[string][]*Entry // full keys and surnames, for Fuzzy
	byLen   [][]string          // keys of keys by byte length
	// deletes maps each key of five bytes or more, and each form of it with
	// one byte deleted, to the keys: two strings one edit apart share an
	// entry (the symmetric-delete method), so Fuzzy with one edit needs a
	// few map lookups instead of a scan of every name.
	deletes map[string][]string
}

func (l *Lexicon) peopleIdx() *peopleIndex {
	l.peopleOnce.Do(func() {
		// Size the maps for the people's keys up front: growing them
		// rehashes every name again.
		n := 0
		for _, e := range l.entries {
			if e.Kind == Person {
				n += len(e.Keys)
			}
		}
		p := &peopleIndex{surname: make(map[string][]*Entry, n/2), keys: make(map[string][]*Entry, n)}
		add := func(m map[string][]*Entry, k string, e *Entry) {
			if es := m[k]; !slices.Contains(es, e) {
				m[k] = append(es, e)
			}
		}
		for _, e := range l.entries {
			if e.Kind != Person {
				continue
			}
			for _, k := range e.Keys {
				sn := k
				if i := strings.LastIndexByte(k, ' '); i >= 0 {
					sn = k[i+1:]
				}
				if strings.IndexFunc(sn, func(r rune) bool { return r >= 'a' && r <= 'z' || r > 127 }) < 0 {
					continue
				}
				add(p.surname, sn, e)
				add(p.keys, sn, e)
				add(p.keys, k, e)
			}
		}
		nd := 0
		for k := range p.keys {
			for len(p.byLen) <= len(k) {
				p.byLen = append(p.byLen, nil)
			}
			p.byLen[len(k)] = append(p.byLen[len(k)], k)
			if indexDeletions(k) {
				nd += len(k) + 1
			}
		}
		for _, ks := range p.byLen {
			slices.Sort(ks)
		}
		p.deletes = make(map[string][]string, nd)
		var buf []byte
		for k := range p.keys {
			if !indexDeletions(k) {
				continue
			}
			// k itself, then k with byte i deleted; the lookup of an
			// existing form does not allocate it.
			for i := -1; i < len(k); i++ {
				buf = append(buf[:0], k...)
				if i >= 0 {
					buf = append(buf[:i], k[i+1:]...)
				}
				if ks, ok := p.deletes[string(buf)]; !ok {
					p.deletes[string(buf)] = []string{k}
				} else if !slices.Contains(ks, k) {
					p.deletes[string(buf)] = append(ks, k)
				}
			}
		}
		l.people = p
	})
	return l.people
}

// indexDeletions reports whether key k goes into the deletions index: Fuzzy
// with one edit is asked about single words (surnames and one-word names)
// of five bytes or more, so only those are indexed.
func indexDeletions(k string) bool {
	return len(k) >= 5 && strings.IndexByte(k, ' ') < 0
}

// Surname returns the people one of whose names ends in the normalised
// token norm ("putin" → Vladimir Putin), or is that token. The slice is
// shared and must not be modified.
func (l *Lexicon) Surname(norm string) []*Entry {
	return l.peopleIdx().surname[norm]
}

// Fuzzy returns the people with a name or surname within maxEdits edits
// (Levenshtein, on bytes of the normalised form) of norm, nearest first.
// norm must be at least five bytes long: shorter names give too many false
// friends, and Fuzzy returns nil for them.
func (l *Lexicon) Fuzzy(norm string, maxEdits int) []*Entry {
	if len(norm) < 5 || maxEdits < 0 {
		return nil
	}
	p := l.peopleIdx()
	type hit struct {
		d int
		k string
	}
	var hits []hit
	if maxEdits <= 1 && strings.IndexByte(norm, ' ') < 0 {
		seen := map[string]bool{}
		for _, v := range deletions(norm) {
			for _, k := range p.deletes[v] {
				if seen[k] {
					continue
				}
				seen[k] = true
				if d := editDistance(norm, k, maxEdits); d <= maxEdits {
					hits = append(hits, hit{d, k})
				}
			}
		}
		slices.SortStableFunc(hits, func(a, b hit) int {
			if a.d != b.d {
				return a.d - b.d
			}
			return strings.Compare(a.k, b.k)
		})
	}
	for n := max(5, len(norm)-maxEdits); (maxEdits > 1 || strings.IndexByte(norm, ' ') >= 0) && n <= len(norm)+maxEdits && n < len(p.byLen); n++ {
		for _, k := range p.byLen[n] {
			if d := editDistance(norm, k, maxEdits); d <= maxEdits {
				hits = append(hits, hit{d, k})
			}
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.d - b.d })
	var out []*Entry
	for _, h := range hits {
		for _, e := range p.keys[h.k] {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// deletions returns s and every string made from s by deleting one byte.
func deletions(s string) []string {
	out := make([]string, 0, len(s)+1)
	out = append(out, s)
	for i := range len(s) {
		out = append(out, s[:i]+s[i+1:])
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, or max+1 once it
// must exceed max.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
