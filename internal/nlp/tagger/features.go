package tagger

import (
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes continues an FNV-1a hash over b.
func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// mix combines a feature template or hash with another value.
func mix(a, b uint64) uint64 {
	x := (a*0x9E3779B97F4A7C15 ^ b) * 0xD6E8FEB86659FD93
	return x ^ x>>32
}

// key folds a 64-bit feature hash into the 32-bit key the model stores. 0
// marks an empty slot in the model's table, so it is never a key.
func key(h uint64) uint32 {
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1
	}
	return k
}

// Feature templates. Their numbers are part of the model format: append new
// ones, never renumber.
const (
	tBias uint64 = iota + 1
	tW0
	tWm1
	tWp1
	tWm2
	tWp2
	tWm1W0
	tW0Wp1
	tShapeL
	tShapeS
	tShapeCtx
	tShapeM1
	tShapeP1
	tPre // tPre+k for the prefix of k+1 runes, k < 4
	_
	_
	_
	tSuf
	_
	_
	_
	tClsCtx
	tClsInit
	tHead
	tHeadW
	tLen
	tHyA
	tHyB
	tFlags
	tGaz
	tGazM1
	tGazP1
	tGspan
	tExt
	tExtSpan
	tDocCase
	tDocCase2
	tDocLab
	tDocLabC
	tWCls
	tWm1Cls
	tWp1Cls
	tS1
	tS1Ctx
	tWm1Wp1
	tShapeM2P2
)

// stackFeatures gives the second pass the first pass's labels of the token
// and its neighbours.
var stackFeatures = true

// Case classes of a token.
const (
	clsOther  = iota // no letters or digits
	clsLower         // first letter lower case, none upper
	clsTitle         // first letter upper, the rest lower
	clsCaps          // two or more letters, all upper
	clsSingle        // one upper-case letter ("A", "J.")
	clsMixed         // upper case inside ("McDonald", "iPhone")
	clsDigit         // digits, no letters
	clsAlnum         // letters and digits
	clsPad           // outside the sentence
)

// Token flags used as features.
const (
	fDigit = 1 << iota
	fHyphen
	fPeriod
	fApos
	fAmp
	fSlash
)

// isCap reports whether a case class starts with a capital letter.
func isCap(cls uint8) bool {
	return cls == clsTitle || cls == clsCaps || cls == clsSingle || cls == clsMixed
}

// tokInfo is what the feature templates need to know about one token.
type tokInfo struct {
	w      uint64 // hash of the lower-case form
	shapeL uint64 // shape with runs capped at four: Xxxx, dddd-dd
	shapeS uint64 // shape with runs collapsed: Xx, d-d, X.X.
	pre    [4]uint64
	suf    [4]uint64
	hyA    uint64 // lower-case part before the first hyphen, 0 if none
	hyB    uint64 // part after the last hyphen
	gaz    uint32 // lexicon classes of the token alone
	ext    uint32 // classes from the pluggable lexicon
	gspan  uint16 // phrase matches: bit 4*class+position
	espan  uint16 // the same for the pluggable lexicon
	cls    uint8
	flags  uint8
	nrunes uint8
}

var (
	padL = tokInfo{w: hashBytes(fnvOffset, []byte("<s>")), shapeL: 1, shapeS: 1, cls: clsPad}
	padR = tokInfo{w: hashBytes(fnvOffset, []byte("</s>")), shapeL: 2, shapeS: 2, cls: clsPad}
)

// scratch holds the buffers for tagging one document. It is reused through
// a sync.Pool so that tagging allocates nothing per token.
type scratch struct {
	lower    []byte  // lower-case forms of all tokens of the document
	off      []int32 // token i's lower-case form is lower[off[i]:off[i+1]]
	info     []tokInfo
	sentOff  []int // sentence j is info[sentOff[j]:sentOff[j+1]]
	headline []bool
	caseSeen map[uint64]uint8
	docLab   map[uint64][5]uint16
	stage1   []uint8 // entity type index the first pass gave each token
	states1  []uint8 // the first pass's states
	feats    []uint32
	fstart   []int32
	phrase   []byte

	// decoding
	em     []int32
	delta  []int32
	back   []uint8
	states []uint8

	one    [1][]model.Token
	oneOut [1][]Label
}

func newScratch() *scratch {
	return &scratch{caseSeen: make(map[uint64]uint8), docLab: make(map[uint64][5]uint16)}
}

// prepare computes the token information of a document: lower-case forms,
// shapes, affixes, lexicon matches, headline sentences and the casings each
// word shows in running text.
func (sc *scratch) prepare(sents [][]model.Token, lex hashLexicon, ext Gazetteer) {
	sc.lower = sc.lower[:0]
	sc.off = append(sc.off[:0], 0)
	sc.info = sc.info[:0]
	sc.sentOff = append(sc.sentOff[:0], 0)
	sc.headline = sc.headline[:0]
	clear(sc.caseSeen)
	clear(sc.docLab)
	for _, toks := range sents {
		first := len(sc.info)
		caps, lowers := 0, 0
		for i := range toks {
			sc.addToken(toks[i].Text)
			switch sc.info[len(sc.info)-1].cls {
			case clsCaps:
				caps++
			case clsLower, clsTitle, clsMixed:
				lowers++
			}
		}
		sc.sentOff = append(sc.sentOff, len(sc.info))
		head := caps > 0 && lowers == 0
		sc.headline = append(sc.headline, head)
		sc.lexicon(first, len(sc.info), lex, ext, toks)
		if head {
			continue
		}
		for i := first; i < len(sc.info); i++ {
			in := &sc.info[i]
			var bit uint8
			switch in.cls {
			case clsTitle, clsMixed:
				bit = 1
			case clsLower:
				bit = 2
			case clsCaps:
				bit = 4
			default:
				continue
			}
			if sc.initial(first, i) {
				if bit != 1 {
					continue
				}
				bit = 8
			}
			sc.caseSeen[in.w] |= bit
		}
	}
}

// initial reports whether token i is the first word of the sentence that
// begins at first: the first token, or the second after an opening mark.
func (sc *scratch) initial(first, i int) bool {
	return i == first || (i == first+1 && sc.info[first].cls == clsOther)
}

// addToken appends the information for one token.
func (sc *scratch) addToken(text string) {
	start := len(sc.lower)
	var in tokInfo
	var upper, lowerN, letters, digits, nr int
	firstLetterUpper, seenLetter := false, false
	hl, hs := uint64(fnvOffset), uint64(fnvOffset)
	var lastShape rune = -1
	run := 0
	for _, r := range text {
		nr++
		var sh rune
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			lowerN++
			letters++
			sh = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			upper++
			letters++
			sh = 'X'
			r += 'a' - 'A'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			digits++
			sh = 'd'
		case r < utf8.RuneSelf:
			sh = r
			switch r {
			case '-':
				in.flags |= fHyphen
			case '.':
				in.flags |= fPeriod
			case '\'':
				in.flags |= fApos
			case '&':
				in.flags |= fAmp
			case '/':
				in.flags |= fSlash
			}
		case unicode.IsUpper(r):
			upper++
			letters++
			sh = 'X'
			r = unicode.ToLower(r)
		case unicode.IsLetter(r):
			lowerN++
			letters++
			sh = 'x'
		case unicode.IsDigit(r):
			digits++
			sh = 'd'
		default:
			sh = r
		}
		if letters == 1 && !seenLetter {
			seenLetter = true
			firstLetterUpper = sh == 'X'
		}
		if sh == lastShape {
			run++
		} else {
			run = 1
			hs = (hs ^ uint64(sh)) * fnvPrime
		}
		if run <= 4 {
			hl = (hl ^ uint64(sh)) * fnvPrime
		}
		lastShape = sh
		if r < utf8.RuneSelf {
			sc.lower = append(sc.lower, byte(r))
		} else {
			sc.lower = utf8.AppendRune(sc.lower, r)
		}
	}
	lw := sc.lower[start:]
	in.w = hashBytes(fnvOffset, lw)
	in.shapeL, in.shapeS = hl, hs
	if digits > 0 {
		in.flags |= fDigit
	}
	switch {
	case letters == 0 && digits > 0:
		in.cls = clsDigit
	case letters == 0:
		in.cls = clsOther
	case digits > 0:
		in.cls = clsAlnum
	case upper == 0:
		in.cls = clsLower
	case lowerN == 0 && letters >= 2:
		in.cls = clsCaps
	case lowerN == 0:
		in.cls = clsSingle
	case firstLetterUpper && upper == 1:
		in.cls = clsTitle
	default:
		in.cls = clsMixed
	}
	in.nrunes = uint8(min(nr, 255))
	// Affixes of one to four runes.
	p, s := 0, len(lw)
	for k := 0; k < 4 && p < len(lw); k++ {
		_, size := utf8.DecodeRune(lw[p:])
		p += size
		in.pre[k] = hashBytes(fnvOffset, lw[:p])
		_, size = utf8.DecodeLastRune(lw[:s])
		s -= size
		in.suf[k] = hashBytes(fnvOffset, lw[s:])
	}
	if in.flags&fHyphen != 0 {
		for i := 1; i < len(lw)-1; i++ {
			if lw[i] == '-' {
				in.hyA = hashBytes(fnvOffset, lw[:i])
				break
			}
		}
		for i := len(lw) - 2; i > 0; i-- {
			if lw[i] == '-' {
				in.hyB = hashBytes(fnvOffset, lw[i+1:])
				break
			}
		}
	}
	sc.info = append(sc.info, in)
	sc.off = append(sc.off, int32(len(sc.lower)))
}

// lexicon marks the lexicon matches of tokens first..end-1 (one sentence).
// Phrases are looked up only where they start with a capital letter.
func (sc *scratch) lexicon(first, end int, lex hashLexicon, ext Gazetteer, toks []model.Token) {
	for i := first; i < end; i++ {
		in := &sc.info[i]
		lw := sc.lower[sc.off[i]:sc.off[i+1]]
		if lex != nil {
			in.gaz = lex.lookupHash(in.w) &^ ClassPrefix
		}
		if ext != nil {
			sc.phrase = append(sc.phrase[:0], lw...)
			in.ext = ext.Lookup(string(sc.phrase)) &^ ClassPrefix
		}
	}
	for i := first; i < end; i++ {
		if !isCap(sc.info[i].cls) {
			continue
		}
		if lex != nil {
			h := uint64(fnvOffset)
			for j := i; j < end && j-i < maxPhrase; j++ {
				if j > i {
					h = (h ^ ' ') * fnvPrime
				}
				h = hashBytes(h, sc.lower[sc.off[j]:sc.off[j+1]])
				bits := lex.lookupHash(h)
				sc.markSpan(i, j, bits, false)
				if bits&ClassPrefix == 0 {
					break
				}
			}
		}
		if ext != nil {
			sc.phrase = sc.phrase[:0]
			for j := i; j < end && j-i < maxPhrase; j++ {
				if j > i {
					sc.phrase = append(sc.phrase, ' ')
				}
				sc.phrase = append(sc.phrase, sc.lower[sc.off[j]:sc.off[j+1]]...)
				bits := ext.Lookup(string(sc.phrase))
				sc.markSpan(i, j, bits, true)
				if bits&ClassPrefix == 0 {
					break
				}
			}
		}
	}
}

// markSpan records that tokens i..j match a lexicon name of the classes in
// bits, each token with its position in the match (B, I, L or U).
func (sc *scratch) markSpan(i, j int, bits uint32, ext bool) {
	for c := 0; c < nameClasses; c++ {
		if bits&(1<<c) == 0 {
			continue
		}
		for k := i; k <= j; k++ {
			p := posI
			switch {
			case i == j:
				p = posU
			case k == i:
				p = posB
			case k == j:
				p = posL
			}
			bit := uint16(1) << (c*4 + p - posB)
			if ext {
				sc.info[k].espan |= bit
			} else {
				sc.info[k].gspan |= bit
			}
		}
	}
}

// setStage1 records the entity types the first pass found, for the label
// consistency features of the second pass.
func (sc *scratch) setStage1() {
	for i := range sc.info {
		if !isCap(sc.info[i].cls) {
			continue
		}
		c := sc.docLab[sc.info[i].w]
		c[sc.stage1[i]]++
		sc.docLab[sc.info[i].w] = c
	}
}

// features fills sc.feats with the feature keys of sentence j; token i's
// keys are feats[fstart[i]:fstart[i+1]]. With stage2 it adds the label
// consistency features and reports whether there were any.
func (sc *scratch) features(j int, stage2 bool) bool {
	any := false
	first, end := sc.sentOff[j], sc.sentOff[j+1]
	head := sc.headline[j]
	sc.feats = sc.feats[:0]
	sc.fstart = sc.fstart[:0]
	at := func(i int) *tokInfo {
		switch {
		case i < first:
			return &padL
		case i >= end:
			return &padR
		}
		return &sc.info[i]
	}
	for i := first; i < end; i++ {
		sc.fstart = append(sc.fstart, int32(len(sc.feats)))
		in := &sc.info[i]
		m1, p1, m2, p2 := at(i-1), at(i+1), at(i-2), at(i+2)
		cls := uint64(in.cls)
		init := uint64(0)
		if sc.initial(first, i) {
			init = 1
		}
		f := append(sc.feats,
			key(tBias),
			key(mix(tW0, in.w)),
			key(mix(tWm1, m1.w)),
			key(mix(tWp1, p1.w)),
			key(mix(tWm2, m2.w)),
			key(mix(tWp2, p2.w)),
			key(mix(mix(tWm1W0, m1.w), in.w)),
			key(mix(mix(tW0Wp1, in.w), p1.w)),
			key(mix(tShapeL, in.shapeL)),
			key(mix(tShapeS, in.shapeS)),
			key(mix(mix(mix(tShapeCtx, m1.shapeS), in.shapeS), p1.shapeS)),
			key(mix(tShapeM1, m1.shapeS)),
			key(mix(tShapeP1, p1.shapeS)),
			key(mix(tClsCtx, uint64(m1.cls)|cls<<4|uint64(p1.cls)<<8)),
			key(mix(tClsInit, cls|init<<4)),
			key(mix(tLen, uint64(min(in.nrunes, 12))|cls<<4)),
			key(mix(tFlags, uint64(in.flags)|cls<<8)),
			key(mix(mix(tWCls, in.w), cls|init<<4)),
			key(mix(mix(tWm1Cls, m1.w), cls)),
			key(mix(mix(tWp1Cls, p1.w), cls)),
			key(mix(mix(tWm1Wp1, m1.w), p1.w)),
			key(mix(mix(tShapeM2P2, m2.shapeS), p2.shapeS)),
		)
		for k := 0; k < 4; k++ {
			if in.pre[k] == 0 {
				break
			}
			f = append(f, key(mix(tPre+uint64(k), in.pre[k])), key(mix(tSuf+uint64(k), in.suf[k])))
		}
		if head {
			f = append(f, key(mix(tHead, cls)), key(mix(tHeadW, in.w)))
		}
		if in.hyA != 0 {
			f = append(f, key(mix(tHyA, in.hyA)))
		}
		if in.hyB != 0 {
			f = append(f, key(mix(tHyB, in.hyB)))
		}
		for b := uint64(0); b < nClassBits; b++ {
			if in.gaz&(1<<b) != 0 {
				f = append(f, key(mix(tGaz, b|cls<<8)))
			}
			if m1.gaz&(1<<b) != 0 {
				f = append(f, key(mix(tGazM1, b)))
			}
			if p1.gaz&(1<<b) != 0 {
				f = append(f, key(mix(tGazP1, b)))
			}
			if in.ext&(1<<b) != 0 {
				f = append(f, key(mix(tExt, b|cls<<8)))
			}
		}
		for b := uint64(0); b < 16; b++ {
			if in.gspan&(1<<b) != 0 {
				f = append(f, key(mix(tGspan, b)))
			}
			if in.espan&(1<<b) != 0 {
				f = append(f, key(mix(tExtSpan, b)))
			}
		}
		if in.cls != clsOther && in.cls != clsDigit {
			seen := uint64(sc.caseSeen[in.w])
			h := uint64(0)
			if head {
				h = 1
			}
			f = append(f,
				key(mix(tDocCase, seen|cls<<4|init<<8|h<<9)),
				key(mix(tDocCase2, seen)))
		}
		if stage2 && stackFeatures {
			t0 := uint64(sc.stage1[i])
			tm, tp := uint64(7), uint64(7)
			if i > first {
				tm = uint64(sc.stage1[i-1])
			}
			if i+1 < end {
				tp = uint64(sc.stage1[i+1])
			}
			f = append(f, key(mix(tS1, t0|cls<<4)), key(mix(tS1Ctx, tm|t0<<4|tp<<8)))
		}
		if stage2 && isCap(in.cls) {
			c := sc.docLab[in.w]
			c[sc.stage1[i]]-- // the other mentions only
			best, total := 0, 0
			for t := 0; t < 5; t++ {
				total += int(c[t])
				if c[t] > c[best] {
					best = t
				}
			}
			if total > 0 {
				any = true
				unanimous := uint64(0)
				if int(c[best]) == total {
					unanimous = 1
				}
				f = append(f,
					key(mix(tDocLab, uint64(best)|unanimous<<4)),
					key(mix(tDocLabC, uint64(best)|cls<<4|h2(head)<<8)))
			}
		}
		sc.feats = f
	}
	sc.fstart = append(sc.fstart, int32(len(sc.feats)))
	return any
}

func h2(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
