package lexicon

// Kind says what an entry names.
type Kind uint8

// Entry kinds.
const (
	Country  Kind = iota + 1 // a sovereign state or territory with an ISO code
	Demonym                  // "Iranian", "Iranians"
	City                     // a populated place (GeoNames, population ≥ 15,000)
	Admin1                   // a first-level division: US state, province, oblast
	Region                   // a region news names: "Middle East", "Donbas", "Gaza Strip"
	Water                    // a sea, strait, gulf, river or lake
	Landmark                 // a building or site, often a metonym: "Kremlin", "White House"
	Person                   // an office-holder or a person in the CAMEO dictionaries
	Org                      // an IGO, NGO, company, news outlet, armed group, party or government body
	Agent                    // a role noun: "spokesman", "rebels", "President"
	Actor                    // a CAMEO actor phrase not otherwise classified
)

var kindNames = [...]string{"", "country", "demonym", "city", "admin1", "region", "water", "landmark", "person",
	"org", "agent", "actor"}

// String returns the kind's lowercase name, as the data files spell it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// parseKind is String's inverse; it returns 0 for an unknown name.
func parseKind(s string) Kind {
	for i, n := range kindNames {
		if n == s && i > 0 {
			return Kind(i)
		}
	}
	return 0
}

// IsPlace reports whether entries of this kind belong on a map.
func (k Kind) IsPlace() bool {
	switch k {
	case Country, City, Admin1, Region, Water, Landmark:
		return true
	}
	return false
}

// DatedCode is a CAMEO actor code valid over the half-open date range
// [From, To) (YYYY-MM-DD; "" = unbounded), with the office it stands for
// where known.
type DatedCode struct {
	Code     string
	From, To string
	Role     string // "Head of state", "Foreign minister" … for office-holders' terms; "" otherwise
}

// Holds reports whether date (YYYY-MM-DD) lies in the code's range.
func (c DatedCode) Holds(date string) bool {
	return (c.From == "" || c.From <= date) && (c.To == "" || date < c.To)
}

// Entry is one dictionary entry. Entries are shared by all users of a
// Lexicon and must not be modified.
type Entry struct {
	Kind    Kind
	Name    string // canonical display name: "Vladimir Putin", "Russia", "Tehran", "Interfax"
	Country string // ISO-3 (CAMEO's where they differ: KSV, TMP); "" for global bodies and role nouns
	// Codes are actor codes in priority order: the first whose range holds
	// the date applies (PETRARCH2's rule). For office-holders the terms of
	// actors_update come first, newest first, then actors.tsv's codes, then
	// a default XXXELI.
	Codes []DatedCode
	Role  string // latest office ("Head of state") or the role noun ("spokesman")
	// Agent is a role noun's agent code ("GOV", "MIL", "MED"); Prefix says it
	// goes before the country code (NGO~ style) rather than after it.
	Agent  string
	Prefix bool
	// Places: position, population (for countries and divisions, the sum of
	// their cities of 15,000 and more), GeoNames id, feature code ("PPLC",
	// "ADM1", "FAC"), first-level division name, capital.
	Lat, Lon   float64
	Population int
	GeonameID  int
	Feature    string
	Admin1     string
	Capital    string
	// Class is an organisation's kind: "news agency", "armed group", "IGO" ….
	Class string
	// NeedsCap is true when the entry's name is also common lower-case
	// English ("Nice", "Of", "US") and matches only with its capitals.
	NeedsCap bool
	// Keys are the entry's normalised phrases (tokens joined by one space),
	// the name's first.
	Keys []string
}

// CodeOn returns the actor code valid on date (YYYY-MM-DD): the first code
// whose range holds it. With date "" it returns the code of the present:
// the open-ended code that starts latest, else an undated one, else the
// first. It returns "" for an entry without codes.
func (e *Entry) CodeOn(date string) string {
	if c := e.codeOn(date); c != nil {
		return c.Code
	}
	return ""
}

// RoleOn returns the office held on date ("" date: at present), or Role when
// the codes carry none.
func (e *Entry) RoleOn(date string) string {
	if c := e.codeOn(date); c != nil && c.Role != "" {
		return c.Role
	}
	if e.Kind == Person && len(e.Codes) > 0 && e.Codes[0].Role != "" {
		// The date lies outside every term: no office then.
		return ""
	}
	return e.Role
}

func (e *Entry) codeOn(date string) *DatedCode {
	if len(e.Codes) == 0 {
		return nil
	}
	if date == "" {
		var best, undated *DatedCode
		for i := range e.Codes {
			c := &e.Codes[i]
			switch {
			case c.From == "" && c.To == "":
				if undated == nil {
					undated = c
				}
			case c.To == "" && (best == nil || c.From > best.From):
				best = c
			}
		}
		switch {
		case best != nil:
			return best
		case undated != nil:
			return undated
		}
		return &e.Codes[0]
	}
	for i := range e.Codes {
		if e.Codes[i].Holds(date) {
			return &e.Codes[i]
		}
	}
	return nil
}

// GeoKind returns the output contract's geo kind for a place entry
// (country, admin1, city, region, water, landmark), or "" for others.
func (e *Entry) GeoKind() string {
	if e.Kind.IsPlace() {
		return e.Kind.String()
	}
	return ""
}
