package quote

import "eventgraph/internal/model"

// Words inside the adjuncts that stand between a cue and its content ("said
// in a statement on Tuesday", "told reporters at a news conference").
var (
	adjunctPreps = set("on", "in", "at", "during", "after", "before", "via", "through", "over", "from",
		"with", "to", "of", "about", "under", "outside", "inside", "following", "amid", "ahead", "late",
		"early", "when", "while")
	adjunctAdverbs = set("yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "again", "also", "repeatedly", "publicly", "privately",
		"separately", "recently", "previously", "then", "afterwards", "later", "earlier", "once",
		"flatly", "firmly", "emphatically", "bluntly", "openly", "shortly", "soon", "twice", "herself",
		"himself", "themselves", "itself", "now", "further", "too", "still", "first", "this", "last",
		"next", "late", "early")
	adjunctNouns = set("statement", "statements", "interview", "interviews", "conference", "press",
		"briefing", "news", "speech", "post", "posts", "tweet", "tweets", "letter", "video", "email",
		"radio", "television", "tv", "broadcast", "rally", "meeting", "hearing", "remarks", "event",
		"call", "phone", "release", "message", "report", "appearance", "editorial", "program",
		"programme", "show", "week", "month", "year", "night", "morning", "afternoon", "evening",
		"weekend", "day", "time", "twitter", "facebook", "instagram", "website", "blog", "note",
		"filing", "court", "documents", "podium", "stage", "campaign", "trail", "visit", "trip",
		"session", "forum", "debate", "address", "joint", "written", "televised", "recent", "separate",
		"brief", "short", "lengthy", "exclusive", "local", "live", "national", "weekly", "daily",
		"media", "newspaper", "paper", "op-ed", "column", "book", "memoir", "testimony", "sunday",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "reporters", "journalists",
		"later", "earlier", "state", "ago", "days", "weeks", "months", "years", "hours", "minutes",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "telephone", "online", "social", "emailed", "prepared",
		"interview", "podcast", "show", "summit", "gathering", "dinner", "luncheon", "fundraiser")
	objectWords = set("him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers",
		"supporters", "voters", "colleagues", "listeners", "viewers", "readers", "audiences",
		"members", "officials", "investigators", "prosecutors", "police", "congress", "parliament",
		"delegates", "donors", "students", "workers", "guests", "crowds", "everyone", "people")
	beForms = set("is", "was", "were", "are", "be", "been", "being", "'s")
)

// findIndirect finds reported speech outside the direct quotes: every
// reporting verb with a speaker and a reported clause, in one pass over the
// tokens.
func (a *analyzer) findIndirect() {
	for _, s := range a.d.Sentences {
		if s.First >= 0 && s.Last <= len(a.toks) && s.First < s.Last {
			a.colonCue(s.First, a.trimEnd(s.First, s.Last))
		}
	}
	for i := 0; i < len(a.toks); i++ {
		if a.quoted[i] || a.used[i] {
			continue
		}
		info, ce, ok := a.cueAt(i)
		if !ok {
			continue
		}
		lo, hi := a.sentBounds(i)
		hi = a.trimEnd(lo, hi)
		if ce > hi {
			continue
		}
		switch {
		case info.class == cueAccording:
			a.according(i, ce, lo, hi)
		default:
			a.reported(i, ce, info, lo, hi)
		}
		i = ce - 1
	}
}

// colonLabels are words before a colon that label a line rather than name
// a source: "Update: …", "Photo: …".
var colonLabels = set("update", "updated", "note", "editor", "editors", "photo", "photos", "source",
	"sources", "correction", "related", "watch", "read", "video", "image", "caption", "credit", "credits",
	"listen", "see", "also", "more", "disclosure", "warning", "breaking", "exclusive", "opinion",
	"analysis", "live", "recap", "transcript", "question", "answer", "q", "a", "example", "bottom", "line")

// colonCue handles a sentence that opens with a short source and a colon,
// the headline and transcript form of attribution: "Pence: Trump Was
// Mocking Clinton", "WALLACE: But, Governor, …".
func (a *analyzer) colonCue(lo, hi int) {
	for k := lo + 1; k < hi && k <= lo+4; k++ {
		t := &a.toks[k]
		if t.Text != ":" {
			if t.Kind != model.TokWord && t.Text != "'s" {
				return
			}
			continue
		}
		if a.quoted[k] || a.used[k] || colonLabels[a.toks[k-1].Norm] || colonLabels[a.toks[lo].Norm] {
			return
		}
		if !a.toks[lo].Is(model.FlagCap) || a.npBefore(k, lo) != lo {
			return
		}
		if k+1 < hi && a.toks[k+1].Kind == model.TokQuote {
			return // a direct quote: the direct pass has it
		}
		words := 0
		for j := k + 1; j < hi && words < 3; j++ {
			if a.toks[j].Kind == model.TokWord {
				words++
			}
		}
		if words < 3 {
			return
		}
		a.addIndirect(k+1, hi, span{k, k + 1}, span{lo, k}, cueInfo{class: cueSay})
		return
	}
}

// trimEnd drops the sentence's final punctuation and marks.
func (a *analyzer) trimEnd(lo, hi int) int {
	for hi > lo {
		t := &a.toks[hi-1]
		if t.Kind == model.TokQuote || (t.Kind == model.TokPunct && t.Text != "%") {
			hi--
			continue
		}
		break
	}
	return hi
}

// addIndirect records an indirect quote with content [first, last).
func (a *analyzer) addIndirect(first, last int, cue, speaker span, info cueInfo) *draft {
	for first < last && (a.toks[first].Kind == model.TokPunct || a.toks[first].Kind == model.TokQuote) {
		first++
	}
	for last > first && (a.toks[last-1].Kind == model.TokPunct || a.toks[last-1].Kind == model.TokQuote) {
		last--
	}
	if last-first < 2 {
		return nil
	}
	n := 0
	for j := first; j < last; j++ {
		if a.quoted[j] {
			n++
		}
	}
	if 2*n > last-first {
		return nil // a direct quote carries it
	}
	q := &draft{kind: model.QuoteIndirect, first: first, last: last, open: -1, close: -1, group: -1,
		head: -1, para: a.paraOf(first), cue: cue, claim: info.class != cueDeny}
	if !speaker.empty() {
		head := speaker.b - 1
		a.setSpeaker(q, speaker, head)
	}
	a.drafts = append(a.drafts, q)
	return q
}

// according handles "according to X, C" and "C, according to X".
func (a *analyzer) according(c, ce, lo, hi int) {
	e := a.npAfter(ce, hi)
	if e == ce {
		return
	}
	sp, cue := span{ce, e}, span{c, ce}
	info := cueInfo{class: cueAccording}
	switch {
	case e < hi && a.toks[e].Text == ",":
		if c > lo && a.toks[c-1].Text == "," {
			a.addIndirect(lo, c-1, cue, sp, info) // "C, according to X, C2" keeps C
			return
		}
		a.addIndirect(e+1, hi, cue, sp, info)
	case c > lo && (a.toks[c-1].Text == "," || a.toks[c-1].Text == "—"):
		// "C, according to a poll released last week": whatever follows
		// belongs to the source.
		a.addIndirect(lo, c-1, cue, sp, info)
	}
}

// clauseJoin are the words after a comma that end the clause of a
// sentence-final cue: "C, X said Friday, as they …".
var clauseJoin = set("as", "and", "but", "while", "because", "when", "after", "before", "though",
	"although", "which", "who", "where", "since", "so", "adding", "saying", "noting", "citing")

// commaBefore returns the comma (or dash) that ends the content before a
// speaker starting at token s, past the quotation marks of a partial quote
// ("Not paying taxes ”makes me smart,” Trump said"), or -1.
func (a *analyzer) commaBefore(s, lo int) int {
	k := s - 1
	for k > lo && a.toks[k].Kind == model.TokQuote {
		k--
	}
	if k > lo && (a.toks[k].Text == "," || a.toks[k].Text == "—") {
		return k
	}
	return -1
}

// reported handles a reporting verb at c: "X said (that) C", "X told Y C",
// "C, X said.", "C, said X.", "…, adding that C", "This is reported by X."
// and "X was quoted as saying C".
func (a *analyzer) reported(c, ce int, info cueInfo, lo, hi int) {
	cue := span{c, ce}
	if info.participle {
		if c > lo && a.toks[c-1].Norm == "as" {
			return // "quoted as saying" is handled from "quoted"
		}
		st, en, prop, ok := a.content(ce, hi, info)
		if !ok {
			return
		}
		if sp := a.mainSpeaker(c, lo); !sp.empty() {
			a.addContent(st, en, prop, cue, sp, info)
		}
		return
	}
	if a.passiveBefore(c, lo) {
		a.passive(c, ce, lo, hi)
		return
	}
	sp := a.subjectBefore(c, lo)
	inverted := false
	if b := a.skipBack(c, lo); sp.empty() && b > lo && (a.toks[b-1].Norm == "and" || a.toks[b-1].Norm == "but") {
		// "Cruz exhorted Republicans … and said C": the subject of the
		// first verb.
		sp = a.mainSpeaker(c, lo)
		if !sp.empty() {
			if st, en, prop, ok := a.content(ce, hi, info); ok {
				a.addContent(st, en, prop, cue, sp, info)
			}
		}
		return
	}
	if sp.empty() {
		e := a.npAfter(ce, hi)
		if e == ce || (c > lo && a.toks[c-1].Text != "," && c != lo) {
			return
		}
		sp, inverted = span{ce, e}, true
	}
	after := ce
	if inverted {
		after = sp.b
	}
	if a.tailIsAdjunct(after, hi, info) || (inverted && a.appositionTail(after, hi)) {
		comma := a.commaBefore(sp.a, lo)
		if inverted {
			comma = a.commaBefore(c, lo)
		}
		if comma > lo {
			a.addIndirect(lo, comma, cue, sp, info)
		}
		return
	}
	if inverted {
		return
	}
	if st, en, prop, ok := a.content(ce, hi, info); ok {
		a.addContent(st, en, prop, cue, sp, info)
	}
}

// addContent records an indirect quote whose content is [st, en); prop
// false means the content is an intention or a noun phrase, attributed but
// not a proposition, so it makes no claim.
func (a *analyzer) addContent(st, en int, prop bool, cue, sp span, info cueInfo) {
	if q := a.addIndirect(st, en, cue, sp, info); q != nil && !prop {
		q.claim = false
	}
}

// content finds what a cue ending at ce attributes, up to hi: a clause
// (contentAfter), else what the verb's frame takes (frameContent).
func (a *analyzer) content(ce, hi int, info cueInfo) (st, en int, prop, ok bool) {
	if st, ok := a.contentAfter(ce, hi, info); ok {
		return st, hi, true, true
	}
	return a.frameContent(ce, hi, info)
}

// whWords open an interrogative content clause: "asked whether …",
// "explained how …".
var whWords = set("whether", "how", "why", "what", "who", "which")

// clauseStarters are the words that open a finite clause soon after its
// subject: "she thinks Americans should …".
var clauseStarters = set("is", "was", "were", "are", "will", "would", "can", "could", "should", "has",
	"have", "had", "may", "might", "must", "did", "does", "do", "n't", "not", "'s", "'re", "'ll", "'d",
	"'ve", "wo", "ca", "shall")

// subjectPronouns open a clause: "he thinks they …".
var subjectPronouns = set("he", "she", "they", "we", "i", "it", "you", "there")

// frameContent finds the content a verb's frame takes when no clause
// follows it (PARC's beliefs, intentions and evaluations): a "wh" clause
// ("asked whether C"), a to-infinitive ("vowed to C"), a hearer and a
// to-infinitive ("urged Congress to C", "called on X to C"), a clause
// without "that" after a belief verb ("thinks it will C"), or a noun phrase
// object ("called for an inquiry", "criticized the plan"). prop is true
// for the clauses, which assert something and become claims.
func (a *analyzer) frameContent(ce, hi int, info cueInfo) (st, en int, prop, ok bool) {
	j := ce
	if ce < hi && a.toks[ce].Norm != "to" {
		j = a.skipAdjunct(ce, hi) // but "to visit" is no adjunct
	}
	if j < hi && a.toks[j].Text == "," {
		j++
	}
	if j+1 >= hi {
		return 0, 0, false, false
	}
	t := &a.toks[j]
	verbAfter := func(k int) bool {
		return k+1 < hi && a.toks[k].Norm == "to" && a.toks[k+1].Kind == model.TokWord &&
			!a.toks[k+1].Is(model.FlagCap) && !determiners[a.toks[k+1].Norm] && !objectWords[a.toks[k+1].Norm]
	}
	switch {
	case whWords[t.Norm] && t.Kind == model.TokWord:
		return j, a.clauseEnd(j, hi), true, true
	case info.intent && verbAfter(j):
		return j, a.clauseEnd(j, hi), false, true
	case info.control && t.Kind == model.TokWord && !verbAfter(j):
		if k := a.skipObject(j, hi); k > j && k-j <= 6 && verbAfter(k) {
			return j, a.clauseEnd(k, hi), false, true
		}
	}
	if info.bare && a.clauseAhead(j, hi) {
		return j, hi, true, true
	}
	if info.npObject && t.Kind == model.TokWord && !badContentStart[t.Norm] && !whWords[t.Norm] &&
		t.Norm != "that" && !(t.Norm == "it" && j+1 < hi && a.toks[j+1].Kind != model.TokWord) {
		if _, _, isCue := a.cueAt(j); !isCue {
			return j, a.clauseEnd(j, hi), false, true
		}
	}
	return 0, 0, false, false
}

// clauseAhead reports whether a finite clause opens at j: a subject
// pronoun followed by a word, or a short noun phrase followed by an
// auxiliary or a modal ("the plan would fail").
func (a *analyzer) clauseAhead(j, hi int) bool {
	t := &a.toks[j]
	if t.Kind != model.TokWord {
		return false
	}
	if subjectPronouns[t.Norm] {
		n := &a.toks[j+1]
		return n.Kind == model.TokWord && !npStop[n.Norm] || clauseStarters[n.Norm]
	}
	if !(t.Is(model.FlagCap) || determiners[t.Norm]) || t.Norm == "that" || t.Norm == "of" {
		return false
	}
	for k := j + 1; k < hi && k < j+7; k++ {
		u := &a.toks[k]
		if clauseStarters[u.Norm] && u.Norm != "'s" {
			return k > j
		}
		if u.Kind != model.TokWord && u.Text != "'s" {
			return false
		}
	}
	return false
}

// clauseEnd returns where a frame's content that starts at j ends: at a
// semicolon, a colon, a dash or a parenthesis, or at a comma that opens a
// participle cue or a contrast (", saying …", ", but …"); else at hi.
func (a *analyzer) clauseEnd(j, hi int) int {
	for k := j + 1; k < hi; k++ {
		t := &a.toks[k]
		switch t.Text {
		case ";", ":", "—", "--", "–", "(":
			return k
		case ",":
			if k+1 < hi {
				n := a.toks[k+1].Norm
				if info, _, ok := a.cueAt(k + 1); ok && info.participle {
					return k
				}
				switch n {
				case "but", "while", "although", "though", "whereas", "even", "yet":
					return k
				}
			}
		}
	}
	return hi
}

// passiveBefore reports whether a form of "be" stands among the
// auxiliaries before token c ("is reported", "has been told").
func (a *analyzer) passiveBefore(c, lo int) bool {
	for k := a.skipBack(c, lo); k < c; k++ {
		switch a.toks[k].Norm {
		case "is", "was", "were", "are", "be", "been", "being":
			return true
		}
	}
	return false
}

// passive handles a cue after a form of "be": "This is reported by X" (the
// content is the sentence before), "X was quoted as saying C"; "is said to
// be" and "was told to" attribute nothing.
func (a *analyzer) passive(c, ce, lo, hi int) {
	switch {
	case ce+1 < hi && a.toks[ce].Norm == "by":
		e := a.npAfter(ce+1, hi)
		if e == ce+1 {
			return
		}
		subj := a.skipBack(c, lo)
		if subj != lo+1 {
			return
		}
		switch a.toks[lo].Norm {
		case "this", "that", "it":
		default:
			return
		}
		si := a.sent[c]
		if si <= 0 {
			return
		}
		prev := &a.d.Sentences[si-1]
		if prev.Para != a.d.Sentences[si].Para {
			return
		}
		a.addIndirect(prev.First, a.trimEnd(prev.First, prev.Last), span{c, ce}, span{ce + 1, e}, cueInfo{class: cueSay})
	case ce+1 < hi && a.toks[ce].Norm == "as":
		pinfo, pe, ok := a.cueAt(ce + 1)
		if !ok || !pinfo.participle {
			return
		}
		b := a.skipBack(c, lo)
		sp := a.subjectBefore(b, lo)
		if sp.empty() {
			return
		}
		if st, ok := a.contentAfter(pe, hi, pinfo); ok {
			a.addIndirect(st, hi, span{c, pe}, sp, pinfo)
		}
	}
}

// tailIsAdjunct reports whether nothing but adjuncts ("in a statement on
// Tuesday") or a participle clause (", adding …") follows token j up to hi:
// the cue then ends its sentence and its content comes before it.
func (a *analyzer) tailIsAdjunct(j, hi int, info cueInfo) bool {
	if j >= hi {
		return true
	}
	if a.toks[j].Text == "," || a.toks[j].Text == "—" {
		if pi, _, ok := a.cueAt(j + 1); ok && pi.participle {
			return true
		}
	}
	if info.class == cueTell {
		j = a.skipObject(j, hi)
	}
	j = a.skipAdjunct(j, hi)
	if j < hi && j > 0 && a.toks[j-1].Text == "," && clauseJoin[a.toks[j].Norm] {
		return true // "…, X said Friday, as they …"
	}
	return j >= hi
}

// appositionTail reports whether an apposition to an inverted speaker runs
// from j to the end of the sentence: "…, said Mr. Roe, the lawyer for the
// agency."
func (a *analyzer) appositionTail(j, hi int) bool {
	if j+1 >= hi || a.toks[j].Text != "," {
		return false
	}
	n := &a.toks[j+1]
	if !(determiners[n.Norm] || n.Is(model.FlagCap) || n.Kind == model.TokNumber) || n.Norm == "that" {
		return false
	}
	for k := j + 1; k < hi; k++ {
		if _, _, ok := a.cueAt(k); ok && !a.toks[k].Is(model.FlagCap) {
			return false
		}
	}
	return true
}

// contentAfter returns where the reported clause after a cue ending at ce
// starts: after "that" (past adjuncts or the hearer), or right after the
// cue, its hearer and adjuncts. Belief, evidence and denial verbs need the
// "that".
func (a *analyzer) contentAfter(ce, hi int, info cueInfo) (int, bool) {
	if ce >= hi {
		return 0, false
	}
	first := &a.toks[ce]
	for k := ce; k < hi && k < ce+10; k++ {
		t := &a.toks[k]
		if t.Kind == model.TokWord && t.Norm == "that" {
			if k == ce || adjunctPreps[first.Norm] || adjunctAdverbs[first.Norm] || first.Text == "," ||
				info.class == cueTell || a.skipAdjunct(ce, k) >= k || a.skipObject(ce, k) >= k {
				st := k + 1
				if st < hi {
					switch a.toks[st].Norm {
					case "'s", "is", "was", "will", "would", "has", "had":
						st = k // "said that's wrong": a demonstrative
					}
				}
				return st, hi-st >= 2
			}
			break
		}
		if t.Kind == model.TokQuote || (t.Kind == model.TokPunct && t.Text != ",") {
			break
		}
		if _, _, ok := a.cueAt(k); ok && k > ce {
			break
		}
	}
	if info.class == cueWeak || info.class == cueDeny {
		return 0, false
	}
	j := ce
	if info.class == cueTell {
		j = a.skipObject(j, hi)
	}
	j = a.skipAdjunct(j, hi)
	if j < hi && a.toks[j].Text == "," {
		j++
	}
	if j >= hi || hi-j < 3 {
		return 0, false
	}
	t := &a.toks[j]
	if t.Kind == model.TokQuote || t.Kind == model.TokPunct || badContentStart[t.Norm] {
		return 0, false
	}
	if _, _, ok := a.cueAt(j); ok {
		return 0, false
	}
	return j, true
}

// skipObject skips the hearer after a verb such as "told": a pronoun or a
// plural noun ("reporters"), a capitalised name, or a determiner with up to
// three words.
func (a *analyzer) skipObject(j, hi int) int {
	if j >= hi {
		return j
	}
	t := &a.toks[j]
	switch {
	case objectWords[t.Norm]:
		return j + 1
	case t.Is(model.FlagCap) && t.Kind == model.TokWord && !pronouns[t.Norm]:
		for j < hi && (a.toks[j].Is(model.FlagCap) || a.toks[j].Norm == "'s" || a.toks[j].Norm == "of") {
			j++
		}
		return j
	case determiners[t.Norm] && t.Norm != "that":
		j++
		for n := 0; n < 3 && j < hi; n++ {
			u := &a.toks[j]
			if u.Kind != model.TokWord || determiners[u.Norm] || pronouns[u.Norm] || !a.npToken(j) {
				break
			}
			j++
		}
	}
	return j
}

// skipAdjunct skips up to three adjuncts starting at j: time adverbs
// ("Tuesday", "last week") and prepositional phrases whose words are
// capitalised names, numbers or the nouns news puts there ("in a statement",
// "at a news conference in Washington").
func (a *analyzer) skipAdjunct(j, hi int) int {
	for n := 0; n < 4 && j < hi; n++ {
		t := &a.toks[j]
		switch {
		case t.Text == ",":
			j++
			continue
		case adjunctAdverbs[t.Norm]:
			j++
			for j < hi && (adjunctNouns[a.toks[j].Norm] || adjunctAdverbs[a.toks[j].Norm]) {
				j++
			}
		case adjunctPreps[t.Norm] && t.Kind == model.TokWord:
			k := j + 1
			if k < hi && determiners[a.toks[k].Norm] && a.toks[k].Norm != "that" {
				k++
			}
			m := k
			for m < hi && m-k < 6 {
				u := &a.toks[m]
				if u.Kind == model.TokNumber || (u.Kind == model.TokWord && (u.Is(model.FlagCap) && !pronouns[u.Norm] ||
					adjunctNouns[u.Norm] || u.Norm == "'s" || u.Norm == "of")) {
					m++
					continue
				}
				break
			}
			if m == k {
				return j // not an adjunct: "said of the plan …" is content
			}
			j = m
		default:
			return j
		}
	}
	return j
}

// attributePartial gives each partial quote the speaker of the indirect
// quote around it, or of a cue before it in its sentence (called the talks
// “constructive”). A partial quote with neither is a title or scare quotes
// and is dropped.
func (a *analyzer) attributePartial() {
	bySent := map[int32][]*draft{}
	for _, q := range a.drafts {
		if q.kind == model.QuoteIndirect {
			s := a.sent[q.first]
			bySent[s] = append(bySent[s], q)
		}
	}
	for _, q := range a.drafts {
		if q.kind != model.QuotePartial {
			continue
		}
		if a.denierOfPartial(q) {
			continue
		}
		var best *draft
		for _, p := range bySent[a.sent[q.first]] {
			if p.first <= q.open && q.last <= p.last && (best == nil || p.last-p.first < best.last-best.first) {
				best = p
			}
		}
		if best != nil {
			q.speaker, q.head, q.ent, q.cue, q.inherited = best.speaker, best.head, best.ent, best.cue, true
			continue
		}
		if a.title(q) {
			q.dropped = true
			continue
		}
		lo, _ := a.sentBounds(q.open)
		found := false
		for k := q.open - 1; k >= lo && k >= q.open-12; k-- {
			if a.quoted[k] {
				break
			}
			_, ce, ok := a.cueAt(k)
			if !ok && partialCues[a.toks[k].Norm] {
				ok, ce = true, k+1
			}
			if !ok {
				continue
			}
			if s := a.subjectBefore(k, lo); !s.empty() {
				q.cue = span{k, ce}
				a.setSpeaker(q, s, s.b-1)
				found = true
			}
			break
		}
		if !found {
			q.dropped = true
		}
	}
}

// title reports whether a partial quote is a title rather than words
// someone said: every word capitalised, after a preposition or an article
// (on “Meet the Press”).
func (a *analyzer) title(q *draft) bool {
	if q.open <= 0 {
		return false
	}
	p := a.toks[q.open-1].Norm
	if !adjunctPreps[p] && p != "the" && p != "a" && p != "an" && p != "'s" {
		return false
	}
	for j := q.first; j < q.last; j++ {
		t := &a.toks[j]
		if t.Kind == model.TokWord && !t.Is(model.FlagCap) && len(t.Text) > 3 {
			return false
		}
	}
	return true
}
