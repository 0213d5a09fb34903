package store

// FusedEvent is one real-world event as told by one or more reports: the
// event rows of several articles merged by fusion (see package fusion).
type FusedEvent struct {
	ID        int64   `json:"id"`
	Code      string  `json:"code"` // CAMEO code of the first report
	Root      string  `json:"root"`
	Label     string  `json:"label"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	Source    Actor   `json:"source"`
	Target    *Actor  `json:"target"` // nil when the event has no target
	// FirstDate and LastDate bound the event dates of its reports
	// (YYYY-MM-DD); empty when no report has a date.
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
	Place     *Place `json:"place"`
	// NumMentions counts event reports, NumArticles distinct articles and
	// NumSources distinct publishers.
	NumMentions int `json:"num_mentions"`
	NumArticles int `json:"num_articles"`
	NumSources  int `json:"num_sources"`
	// NumAffirmed counts reports with modality asserted, reported or
	// planned; NumDenied those with modality denied.
	NumAffirmed int `json:"num_affirmed"`
	NumDenied   int `json:"num_denied"`
	// Disputed is true when one report affirms the event and another
	// denies it.
	Disputed bool `json:"disputed"`
	// Modality is the most frequent modality of its reports (ties: the
	// spec's order).
	Modality string `json:"modality"`
	// FirstSeen and LastSeen are the earliest and latest publication dates
	// (YYYY-MM-DD) of the articles that report it, the ingest date where an
	// article has none.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	// SourceURL is the URL (or, lacking one, the id) of the first article.
	SourceURL string `json:"source_url"`
	// DateAdded is when the fused event was created (UTC, RFC 3339).
	DateAdded string `json:"date_added"`
	// Evidence is filled by callers that ask for it (Store.Evidence).
	Evidence []EventReport `json:"evidence,omitempty"`
}

// Actor is one side of an event.
type Actor struct {
	Code      string   `json:"code"` // CAMEO actor code, "" if none
	Name      string   `json:"name"`
	Country   string   `json:"country"` // ISO 3166-1 alpha-3, "" if none
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	GeoKind   string   `json:"geo_kind,omitempty"`
	GeonameID int      `json:"geonames_id,omitempty"`
}

// Key returns the actor's fusion identity: its code, else its name.
func (a Actor) Key() string {
	if a.Code != "" {
		return a.Code
	}
	return a.Name
}

// Place is where an event happens.
type Place struct {
	Name      string   `json:"name"`
	Country   string   `json:"country"`
	Kind      string   `json:"kind"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeonameID int      `json:"geonames_id,omitempty"`
}

// EventReport is one event row: one article's report of an event.
type EventReport struct {
	ID           int64  `json:"id"`
	ArticleID    int64  `json:"article_id"`
	ArticleURL   string `json:"article_url"`
	ArticleExtID string `json:"article_ext_id"`
	Source       string `json:"publisher"`
	EventID      string `json:"event_id"` // "v1" … within the article
	Code         string `json:"code"`
	Modality     string `json:"modality"`
	Date         string `json:"date"`
	Sentence     int    `json:"sentence"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	Claim        string `json:"claim,omitempty"` // claim text, if the event comes from one
	ClaimStatus  string `json:"claim_status,omitempty"`
	ClaimBy      string `json:"claim_by,omitempty"`
}

// Order says how FusedEvents sorts.
type Order int

// Orders.
const (
	OrderID       Order = iota // creation order (export)
	OrderDate                  // by first date, then id (query)
	OrderArticles              // most articles first, then first date
)

// EventFilter selects fused events. Zero fields do not filter.
type EventFilter struct {
	// Actor matches the source or target by code (exact, any case) or by
	// name (exact, any case).
	Actor string
	Code  string // CAMEO event code, exact
	Root  string // CAMEO root code ("04")
	Quad  int    // quad class 1–4
	From  string // YYYY-MM-DD: events whose last date is on or after
	To    string // YYYY-MM-DD: events whose first date is on or before
	Place string // place name, any case
	// Country matches the source's, the target's or the place's country.
	Country  string
	Modality string // some report has this modality
	Disputed bool   // only disputed events
	Order    Order
	Limit    int
}
