package model

// EntityType is one of the output contract's entity types.
type EntityType string

// Entity types (spec/OUTPUT.md).
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE" // countries, cities, states: places with a government
	Loc    EntityType = "LOC" // regions, waters, mountains
	Fac    EntityType = "FAC" // buildings, airports, bridges
	NORP   EntityType = "NORP"
	Misc   EntityType = "MISC"
)

// IsPlace reports whether entities of this type belong on a map.
func (t EntityType) IsPlace() bool { return t == GPE || t == Loc || t == Fac }

// MentionKind says how a mention names its entity.
type MentionKind uint8

// Mention kinds.
const (
	MentionName    MentionKind = iota // a proper name: "Vladimir Putin", "Iran"
	MentionNominal                    // a role noun phrase: "the National Security Advisor"
	MentionPronoun                    // he, she, it, they
	MentionDemonym                    // "Iranian" in "Iranian drones"
	MentionMetonym                    // "the Kremlin", "Tehran" acting as a government
)

// Mention is one place in the text that refers to an entity.
type Mention struct {
	Start, End  int // byte offsets
	Text        string
	First, Last int // tokens Tokens[First:Last]
	Sentence    int
	Kind        MentionKind
	// Actor is a code this mention itself carries, where it differs from the
	// entity's: "the Kremlin" inside Russia's entity is RUSGOV.
	Actor string
}

// Geo is a place's position from the gazetteer.
type Geo struct {
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Kind      string  `json:"kind"` // country, admin1, city, region, water, landmark
	GeonameID int     `json:"geonames_id,omitempty"`
	Admin1    string  `json:"admin1,omitempty"`
}

// Entity is one person, organisation, place or group, with all its mentions.
type Entity struct {
	ID      string // "e1", "e2", … in order of first mention
	Name    string // canonical name
	Type    EntityType
	Actor   string // CAMEO actor code valid on the reference date, "" if none
	Country string // ISO 3166-1 alpha-3, "" if none
	Role    string // "President", "spokesman", … "" if none
	Geo     *Geo
	// Mentions are in text order.
	Mentions []Mention
	// Known is true when a dictionary, not only a rule or the tagger, knows the name.
	Known bool
}

// Ref returns a reference to the entity as events, quotes and claims carry it.
func (e *Entity) Ref() *Ref {
	if e == nil {
		return nil
	}
	return &Ref{Entity: e.ID, Name: e.Name, Actor: e.Actor}
}

// Ref points at an entity and repeats its name and actor code, so that a
// reader of one event or quote needs nothing else.
type Ref struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Actor  string `json:"actor"`
}
