package quotetest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
)

// Doc returns text as a segmented document.
func Doc(text string) *model.Document {
	d := &model.Document{Article: model.Article{ID: "test", Text: text}}
	segment.Segment(d)
	return d
}

// Entity adds an entity with the next id (e1, e2, …) to d and returns it.
func Entity(d *model.Document, name string, typ model.EntityType, country, actor string) *model.Entity {
	e := &model.Entity{ID: "e" + strconv.Itoa(len(d.Entities)+1), Name: name, Type: typ, Country: country, Actor: actor}
	d.Entities = append(d.Entities, e)
	return e
}

// Mark makes occurrences of phrase that start and end on token boundaries
// mentions of e: every occurrence when nth is 0, else only the nth (from 1).
// It returns how many it marked.
func Mark(d *model.Document, e *model.Entity, phrase string, kind model.MentionKind, nth int) int {
	marked, seen := 0, 0
	for off := 0; off < len(d.Text); {
		k := strings.Index(d.Text[off:], phrase)
		if k < 0 || phrase == "" {
			break
		}
		st, en := off+k, off+k+len(phrase)
		off = st + 1
		first := d.TokenAt(st)
		if first >= len(d.Tokens) || d.Tokens[first].Start != st {
			continue
		}
		last := first
		for last < len(d.Tokens) && d.Tokens[last].End <= en {
			last++
		}
		if last == first || d.Tokens[last-1].End != en {
			continue
		}
		seen++
		if nth > 0 && seen != nth {
			continue
		}
		addMention(d, e, first, last, kind)
		marked++
	}
	return marked
}

func addMention(d *model.Document, e *model.Entity, first, last int, kind model.MentionKind) {
	st, en := d.Tokens[first].Start, d.Tokens[last-1].End
	e.Mentions = append(e.Mentions, model.Mention{Start: st, End: en, Text: d.Text[st:en], First: first,
		Last: last, Sentence: d.SentenceAt(st), Kind: kind})
	if n := len(e.Mentions); n > 1 && e.Mentions[n-2].Start > st {
		slices.SortFunc(e.Mentions, func(x, y model.Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
}

// countries are the places the crude pass knows: name → ISO-3.
var countries = map[string]string{
	"iran": "IRN", "russia": "RUS", "ukraine": "UKR", "united states": "USA", "us": "USA", "u.s.": "USA",
	"america": "USA", "syria": "SYR", "turkey": "TUR", "yemen": "YEM", "saudi arabia": "SAU",
	"china": "CHN", "israel": "ISR", "germany": "DEU", "france": "FRA", "britain": "GBR",
	"united kingdom": "GBR", "mexico": "MEX", "canada": "CAN", "japan": "JPN", "india": "IND",
	"washington": "USA", "moscow": "RUS", "tehran": "IRN", "kyiv": "UKR", "beijing": "CHN",
	"ankara": "TUR", "damascus": "SYR", "new york": "USA", "iraq": "IRQ", "afghanistan": "AFG",
	"north korea": "PRK", "south korea": "KOR", "cuba": "CUB", "venezuela": "VEN",
}

var (
	titles = set("president", "spokesman", "spokeswoman", "spokesperson", "minister", "senator", "sen.",
		"rep.", "gov.", "governor", "secretary", "advisor", "adviser", "chairman", "chairwoman",
		"director", "leader", "general", "gen.", "candidate", "nominee", "mr.", "mrs.", "ms.", "dr.", "mr",
		"mrs", "ms", "dr", "judge", "ambassador", "mayor", "chancellor", "speaker", "ceo", "manager",
		"attorney", "sheriff", "chief", "officer", "analyst", "professor", "king", "queen", "pope")
	orgWords = set("agency", "office", "ministry", "post", "times", "news", "party", "committee",
		"council", "department", "house", "campaign", "foundation", "institute", "university", "bank",
		"association", "commission", "court", "congress", "senate", "kremlin", "journal", "press",
		"network", "group", "fund", "union", "administration", "corporation", "inc.", "company",
		"nato", "fbi", "cia", "cnn", "abc", "nbc", "cbs", "reuters", "interfax", "ap", "afp", "tribune",
		"herald", "guardian", "organization", "organisation", "council", "board", "service")
	stop = set("the", "a", "an", "in", "on", "at", "but", "and", "this", "that", "it", "he", "she", "they",
		"we", "i", "our", "according", "although", "however", "shortly", "after", "before", "when", "while",
		"if", "as", "there", "here", "what", "who", "why", "how", "so", "yet", "still", "also", "meanwhile",
		"last", "earlier", "some", "many", "his", "her", "their", "its", "my", "your", "for", "with", "by",
		"from", "to", "of", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "photo", "no", "yes", "not", "all", "one", "two", "it's", "these", "those",
		"you", "do", "don't", "is", "was", "now", "then", "just", "even", "today", "said", "says")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Names is a crude stand-in for the entity stage. Runs of capitalised words
// become entities: a run after a title word is a person, one with an
// organisation word an organisation, a known country or capital a place
// (its own country), a later surname the earlier person. "he" and "she"
// become pronoun mentions of the last person, and "his" and "her" too.
func Names(d *model.Document) {
	byKey := map[string]*model.Entity{}
	var lastPerson *model.Entity
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == model.TokWord && !t.Is(model.FlagCap) {
			switch t.Norm {
			case "he", "she", "his", "her", "him":
				if lastPerson != nil {
					addMention(d, lastPerson, i, i+1, model.MentionPronoun)
				}
			}
			continue
		}
		if t.Kind != model.TokWord || !t.Is(model.FlagCap) {
			continue
		}
		if t.Is(model.FlagCap) && (t.Norm == "he" || t.Norm == "she") {
			if lastPerson != nil {
				addMention(d, lastPerson, i, i+1, model.MentionPronoun)
			}
			continue
		}
		j := i
		for j < len(toks) && toks[j].Kind == model.TokWord && toks[j].Is(model.FlagCap) {
			j++
		}
		start := i
		for start < j && stop[toks[start].Norm] {
			start++
		}
		person := false
		if start > 0 && titles[toks[start-1].Norm] {
			person = true
		}
		for k := start; k < j; k++ {
			if titles[toks[k].Norm] && k+1 < j {
				start, person = k+1, true
			}
		}
		i = j - 1
		if start >= j {
			continue
		}
		words := make([]string, 0, j-start)
		for k := start; k < j; k++ {
			words = append(words, toks[k].Norm)
		}
		name := strings.Join(words, " ")
		var e *model.Entity
		switch {
		case countries[name] != "":
			if e = byKey[name]; e == nil {
				e = Entity(d, d.Text[toks[start].Start:toks[j-1].End], model.GPE, countries[name], countries[name])
			}
		case slices.ContainsFunc(words, func(w string) bool { return orgWords[w] }):
			if e = byKey[name]; e == nil {
				e = Entity(d, d.Text[toks[start].Start:toks[j-1].End], model.Org, "", "")
			}
		default:
			surname := words[len(words)-1]
			if e = byKey["p:"+surname]; e == nil && (person || len(words) >= 2) {
				e = Entity(d, d.Text[toks[start].Start:toks[j-1].End], model.Person, "", "")
				byKey["p:"+surname] = e
			}
			if e == nil {
				if e = byKey[name]; e == nil {
					e = Entity(d, d.Text[toks[start].Start:toks[j-1].End], model.Misc, "", "")
				}
			}
		}
		byKey[name] = e
		addMention(d, e, start, j, model.MentionName)
		if e.Type == model.Person {
			lastPerson = e
		}
	}
}
