package quote

import (
	"strings"

	"eventgraph/internal/model"
)

// markKind classifies a quotation-mark token.
type markKind uint8

const (
	markNone markKind = iota
	markOpenDouble
	markCloseDouble
	markAmbDouble // a straight " with the same spacing on both sides
	markOpenSingle
	markCloseSingle
	markAmbSingle
)

func (k markKind) double() bool {
	return k == markOpenDouble || k == markCloseDouble || k == markAmbDouble
}

// classifyMark tells opening from closing marks. Curly marks say it
// themselves; straight ones are read from the spacing: a mark with space
// before and a word glued after opens, one glued to the word before closes.
func (a *analyzer) classifyMark(i int) markKind {
	t := &a.toks[i]
	if t.Kind != model.TokQuote {
		return markNone
	}
	switch a.twin[i] {
	case twinSecond:
		return markNone
	case twinFirst:
		return a.classifyTwin(i)
	}
	switch t.Text {
	case "“", "„", "«":
		return markOpenDouble
	case "”", "»":
		return markCloseDouble
	case "‘", "‚", "‹", "`":
		return markOpenSingle
	case "›":
		return markCloseSingle
	}
	openish := t.Is(model.FlagSpaceBefore) || a.paraStart(i)
	if !openish && i > 0 {
		switch a.toks[i-1].Text {
		case "(", "[", "—", "–", "-", "/":
			openish = true
		}
	}
	closeish := i+1 >= len(a.toks) || a.toks[i+1].Is(model.FlagSpaceBefore) || a.paraStart(i+1)
	if !closeish {
		switch a.toks[i+1].Text {
		case ".", ",", ";", ":", "!", "?", ")", "]", "…", "...", "—", "–", "-":
			closeish = true
		}
	}
	single := t.Text != "\""
	switch {
	case t.Text == "’":
		// A right single mark is a closing quote or an apostrophe; only
		// its spacing can make it an opening one (typeset wrongly).
		if openish && !closeish {
			return markOpenSingle
		}
		return markCloseSingle
	case openish && !closeish:
		if single {
			if a.toks[i+1].Kind == model.TokNumber {
				return markNone // '90s
			}
			return markOpenSingle
		}
		return markOpenDouble
	case closeish && !openish:
		if single {
			return markCloseSingle
		}
		return markCloseDouble
	}
	if single {
		return markAmbSingle
	}
	return markAmbDouble
}

// Values of analyzer.twin.
const (
	twinNone   uint8 = iota
	twinFirst        // the first mark of a doubled single mark: '' or ``
	twinSecond       // the second, which belongs to the first
)

// findTwins marks the doubled single marks that typewriter text uses for a
// double quotation mark (”Yes,” he said; “Yes”), pairing from the left.
func (a *analyzer) findTwins() {
	for i := 0; i+1 < len(a.toks); i++ {
		t, u := &a.toks[i], &a.toks[i+1]
		if t.Kind == model.TokQuote && u.Kind == model.TokQuote && t.End == u.Start && t.Text == u.Text &&
			(t.Text == "'" || t.Text == "`") {
			a.twin[i], a.twin[i+1] = twinFirst, twinSecond
			i++
		}
	}
}

// markEnd returns the token after the quotation mark at i, past its twin.
func (a *analyzer) markEnd(i int) int {
	if a.twin[i] == twinFirst {
		return i + 2
	}
	return i + 1
}

// classifyTwin reads a doubled single mark as a straight double mark: “
// always opens, and ” opens or closes by its spacing.
func (a *analyzer) classifyTwin(i int) markKind {
	if a.toks[i].Text == "`" {
		return markOpenDouble
	}
	n := i + 2
	openish := a.toks[i].Is(model.FlagSpaceBefore) || a.paraStart(i)
	if !openish && i > 0 {
		switch a.toks[i-1].Text {
		case "(", "[", "—", "–", "-", "/":
			openish = true
		}
	}
	closeish := n >= len(a.toks) || a.toks[n].Is(model.FlagSpaceBefore) || a.paraStart(n)
	if !closeish {
		switch a.toks[n].Text {
		case ".", ",", ";", ":", "!", "?", ")", "]", "…", "...", "—", "–", "-":
			closeish = true
		}
	}
	switch {
	case openish && !closeish:
		return markOpenDouble
	case closeish && !openish:
		return markCloseDouble
	}
	return markAmbDouble
}

// curly reports whether the mark at i is typographic: inside a curly
// quote, straight marks are an inner quote.
func (a *analyzer) curly(i int) bool {
	return a.toks[i].Text != "\"" && a.twin[i] == twinNone
}

// findPieces pairs the quotation marks of each paragraph into quoted
// pieces. A double quote that is still open when its paragraph ends
// continues when the next paragraph opens with a quotation mark, the news
// convention for quotes over several paragraphs; each paragraph's part
// becomes its own piece, and the parts share a group. An open quote that
// does not continue is kept to the paragraph's end only when it opened the
// paragraph; elsewhere it is a stray mark. Single marks pair inside a double
// quote (a quote inside a quote, kept as part of the outer content) or, at
// the top level, within one paragraph. Pairing is one pass over the tokens.
func (a *analyzer) findPieces() {
	dOpen, sOpen := -1, -1
	dCurly := false
	dAtStart := false
	group, nextGroup := -1, 0
	closeOpen := func(end int) {
		if dOpen >= 0 && dAtStart {
			a.addPiece(dOpen, -1, end, false, group)
		}
		dOpen = -1
	}
	for i := 0; i < len(a.toks); i++ {
		if i > 0 && a.paraStart(i) {
			sOpen = -1
			if dOpen >= 0 {
				k := a.classifyMark(i)
				if k == markOpenDouble || k == markAmbDouble {
					// The quote goes on in this paragraph.
					dAtStart = true
					closeOpen(i)
					dOpen, dCurly, dAtStart = i, a.curly(i), true
					continue
				}
				closeOpen(i)
			}
		}
		k := a.classifyMark(i)
		switch {
		case k == markNone:
		case k.double() && dOpen >= 0 && dCurly && a.toks[i].Text == "\"":
			// Straight marks inside a curly quote are an inner quote.
		case k.double():
			switch {
			case dOpen < 0 && k != markCloseDouble:
				dOpen, dCurly, dAtStart = i, a.curly(i), a.paraStart(i)
				group, nextGroup = nextGroup, nextGroup+1
				sOpen = -1
			case dOpen >= 0 && k != markOpenDouble:
				a.addPiece(dOpen, i, i, false, group)
				dOpen, sOpen = -1, -1
			case dOpen >= 0:
				// A second opening mark: the first was stray.
				dOpen, dCurly, dAtStart = i, a.curly(i), a.paraStart(i)
				group, nextGroup = nextGroup, nextGroup+1
			}
		case dOpen >= 0:
			// Single marks inside a double quote: an inner quote or an
			// apostrophe; they never end the outer quote.
			switch {
			case sOpen < 0 && (k == markOpenSingle || k == markAmbSingle):
				sOpen = i
			case sOpen >= 0 && (k == markCloseSingle || k == markAmbSingle):
				sOpen = -1
			}
		default:
			switch {
			case sOpen < 0 && k == markOpenSingle:
				sOpen = i
			case sOpen >= 0 && (k == markCloseSingle || k == markAmbSingle):
				a.addPiece(sOpen, i, i, true, -1)
				sOpen = -1
			}
		}
	}
	closeOpen(len(a.toks))
}

// addPiece records the quote between the mark open and the token end
// (exclusive; the closing mark close, or -1 when the quote runs to the
// paragraph's end), trimmed of the punctuation that only joins it to its
// attribution.
func (a *analyzer) addPiece(open, close, end int, single bool, group int) {
	first, last := a.markEnd(open), end
	for last > first && trailingJoin(&a.toks[last-1]) {
		last--
	}
	if last <= first {
		return
	}
	q := &draft{first: first, last: last, open: open, close: close, group: group, head: -1,
		para: a.paraOf(first)}
	if single {
		q.group = -1
	}
	q.kind = model.QuotePartial
	if a.isDirect(q, end) {
		q.kind = model.QuoteDirect
		for j := open; j < end; j++ {
			a.quoted[j] = true
		}
		if close >= 0 {
			for j := close; j < a.markEnd(close); j++ {
				a.quoted[j] = true
			}
		}
	}
	a.drafts = append(a.drafts, q)
}

// trailingJoin reports whether a token at the end of quoted content is
// punctuation that belongs to the attribution (“…,” he said) or a mark.
func trailingJoin(t *model.Token) bool {
	if t.Kind == model.TokQuote {
		return true
	}
	if t.Kind != model.TokPunct {
		return false
	}
	switch t.Text {
	case ",", ";", ":", "—", "–", "-", "(":
		return true
	}
	return false
}

// isDirect tells a direct quote (a whole utterance) from a partial one (a
// few words quoted inside the writer's sentence: called the talks
// “constructive”). A direct quote opens its sentence or follows a colon, a
// comma or a cue, and looks like a clause: it begins with a capital or ends
// with the punctuation the speaker's sentence ended with.
func (a *analyzer) isDirect(q *draft, end int) bool {
	if q.group >= 0 && len(a.drafts) > 0 {
		// Pieces of one group are added one after another.
		if p := a.drafts[len(a.drafts)-1]; p.group == q.group && p.kind == model.QuoteDirect {
			return true // a later paragraph of a multi-paragraph quote
		}
	}
	f := &a.toks[q.first]
	capital := f.Is(model.FlagCap) || f.Kind == model.TokNumber || f.Text == "…" || f.Text == "..." ||
		(f.Kind == model.TokWord && f.Norm == "i")
	endPunct := q.close < 0
	if !endPunct && end-1 >= q.first {
		switch a.toks[end-1].Text {
		case ".", ",", "?", "!", "…", "...", "—", "–", ":", ";":
			endPunct = true
		}
	}
	words := 0
	for j := q.first; j < q.last && words < 3; j++ {
		if a.toks[j].Kind == model.TokWord || a.toks[j].Kind == model.TokNumber {
			words++
		}
	}
	lo, _ := a.sentBounds(q.open)
	atStart := q.open <= lo || a.paraStart(q.open)
	prev := ""
	prevCue := false
	if q.open > 0 && !atStart {
		prev = a.toks[q.open-1].Text
		_, _, prevCue = a.cueAt(q.open - 1)
	}
	switch {
	case adjunctPreps[strings.ToLower(prev)] || prev == "the" || prev == "a":
		return false // said on “Meet the Press”: a title inside the sentence
	case prev == ":":
		return true
	case atStart:
		return capital || endPunct
	case prev == "," || prev == "—" || prev == "–" || prev == "-" || prevCue:
		return capital || (endPunct && words >= 3)
	}
	return capital && endPunct && words >= 3
}
