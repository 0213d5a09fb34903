package cameoeval

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/event"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/sharedtest"
)

// A stand-in for the entity stage, for measuring the event coder on the gold
// file before the full pipeline is wired: the PETRARCH2 actor and agent
// dictionaries from the shared folder, matched on capitalised tokens.

type actorCode struct{ code, from, to string }

type actorDict struct {
	actors map[string][][]string // first word → phrases (upper case words)
	codes  map[string][]actorCode
	agents map[string]agentEntry // phrase (upper case) → agent
	maxLen int
}

type agentEntry struct {
	code   string
	prefix bool
}

func readRows(path string, fn func(f []string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	for sc.Scan() {
		fn(strings.Split(sc.Text(), "\t"))
	}
	return sc.Err()
}

var loadActors = sync.OnceValues(func() (*actorDict, error) {
	root, ok := sharedtest.Root()
	if !ok {
		return nil, os.ErrNotExist
	}
	dir := filepath.Join(root, "data", "cameo")
	ad := &actorDict{actors: map[string][][]string{}, codes: map[string][]actorCode{}, agents: map[string]agentEntry{}}
	err := readRows(filepath.Join(dir, "actors.tsv"), func(f []string) {
		if len(f) < 7 || f[4] == "" {
			return
		}
		ph := f[1]
		if _, ok := ad.codes[ph]; !ok {
			w := strings.Fields(ph)
			if len(w) == 0 {
				return
			}
			ad.actors[w[0]] = append(ad.actors[w[0]], w)
			ad.maxLen = max(ad.maxLen, len(w))
		}
		ad.codes[ph] = append(ad.codes[ph], actorCode{f[4], f[5], f[6]})
	})
	if err != nil {
		return nil, err
	}
	err = readRows(filepath.Join(dir, "agents.tsv"), func(f []string) {
		if len(f) < 5 || f[1] == "" {
			return
		}
		a := agentEntry{code: f[1], prefix: f[2] == "prefix"}
		ad.agents[f[0]] = a
		switch f[4] {
		case "auto":
			w := f[0]
			switch {
			case strings.HasSuffix(w, "Y"):
				ad.agents[w[:len(w)-1]+"IES"] = a
			case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "CH"):
				ad.agents[w+"ES"] = a
			}
			ad.agents[w+"S"] = a
		case "none", "":
		default:
			for _, p := range strings.Split(f[4], "|") {
				ad.agents[p] = a
			}
		}
	})
	return ad, err
})

func (ad *actorDict) code(phrase, date string) string {
	for _, c := range ad.codes[phrase] {
		if (c.from == "" || date >= c.from) && (c.to == "" || date < c.to) {
			return c.code
		}
	}
	return ""
}

// tag adds entities for the actors and agents of d.
func (ad *actorDict) tag(d *model.Document) {
	type span struct {
		first, last int
		code        string
		agent       bool
		prefix      bool
		cap         bool
	}
	var spans []span
	toks := d.Tokens
	up := make([]string, len(toks))
	for i, t := range toks {
		up[i] = strings.ToUpper(t.Norm)
	}
	for i := 0; i < len(toks); {
		best := span{}
		if toks[i].Is(model.FlagCap) || toks[i].Is(model.FlagAllCaps) {
			for _, w := range ad.actors[up[i]] {
				if len(w) <= best.last-best.first || i+len(w) > len(toks) {
					continue
				}
				ok := true
				for k := range w {
					ok = ok && up[i+k] == w[k]
				}
				if ok {
					if c := ad.code(strings.Join(w, " "), d.RefDate); c != "" {
						best = span{first: i, last: i + len(w), code: c, cap: true}
					}
				}
			}
		}
		for n := 4; n >= 1 && best.last == 0; n-- {
			if i+n > len(toks) {
				continue
			}
			if a, ok := ad.agents[strings.Join(up[i:i+n], " ")]; ok && toks[i].Kind == model.TokWord {
				best = span{first: i, last: i + n, code: a.code, agent: true, prefix: a.prefix}
			}
		}
		if best.last == 0 {
			i++
			continue
		}
		spans = append(spans, best)
		i = best.last
	}
	// country + agent in one noun phrase: "Ukrainian lawmakers", "Iraq's national security advisor"
	var merged []span
	for k := 0; k < len(spans); k++ {
		s := spans[k]
		if !s.agent && len(s.code) == 3 && k+1 < len(spans) && spans[k+1].agent {
			gap := spans[k+1].first - s.last
			okGap := gap <= 2
			for j := s.last; j < spans[k+1].first && okGap; j++ {
				n := toks[j].Norm
				okGap = toks[j].Kind == model.TokWord && n != "and" && n != "of" && n != "in" || n == "'s"
			}
			if okGap {
				a := spans[k+1]
				code := s.code + a.code
				if a.prefix {
					code = a.code + s.code
				}
				merged = append(merged, span{first: s.first, last: a.last, code: code})
				k++
				continue
			}
		}
		if s.agent {
			if s.prefix {
				continue
			}
			s.code = "---" + s.code
		}
		merged = append(merged, s)
	}
	byCode := map[string]*model.Entity{}
	for _, s := range merged {
		e := byCode[s.code]
		if e == nil {
			e = &model.Entity{ID: "e" + strings.Repeat("", 0) + itoa(len(d.Entities)+1), Name: d.Text[toks[s.first].Start:toks[s.last-1].End], Actor: s.code, Type: model.Org}
			if len(s.code) == 3 {
				e.Type = model.GPE
			}
			if len(s.code) >= 3 && s.code[:3] != "---" && s.code[:3] != "IGO" && s.code[:3] != "NGO" && s.code[:3] != "MNC" {
				e.Country = s.code[:3]
			}
			byCode[s.code] = e
			d.Entities = append(d.Entities, e)
		}
		kind := model.MentionName
		if len(s.code) == 3 && strings.HasSuffix(toks[s.first].Norm, "n") && s.last-s.first == 1 && !strings.EqualFold(e.Name, toks[s.first].Text) {
			kind = model.MentionDemonym
		}
		e.Mentions = append(e.Mentions, model.Mention{Start: toks[s.first].Start, End: toks[s.last-1].End,
			Text: d.Text[toks[s.first].Start:toks[s.last-1].End], First: s.first, Last: s.last, Sentence: d.SentenceAt(toks[s.first].Start), Kind: kind})
	}
}

func itoa(n int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// dictExtractor is segment + the dictionary actor tagger + the event stage.
func dictExtractor(tb testing.TB) Extractor {
	ad, err := loadActors()
	if err != nil {
		tb.Skipf("skipping: actor dictionaries: %v", err)
	}
	st := event.New(nil)
	return func(ctx context.Context, date, text string) (*model.Document, error) {
		d := &model.Document{Article: model.Article{Text: text, Date: date}, RefDate: date}
		segment.Segment(d)
		ad.tag(d)
		return d, st.Run(ctx, d)
	}
}
