// Command gen converts the shared CAMEO, actors_update and GeoNames tables
// into the lexicon's embedded data files. It is run by hand when the shared
// data changes, and its output is committed:
//
//	go run ./internal/nlp/lexicon/gen -shared ../shared -out internal/nlp/lexicon/data
//
// It writes entries.tsv.gz (one dictionary entry a line, with its phrases
// already cut into normalised tokens and their capitalisation masks) and
// common.txt.gz (the common lower-case English words the capitalisation rule
// uses). See data/README.md for the format and the licences.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/nlp/lexicon/internal/text"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder")
	out := flag.String("out", "internal/nlp/lexicon/data", "output folder")
	hand := flag.String("hand", "", "folder of the hand-written tables (default: beside this command)")
	flag.Parse()
	if *hand == "" {
		*hand = filepath.Join(filepath.Dir(*out), "gen")
	}
	if err := run(*shared, *hand, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
}

// entry is one dictionary entry as the generator builds it.
type entry struct {
	kind     string
	name     string
	country  string
	codes    []dcode
	role     string
	agent    string
	prefix   bool
	lat, lon float64
	pop, gid int
	feature  string
	admin1   string
	class    string
	capital  string
	// phrases are the surface forms; upper marks forms from an all-upper-case
	// source (actors.tsv), whose real casing is unknown.
	phrases []phrase
	noCap   bool // role nouns: match in any case
	dropped bool
}

type phrase struct {
	s     string
	upper bool
}

type dcode struct{ code, from, to, role string }

func (e *entry) add(s string, upper bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "|\t") {
		return
	}
	for _, p := range e.phrases {
		if p.s == s {
			return
		}
	}
	e.phrases = append(e.phrases, phrase{s, upper})
}

// key is the normalised token form of a surface phrase.
func key(s string) string {
	toks := text.Split(s)
	for i, t := range toks {
		toks[i] = text.Normalize(t)
	}
	return strings.Join(toks, " ")
}

type gen struct {
	shared, hand string
	common       map[string]bool
	entries      []*entry
	byKey        map[string][]*entry
	countryCodes map[string]bool   // CAMEO country codes (actors.tsv bare codes)
	iso2to3      map[string]string // ISO-2 → ISO-3
	countryPop   map[string]int    // ISO-3 → sum of city populations
	countryByISO map[string]*entry
}

func run(shared, hand, out string) error {
	g := &gen{shared: shared, hand: hand, byKey: map[string][]*entry{}, countryCodes: map[string]bool{},
		iso2to3: map[string]string{}, countryPop: map[string]int{}, countryByISO: map[string]*entry{}}
	steps := []struct {
		name string
		f    func() error
	}{
		{"common words", g.readCommon},
		{"countries", g.readCountries},
		{"country aliases", g.readAliases},
		{"cities", g.readCities},
		{"places", g.readPlaces},
		{"officeholders", g.readOfficeholders},
		{"organisations", g.readOrganisations},
		{"agents", g.readAgents},
		{"actors", g.readActors},
	}
	for _, s := range steps {
		if err := s.f(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	g.capitalAliases()
	g.dropAgentAliases()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := g.writeCommon(filepath.Join(out, "common.txt.gz")); err != nil {
		return fmt.Errorf("write common words: %w", err)
	}
	if err := g.writeEntries(filepath.Join(out, "entries.tsv.gz")); err != nil {
		return fmt.Errorf("write entries: %w", err)
	}
	return nil
}

// capitalAliases gives each country's seat of government (GeoNames PPLC)
// the capital's name as the countries table spells it, where GeoNames
// spells it otherwise: "Naypyidaw" for Nay Pyi Taw.
func (g *gen) capitalAliases() {
	for _, c := range g.entries {
		if c.kind != "country" || c.capital == "" {
			continue
		}
		k := key(c.capital)
		for _, e := range g.entries {
			if e.kind != "city" || e.feature != "PPLC" || e.country != c.country {
				continue
			}
			has := false
			for _, p := range e.phrases {
				has = has || key(p.s) == k
			}
			if !has {
				e.add(c.capital, false)
				g.index(e, c.capital)
			}
		}
	}
}

// dropAgentAliases removes from the entries of one country the one-word
// phrases that are also agent nouns: "Congress" and "Senate" name the
// United States Congress in actors.tsv, but a report from Bogotá or Manila
// means its own country's, which the entity layer finds for an agent noun
// as it does for "the government".
func (g *gen) dropAgentAliases() {
	agent := map[string]bool{}
	for _, e := range g.entries {
		if e.kind == "agent" {
			for _, p := range e.phrases {
				agent[key(p.s)] = true
			}
		}
	}
	for _, e := range g.entries {
		if e.kind == "agent" || e.kind == "country" || e.kind == "demonym" {
			continue
		}
		out := e.phrases[:0]
		for _, p := range e.phrases {
			if k := key(p.s); !strings.Contains(k, " ") && agent[k] && len(e.phrases) > 1 {
				if os.Getenv("LEXGEN_VERBOSE") != "" {
					fmt.Fprintf(os.Stderr, "agent alias dropped: %s %q (%s)\n", e.kind, p.s, e.name)
				}
				continue
			}
			out = append(out, p)
		}
		e.phrases = out
	}
}

// readTSV calls f for every data row of a tab-separated file with a header,
// passing a column lookup by header name. Lines starting with # are comments.
func readTSV(path string, f func(col func(string) string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var header map[string]int
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			header = map[string]int{}
			for i, h := range fields {
				header[h] = i
			}
			continue
		}
		col := func(name string) string {
			i, ok := header[name]
			if !ok || i >= len(fields) {
				return ""
			}
			return strings.TrimSpace(fields[i])
		}
		if err := f(col); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (g *gen) push(e *entry) {
	g.entries = append(g.entries, e)
	for _, p := range e.phrases {
		k := key(p.s)
		if !slices.Contains(g.byKey[k], e) {
			g.byKey[k] = append(g.byKey[k], e)
		}
	}
}

func (g *gen) index(e *entry, s string) {
	k := key(s)
	if !slices.Contains(g.byKey[k], e) {
		g.byKey[k] = append(g.byKey[k], e)
	}
}

func atof(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }
func atoi(s string) int     { n, _ := strconv.Atoi(s); return n }

// plausibleName is the rule for alternate names: keep a name only when it
// could appear as-is in English news. After folding diacritics it must be
// Latin script (ASCII letters, spaces, and . ' - only), contain no digits, no
// comma or parenthesis (inverted or qualified forms such as "Korea, Republic
// of"), have at most four words and at least three letters, and not be a
// short all-capital code (airport and ISO codes such as "LAX", "PAR") unless
// it is a known acronym the caller adds itself.
func plausibleName(s string) bool {
	f := text.Normalize(s)
	letters := 0
	for _, r := range f {
		switch {
		case r >= 'a' && r <= 'z':
			letters++
		case r == ' ' || r == '.' || r == '\'' || r == '-':
		default:
			return false
		}
	}
	if letters < 3 || len(strings.Fields(s)) > 4 {
		return false
	}
	if letters <= 4 && strings.ToUpper(s) == s {
		return false
	}
	return true
}

// ---- common words ----

// extraCommon are everyday English words the corpus counts miss, mostly
// homographs of place names ("turkey", "nice", "bath") and small function
// words. Written by hand for eventgraph.
var extraCommon = strings.Fields(`a an the of and or but nor for so yet to in on at by with from into onto upon
about above across after against along among around as before behind below beneath beside between beyond
down during except inside near off out outside over past since through throughout till toward towards under
until up via within without i me my we us our you your he him his she her it its they them their this that
these those who whom whose which what where when why how all any both each few more most other some such no
not only own same than too very can will just should now is am are was were be been being have has had do does
did may might must shall would could here there then also again once even ever still back well far new old big
turkey china chile jersey guinea nice split mobile reading bath van police male female
man men woman women people mark bill rose hope grace joy faith may june august eve sunday march
cork split hull reading bury sale wells derby orange mobile buffalo phoenix
independence liberty union unity concord friendship providence enterprise commerce industry progress
deal lead lower upper middle north south east west central western eastern northern southern
nation nations state states city town village island islands bay port cape lake river sea ocean gulf coast
valley hill hills mountain mountains park beach bridge spring springs falls field fields fort mount
university college school church hospital market center centre station airport street road square
government military army navy police court council party house office ministry department agency
president minister king queen prince general governor mayor chief leader head officials official
rebels rebel troops forces force soldiers militants fighters gunmen protesters workers students
said says say told tell told added warned urged called asked announced denied accused claimed
today tomorrow yesterday week month year day night morning evening time times
one two three four five six seven eight nine ten hundred thousand million billion first second third
good bad great little long short high low large small young free open close closed
banks bank bar bars battle bear bell best bird black blue brown cash cross early fair fall gold green
grand hay home hot iron job key kings land life light long love marine mill miles moon mountain
news order page peace pearl plain plains pleasant point pool post prairie red ridge rock royal salt sand
silver star stone storm summit sun sweet table temple tower trade vale view wall water white wood
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`)

func (g *gen) readCommon() error {
	g.common = map[string]bool{}
	for _, w := range extraCommon {
		g.common[w] = true
	}
	// Words of the CAMEO verb, preposition and agent lists: every one of them
	// is a lower-case word in running text.
	if err := readTSV(filepath.Join(g.shared, "data/cameo/verbs.tsv"), func(col func(string) string) error {
		for _, f := range strings.Split(col("verb_forms"), "|") {
			for _, w := range strings.Fields(f) {
				g.common[strings.ToLower(w)] = true
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if err := readTSV(filepath.Join(g.shared, "data/cameo/prepositions.tsv"), func(col func(string) string) error {
		g.common[strings.ToLower(col("preposition"))] = true
		return nil
	}); err != nil {
		return err
	}
	// The Groningen Meaning Bank's news sentences (Voice of America, public
	// domain text; the GMB extract is ODbL): a word is common when it occurs
	// in lower case at least three times and at least a fifth as often as
	// capitalised in mid-sentence ("federal" is common despite "Federal
	// Reserve"; "paris" is not). Reuters-21578 is not used: it is licensed
	// for research only.
	path := filepath.Join(g.shared, "train/ner/gmb_train.jsonl.gz")
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		return err
	}
	lower, capd := map[string]int{}, map[string]int{}
	dec := json.NewDecoder(zr)
	for {
		var doc struct{ Text string }
		if err := dec.Decode(&doc); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return err
		}
		countWords(doc.Text, lower, capd)
	}
	for w, n := range lower {
		if n >= 3 && n*5 >= capd[w] {
			g.common[w] = true
		}
	}
	return nil
}

// countWords counts lower-case and mid-sentence capitalised occurrences.
func countWords(s string, lower, capd map[string]int) {
	sentStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if !isASCIILetter(c) {
			if c == '.' || c == '!' || c == '?' || c == '"' || c == ':' {
				sentStart = true
			}
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		w := s[i:j]
		switch {
		case w == strings.ToLower(w):
			lower[w]++
		case !sentStart && w[1:] == strings.ToLower(w[1:]):
			capd[strings.ToLower(w)]++
		}
		sentStart = false
		i = j
	}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (g *gen) writeCommon(path string) error {
	words := make([]string, 0, len(g.common))
	for w := range g.common {
		if w != "" && !strings.ContainsAny(w, " \t") {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return writeGzip(path, func(w *bufio.Writer) {
		for _, s := range words {
			w.WriteString(s)
			w.WriteByte('\n')
		}
	})
}

// ---- countries ----

// isoFix maps the countries table's codes to the CAMEO ones where they differ.
var isoFix = map[string]string{"UNK": "KSV"}

func (g *gen) readCountries() error {
	// City populations first: they rank countries sharing a demonym.
	if err := readTSV(filepath.Join(g.shared, "data/geo/countries.tsv"), func(col func(string) string) error {
		iso3 := col("iso3")
		if f, ok := isoFix[iso3]; ok {
			iso3 = f
		}
		g.iso2to3[col("iso2")] = iso3
		return nil
	}); err != nil {
		return err
	}
	if err := readTSV(filepath.Join(g.shared, "data/geo/cities15000.tsv"), func(col func(string) string) error {
		g.countryPop[g.iso2to3[col("country")]] += atoi(col("population"))
		return nil
	}); err != nil {
		return err
	}
	demonyms := map[string][]*entry{}
	err := readTSV(filepath.Join(g.shared, "data/geo/countries.tsv"), func(col func(string) string) error {
		iso3 := g.iso2to3[col("iso2")]
		e := &entry{kind: "country", name: col("name"), country: iso3, codes: []dcode{{code: iso3}},
			lat: atof(col("lat")), lon: atof(col("lon")), pop: g.countryPop[iso3], capital: firstOf(col("capital"))}
		e.add(col("name"), false)
		if plausibleName(col("official_name")) {
			e.add(col("official_name"), false)
		}
		for _, a := range strings.Split(col("alt_names"), "|") {
			if a == "US" || a == "U.S." || a == "UK" || a == "UAE" || a == "DRC" || a == "USA" || a == "U.S.A." ||
				plausibleName(a) {
				e.add(a, false)
			}
		}
		g.countryByISO[iso3] = e
		g.push(e)
		for _, d := range strings.Split(col("demonyms"), "|") {
			d = strings.TrimSpace(d)
			if d == "" || strings.ContainsAny(d, ",()") || strings.Contains(d, " - ") || len(strings.Fields(d)) > 2 ||
				text.Normalize(d) == text.Normalize(col("name")) || !plausibleName(d) {
				continue
			}
			demonyms[d] = append(demonyms[d], e)
		}
		return nil
	})
	if err != nil {
		return err
	}
	names := make([]string, 0, len(demonyms))
	for d := range demonyms {
		names = append(names, d)
	}
	sort.Strings(names)
	for _, d := range names {
		// A demonym several countries claim ("Dutch": the Netherlands and
		// the Caribbean Netherlands) stays with those at least a tenth as
		// populous as the largest claimant.
		cs := demonyms[d]
		maxPop := 0
		for _, c := range cs {
			maxPop = max(maxPop, c.pop)
		}
		for _, c := range cs {
			if c.pop*10 >= maxPop {
				g.addDemonym(c, d)
			}
		}
	}
	return nil
}

func (g *gen) addDemonym(c *entry, d string) {
	for _, e := range g.byKey[key(d)] {
		if e.kind == "demonym" && e.country == c.country {
			return
		}
	}
	e := &entry{kind: "demonym", name: d, country: c.country, codes: c.codes, lat: c.lat, lon: c.lon, pop: c.pop}
	e.add(d, false)
	if p := demonymPlural(d); p != "" {
		e.add(p, false)
	}
	g.push(e)
}

// demonymPlural gives the plural of a demonym as a noun for people:
// "Iranian" → "Iranians", "Iraqi" → "Iraqis"; words in -ese, -ss, -sh, -ch
// ("Chinese", "Swiss", "British", "French") have none.
func demonymPlural(d string) string {
	l := strings.ToLower(d)
	switch {
	case strings.HasSuffix(l, "ese"), strings.HasSuffix(l, "ss"), strings.HasSuffix(l, "sh"),
		strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"):
		return ""
	case strings.HasSuffix(l, "man"):
		return d[:len(d)-3] + "men"
	}
	return d + "s"
}

func firstOf(s string) string {
	if i := strings.IndexByte(s, '|'); i >= 0 {
		return s[:i]
	}
	return s
}

func (g *gen) readAliases() error {
	return readTSV(filepath.Join(g.hand, "aliases.tsv"), func(col func(string) string) error {
		c := g.countryByISO[col("iso3")]
		if c == nil {
			return fmt.Errorf("alias %q: unknown country %s", col("phrase"), col("iso3"))
		}
		switch col("kind") {
		case "name":
			c.add(col("phrase"), false)
			g.index(c, col("phrase"))
		case "demonym":
			g.addDemonym(c, col("phrase"))
		}
		return nil
	})
}

// ---- cities and admin1 ----

// stateWord and provinceWord list the countries whose first-level divisions
// news calls "X state" or "X province"; the generator adds those forms.
var (
	stateWord    = map[string]bool{"USA": true, "IND": true, "NGA": true, "MEX": true, "BRA": true, "AUS": true, "MYS": true, "SDN": true, "SSD": true, "VEN": true, "DEU": true, "MMR": true}
	provinceWord = map[string]bool{"AFG": true, "IRN": true, "IRQ": true, "SYR": true, "CHN": true, "PAK": true, "TUR": true, "SAU": true, "CAN": true, "ARG": true, "ZAF": true, "PHL": true, "IDN": true, "THA": true, "VNM": true, "KOR": true, "ESP": true, "ITA": true, "NLD": true, "BEL": true, "COD": true, "MOZ": true, "YEM": true}
	regionWord   = map[string]bool{"UKR": true, "RUS": true, "FRA": true}
)

func (g *gen) readCities() error {
	type adm struct {
		e          *entry
		wlat, wlon float64
	}
	admins := map[string]*adm{}
	var order []string
	err := readTSV(filepath.Join(g.shared, "data/geo/cities15000.tsv"), func(col func(string) string) error {
		iso3 := g.iso2to3[col("country")]
		pop := atoi(col("population"))
		lat, lon := atof(col("lat")), atof(col("lon"))
		if an := col("admin1_name"); an != "" {
			k := iso3 + "\t" + col("admin1_code")
			a := admins[k]
			if a == nil {
				a = &adm{e: &entry{kind: "admin1", name: an, country: iso3, codes: []dcode{{code: iso3}}, feature: "ADM1", admin1: an}}
				admins[k] = a
				order = append(order, k)
			}
			w := float64(max(pop, 1))
			a.e.pop += pop
			a.wlat += w * lat
			a.wlon += w * lon
		}
		// Sections of a city (PPLX) are kept only when large.
		if col("feature_code") == "PPLX" && pop < 200000 {
			return nil
		}
		e := &entry{kind: "city", name: col("name"), country: iso3, codes: []dcode{{code: iso3}}, lat: lat, lon: lon,
			pop: pop, gid: atoi(col("geonameid")), feature: col("feature_code"), admin1: col("admin1_name")}
		for _, n := range []string{col("name"), col("ascii_name")} {
			e.add(n, false)
			// "Washington, D.C." is also "Washington" and "Washington D.C.".
			if i := strings.Index(n, ", "); i > 0 {
				e.add(n[:i], false)
				e.add(n[:i]+" "+n[i+2:], false)
			}
		}
		for _, a := range strings.Split(col("alt_names"), "|") {
			if plausibleName(a) {
				e.add(a, false)
			}
		}
		g.push(e)
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range order {
		a := admins[k]
		e := a.e
		w := float64(0)
		if e.pop > 0 {
			w = float64(e.pop)
		}
		if w > 0 {
			e.lat, e.lon = round(a.wlat/w), round(a.wlon/w)
		}
		e.add(e.name, false)
		if n := strings.TrimSuffix(strings.TrimSuffix(e.name, " Oblast"), " Province"); n != e.name {
			if regionWord[e.country] {
				e.add(n+" region", false)
				e.add(n+" Oblast", false)
			} else {
				e.add(n+" province", false)
			}
		}
		switch {
		case stateWord[e.country]:
			e.add(e.name+" state", false)
			e.add(e.name+" State", false)
		case provinceWord[e.country]:
			e.add(e.name+" province", false)
			e.add(e.name+" Province", false)
		case regionWord[e.country]:
			e.add(e.name+" region", false)
		}
		g.push(e)
	}
	return nil
}

func round(f float64) float64 { return float64(int(f*1e4)) / 1e4 }

// ---- hand-written places ----

func (g *gen) readPlaces() error {
	return readTSV(filepath.Join(g.hand, "places.tsv"), func(col func(string) string) error {
		e := &entry{kind: col("kind"), name: col("name"), country: col("country"), lat: atof(col("lat")), lon: atof(col("lon"))}
		switch e.kind {
		case "region", "water", "landmark":
		default:
			return fmt.Errorf("place %q: unknown kind %q", e.name, e.kind)
		}
		if c := col("code"); c != "" {
			e.codes = []dcode{{code: c}}
		} else if e.country != "" {
			e.codes = []dcode{{code: e.country}}
		}
		e.add(e.name, false)
		for _, a := range strings.Split(col("aliases"), "|") {
			e.add(a, false)
		}
		if e.kind == "landmark" {
			e.feature = "FAC"
		}
		g.push(e)
		return nil
	})
}

// ---- officeholders ----

// normDate turns YYYY, YYYY-MM or YYYY-MM-DD into a full date; an end date
// given by year or month is taken as the first day after that period, so
// that the half-open range covers it.
func normDate(s string, end bool) string {
	switch len(s) {
	case 4:
		if end {
			return fmt.Sprintf("%04d-01-01", atoi(s)+1)
		}
		return s + "-01-01"
	case 7:
		if end {
			y, m := atoi(s[:4]), atoi(s[5:])
			m++
			if m > 12 {
				y, m = y+1, 1
			}
			return fmt.Sprintf("%04d-%02d-01", y, m)
		}
		return s + "-01"
	}
	return s
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func (g *gen) readOfficeholders() error {
	byName := map[string]*entry{}
	var order []*entry
	err := readTSV(filepath.Join(g.shared, "data/actors_update/officeholders.tsv"), func(col func(string) string) error {
		k := key(col("name"))
		e := byName[k]
		if e == nil {
			e = &entry{kind: "person", name: col("name")}
			byName[k] = e
			order = append(order, e)
		}
		e.add(col("name"), false)
		for _, a := range strings.Split(col("aliases"), "|") {
			e.add(a, false)
		}
		e.codes = append(e.codes, dcode{code: col("code"), from: normDate(col("start"), false),
			to: normDate(col("end"), true), role: capFirst(col("office"))})
		e.country = col("country")
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range order {
		// Latest term first: where terms overlap, the newer office wins.
		sort.SliceStable(e.codes, func(i, j int) bool { return e.codes[i].from > e.codes[j].from })
		e.role = e.codes[0].role
		if len(e.codes[0].code) >= 3 && !isBloc(e.codes[0].code[:3]) {
			e.country = e.codes[0].code[:3]
		} else {
			e.country = ""
		}
		g.push(e)
	}
	return nil
}

// isBloc reports whether a code's first block is not a country.
func isBloc(s string) bool {
	switch s {
	case "IGO", "NGO", "IMG", "MNC", "MED", "REB", "UIS", "UAF":
		return true
	}
	return false
}

// ---- organisations ----

func (g *gen) readOrganisations() error {
	return readTSV(filepath.Join(g.shared, "data/actors_update/organisations.tsv"), func(col func(string) string) error {
		e := &entry{kind: "org", name: col("name"), country: col("country"), codes: []dcode{{code: col("code")}}, class: col("kind")}
		e.add(e.name, false)
		for _, a := range strings.Split(col("aliases"), "|") {
			e.add(a, false)
		}
		g.push(e)
		return nil
	})
}

// ---- agents ----

// plural makes the regular English plural of a role noun phrase: the head
// noun is the word before "of" ("member of parliament" → "members of
// parliament"), else the last word.
func plural(p string) string {
	ws := strings.Fields(p)
	h := len(ws) - 1
	for i, w := range ws {
		if i > 0 && (w == "OF" || w == "of" || w == "FOR" || w == "for" || w == "IN" || w == "in") {
			h = i - 1
			break
		}
	}
	ws[h] = pluralWord(ws[h])
	return strings.Join(ws, " ")
}

// irregular lists the irregular plurals role nouns need.
var irregular = map[string]string{"CHILD": "CHILDREN", "PERSON": "PEOPLE", "THIEF": "THIEVES", "CHIEF": "CHIEFS",
	"WIFE": "WIVES", "WOLF": "WOLVES", "STAFF": "STAFF", "POLICE": "POLICE", "PERSONNEL": "PERSONNEL",
	"MILITARY": "MILITARIES", "CLERGY": "CLERGY", "CATTLE": "CATTLE", "GERMAN": "GERMANS", "SHAMAN": "SHAMANS",
	"HUMAN": "HUMANS", "OTTOMAN": "OTTOMANS", "TALISMAN": "TALISMANS"}

func pluralWord(w string) string {
	u := strings.ToUpper(w)
	if p, ok := irregular[u]; ok {
		return p
	}
	n := len(u)
	switch {
	case strings.HasSuffix(u, "MAN"):
		return u[:n-3] + "MEN"
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "X"), strings.HasSuffix(u, "Z"),
		strings.HasSuffix(u, "CH"), strings.HasSuffix(u, "SH"):
		return u + "ES"
	case n > 1 && strings.HasSuffix(u, "Y") && !strings.ContainsRune("AEIOU", rune(u[n-2])):
		return u[:n-1] + "IES"
	case strings.HasSuffix(u, "IFE"):
		return u[:n-2] + "VES"
	}
	return u + "S"
}

func (g *gen) readAgents() error {
	return readTSV(filepath.Join(g.shared, "data/cameo/agents.tsv"), func(col func(string) string) error {
		p := strings.TrimSpace(col("phrase"))
		if p == "" || col("code") == "" {
			return nil
		}
		e := &entry{kind: "agent", name: strings.ToLower(p), role: strings.ToLower(p), agent: col("code"),
			prefix: col("attach") == "prefix", noCap: true}
		e.add(p, true)
		switch pl := col("plural"); pl {
		case "auto":
			e.add(plural(p), true)
		case "none", "", "plural":
		default:
			for _, f := range strings.Split(pl, "|") {
				e.add(f, true)
			}
		}
		g.push(e)
		return nil
	})
}

// ---- actors.tsv ----

type actorRow struct {
	phrase, code, from, to, file, comment string
	prio                                  int
}

func (g *gen) readActors() error {
	type group struct {
		id   int
		rows []actorRow
	}
	var groups []*group
	byID := map[int]*group{}
	err := readTSV(filepath.Join(g.shared, "data/cameo/actors.tsv"), func(col func(string) string) error {
		id := atoi(col("entry_id"))
		gr := byID[id]
		if gr == nil {
			gr = &group{id: id}
			byID[id] = gr
			groups = append(groups, gr)
		}
		r := actorRow{phrase: col("phrase"), code: col("code"), from: col("date_from"), to: col("date_to"),
			file: col("source_file"), comment: col("comment"), prio: atoi(col("priority"))}
		gr.rows = append(gr.rows, r)
		if r.file == "Phoenix.Countries.actors.txt" && len(r.code) == 3 {
			g.countryCodes[r.code] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	codesOf := func(gr *group) []dcode {
		// The code list of the entry: the rows of its first phrase, in
		// priority order.
		var cs []dcode
		first := gr.rows[0].phrase
		rows := slices.Clone(gr.rows)
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].prio < rows[j].prio })
		for _, r := range rows {
			if r.phrase == first && r.code != "" {
				cs = append(cs, dcode{code: r.code, from: r.from, to: r.to})
			}
		}
		return cs
	}
	for _, gr := range groups {
		codes := codesOf(gr)
		// An entry with no code of its own takes the next entry's codes
		// (actors.tsv README: a root line directly followed by another root).
		for id := gr.id + 1; len(codes) == 0 && byID[id] != nil && id <= gr.id+5; id++ {
			codes = codesOf(byID[id])
		}
		if len(codes) == 0 {
			continue
		}
		var phrases []string
		for _, r := range gr.rows {
			p := strings.TrimPrefix(r.phrase, "THE ")
			if p != "" && !slices.Contains(phrases, p) {
				phrases = append(phrases, p)
			}
		}
		file := gr.rows[0].file
		bare := true
		dated := false
		eli := true
		for _, c := range codes {
			if len(c.code) != 3 || !g.countryCodes[c.code] {
				bare = false
			}
			if c.from != "" || c.to != "" {
				dated = true
			}
			if !strings.HasSuffix(c.code, "ELI") {
				eli = false
			}
		}
		// A place whose code changed over time (Kyiv: USRUKR, UKRUNR, then
		// UKR) is still a place: what counts is its present code.
		if cur := presentCode(codes); len(cur) == 3 && g.countryCodes[cur] {
			bare = true
		}
		if bare && file == "Phoenix.Countries.actors.txt" {
			g.bareActor(phrases, codes)
			continue
		}
		g.roleActor(gr.rows[0].phrase, phrases, codes, file, dated || eli)
	}
	return nil
}

// bareActor handles an actors.tsv entry whose only code is a country: its
// phrases are place names and demonyms. A phrase the gazetteer already has
// for the same country is left to the gazetteer; a country's own name takes
// the CAMEO code where it differs from ISO (Timor-Leste TMP); every other
// phrase becomes an entry of its own.
func (g *gen) bareActor(phrases []string, codes []dcode) {
	cc := presentCode(codes)
	for _, p := range phrases {
		k := key(p)
		covered := false
		for _, e := range g.byKey[k] {
			if e.kind == "agent" {
				continue
			}
			if e.country == cc || (e.codes != nil && e.codes[0].code == cc) {
				covered = true
				continue
			}
			if e.kind == "country" && text.Normalize(e.name) == k {
				e.codes = []dcode{{code: cc}}
				covered = true
			}
		}
		if covered {
			continue
		}
		e := &entry{kind: "actor", name: titleCase(p), country: cc, codes: codes}
		e.add(p, true)
		if c := g.countryByISO[cc]; c != nil {
			e.lat, e.lon = c.lat, c.lon
		}
		g.push(e)
	}
}

// presentCode is the code that applies today: the open-ended code starting
// latest, else the first undated one, else the first.
func presentCode(codes []dcode) string {
	best := -1
	for i, c := range codes {
		if c.to == "" && c.from != "" && (best < 0 || c.from > codes[best].from) {
			best = i
		}
	}
	if best < 0 {
		for _, c := range codes {
			if c.from == "" && c.to == "" {
				return c.code
			}
		}
		return codes[0].code
	}
	return codes[best].code
}

// roleActor handles an actors.tsv entry with role codes: a person (dated
// codes or an elite code), an organisation (the International and
// MilNonState files), or another actor ("KREMLIN", "RUSSIAN ARMY").
// Phrases of a person already listed in actors_update merge into that person,
// whose newer terms come first; phrases a curated entry (organisation,
// landmark, region) already has are left to it.
func (g *gen) roleActor(root string, phrases []string, codes []dcode, file string, person bool) {
	if person {
		for _, p := range phrases {
			for _, e := range g.byKey[key(p)] {
				if e.kind != "person" || e.dropped {
					continue
				}
				for _, c := range codes {
					if !slices.Contains(e.codes, c) {
						e.codes = append(e.codes, c)
					}
				}
				for _, q := range phrases {
					e.add(q, true)
					g.index(e, q)
				}
				return
			}
		}
	}
	kind := "actor"
	switch {
	case person:
		kind = "person"
	case file != "Phoenix.Countries.actors.txt":
		kind = "org"
	}
	e := &entry{kind: kind, name: titleCase(root), codes: codes}
	if c := codes[0].code; len(c) >= 3 && g.countryCodes[c[:3]] {
		e.country = c[:3]
	}
	for _, p := range phrases {
		taken := false
		for _, o := range g.byKey[key(p)] {
			switch o.kind {
			case "org", "landmark", "region", "water", "person":
				taken = o.kind != "person" || !person
			}
		}
		if !taken {
			e.add(p, true)
		}
	}
	if len(e.phrases) == 0 {
		return
	}
	g.push(e)
}

// smallWords stay lower case inside a title-cased name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"de": true, "la": true, "del": true, "du": true, "des": true, "to": true, "a": true, "an": true, "al": true, "el": true, "bin": true}

// titleCase turns an upper-case dictionary phrase into a display name:
// "VLADIMIR PUTIN" → "Vladimir Putin", "U.S." and short acronyms stay as
// they are.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && smallWords[lw]:
			ws[i] = lw
		case strings.Contains(w, ".") || (len(ws) == 1 && len(w) <= 4) || !hasVowel(lw):
			// acronym: keep
		default:
			ws[i] = titleWord(lw)
		}
	}
	return strings.Join(ws, " ")
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouy") }

func titleWord(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == '\'' && b.Len() <= 2
	}
	return b.String()
}

// ---- output ----

var kindRank = map[string]int{"country": 0, "demonym": 1, "region": 2, "water": 3, "landmark": 4, "person": 5,
	"org": 6, "agent": 7, "actor": 8, "city": 9, "admin1": 10}

func (g *gen) writeEntries(path string) error {
	es := slices.Clone(g.entries)
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if kindRank[a.kind] != kindRank[b.kind] {
			return kindRank[a.kind] < kindRank[b.kind]
		}
		return a.pop > b.pop
	})
	clean := strings.NewReplacer("\t", " ", "|", "/", ":", " ", "\n", " ")
	return writeGzip(path, func(w *bufio.Writer) {
		w.WriteString("# kind\tname\tcountry\tcodes\trole\tagent\tprefix\tlat\tlon\tpop\tgeonameid\tfeature\tadmin1\tclass\tcapital\tphrases\n")
		for _, e := range es {
			if e.dropped {
				continue
			}
			ps := g.phraseForms(e)
			if len(ps) == 0 {
				continue
			}
			if e.kind == "person" && e.country != "" && !slices.ContainsFunc(e.codes, func(c dcode) bool { return c.from == "" && c.to == "" }) {
				// Outside every listed term a person is the country's elite
				// (actors_update README).
				e.codes = append(e.codes, dcode{code: e.country + "ELI"})
			}
			var cs []string
			for _, c := range e.codes {
				cs = append(cs, clean.Replace(c.code)+":"+c.from+":"+c.to+":"+clean.Replace(c.role))
			}
			prefix := ""
			if e.prefix {
				prefix = "1"
			}
			f := []string{e.kind, clean.Replace(e.name), e.country, strings.Join(cs, "|"), clean.Replace(e.role), e.agent, prefix,
				fmtFloat(e.lat), fmtFloat(e.lon), fmtInt(e.pop), fmtInt(e.gid), e.feature, clean.Replace(e.admin1),
				clean.Replace(e.class), clean.Replace(e.capital), strings.Join(ps, "|")}
			w.WriteString(strings.Join(f, "\t"))
			w.WriteByte('\n')
		}
	})
}

func fmtFloat(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func fmtInt(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func writeGzip(path string, f func(*bufio.Writer)) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(fh, gzip.BestCompression)
	if err != nil {
		fh.Close()
		return err
	}
	bw := bufio.NewWriter(zw)
	f(bw)
	if err := bw.Flush(); err != nil {
		fh.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

// ---- phrase forms and capitalisation ----

// arabicArticles are the particles news joins to the next word with a
// hyphen or a space ("al-Qaeda", "al Qaeda").
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true,
	"az": true, "an": true, "abu": true, "bin": true, "ibn": true, "abd": true}

// functionWords are left lower case when a phrase's casing is unknown.
var functionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"de": true, "la": true, "del": true, "du": true, "des": true, "to": true, "a": true, "an": true, "&": true}

// phraseForms returns the encoded phrases of an entry: every surface form and
// its variants (periods of abbreviations dropped, hyphenated words split,
// Arabic articles hyphenated, Saint/St.), each as
// "capmask.allcapsmask.tok tok …" with normalised tokens.
func (g *gen) phraseForms(e *entry) []string {
	var out []string
	seen := map[string]bool{}
	emit := func(toks []string, upper bool) {
		if len(toks) == 0 || len(toks) > 16 {
			return
		}
		norm := make([]string, len(toks))
		for i, t := range toks {
			norm[i] = text.Normalize(t)
			if strings.ContainsAny(norm[i], "|\t ") || norm[i] == "" {
				return
			}
		}
		k := strings.Join(norm, " ")
		if seen[k] {
			return
		}
		seen[k] = true
		var capm, allm uint32
		if !e.noCap {
			capm, allm = g.capMasks(toks, norm, upper)
		}
		out = append(out, strconv.FormatUint(uint64(capm), 16)+"."+strconv.FormatUint(uint64(allm), 16)+"."+k)
	}
	for _, p := range e.phrases {
		toks := text.Split(p.s)
		// A leading "the" is left to the entity layer: "the Kremlin" is
		// indexed as "Kremlin".
		if len(toks) > 1 && strings.EqualFold(toks[0], "the") {
			toks = toks[1:]
		}
		forms := [][]string{toks}
		for _, f := range slices.Clone(forms) {
			if v, ok := variant(f, noPeriods); ok {
				forms = append(forms, v)
			}
			if v, ok := variant(f, splitHyphen); ok {
				forms = append(forms, v)
			}
			if v, ok := joinArticles(f); ok {
				forms = append(forms, v)
			}
			if v, ok := variant(f, saint); ok {
				forms = append(forms, v)
			}
		}
		for _, f := range forms {
			emit(f, p.upper)
		}
	}
	return out
}

// variant applies f to every token; ok is false when nothing changed.
func variant(toks []string, f func(string) []string) ([]string, bool) {
	var out []string
	changed := false
	for _, t := range toks {
		r := f(t)
		if len(r) != 1 || r[0] != t {
			changed = true
		}
		out = append(out, r...)
	}
	return out, changed
}

func noPeriods(t string) []string {
	if len(t) > 1 && strings.Contains(t, ".") && strings.ContainsFunc(t, unicode.IsLetter) {
		return []string{strings.ReplaceAll(t, ".", "")}
	}
	return []string{t}
}

func splitHyphen(t string) []string {
	if !strings.Contains(t, "-") {
		return []string{t}
	}
	var out []string
	for _, p := range strings.Split(t, "-") {
		if p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{t}
	}
	return out
}

func saint(t string) []string {
	switch strings.ToLower(t) {
	case "saint":
		return []string{"St."}
	case "st.", "st":
		return []string{"Saint"}
	}
	return []string{t}
}

func joinArticles(toks []string) ([]string, bool) {
	var out []string
	changed := false
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && arabicArticles[strings.ToLower(toks[i])] && strings.ContainsFunc(toks[i+1], unicode.IsLetter) {
			out = append(out, toks[i]+"-"+toks[i+1])
			i++
			changed = true
			continue
		}
		out = append(out, toks[i])
	}
	return out, changed
}

// capMasks decides which tokens of a phrase must be capitalised (capm) or
// all capitals (allm) in the text. The rule: a phrase whose every word is a
// common lower-case English word (common.txt: GMB counts, CAMEO verbs and
// prepositions, a hand list), or is one or two letters long, is ambiguous in
// lower case and must keep the casing of its dictionary form — "Nice",
// "Split", "Of", "US", "IT". Other phrases ("Putin", "Tehran") match in any
// case. Where the source is all upper case (actors.tsv), a one-word phrase
// of up to three letters is taken as an acronym, and every other word except
// function words as capitalised.
func (g *gen) capMasks(toks, norm []string, upper bool) (capm, allm uint32) {
	words := 0
	ambiguous := true
	for _, n := range norm {
		letters := 0
		for _, r := range n {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters == 0 {
			continue
		}
		words++
		bare := strings.Trim(strings.ReplaceAll(n, ".", ""), "'-")
		if !g.common[bare] && !g.common[n] && letters > 2 && !functionWords[n] {
			ambiguous = false
		}
	}
	if words == 0 || !ambiguous {
		return 0, 0
	}
	for i, t := range toks {
		if i >= 32 {
			break
		}
		n := norm[i]
		if !strings.ContainsFunc(n, unicode.IsLetter) {
			continue
		}
		bit := uint32(1) << i
		if upper {
			letters := utf8.RuneCountInString(strings.ReplaceAll(t, ".", ""))
			switch {
			case words == 1 && (letters <= 3 || strings.Contains(t, ".")):
				allm |= bit
			case i > 0 && functionWords[n]:
			default:
				capm |= bit
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case isAllCaps(t):
			allm |= bit
		case unicode.IsUpper(r):
			capm |= bit
		}
	}
	return capm, allm
}

func isAllCaps(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}
