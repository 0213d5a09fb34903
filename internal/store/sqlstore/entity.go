package sqlstore

import (
	"fmt"

	"eventgraph/internal/model"
)

// entInfo is what fusion needs to know of an article's entity.
type entInfo struct {
	name, actor, country, kind string
	lat, lon                   *float64
	geonameID                  int
}

// putEntities inserts an article's entities and their mentions and returns
// them by their id within the article ("e1").
func putEntities(w *txw, articleID int64, ents []model.ResultEntity) (map[string]entInfo, error) {
	out := make(map[string]entInfo, len(ents))
	for _, e := range ents {
		info := entInfo{name: e.Name, actor: deref(e.Actor), country: deref(e.Country)}
		var admin1 string
		if e.Geo != nil {
			lat, lon := e.Geo.Lat, e.Geo.Lon
			info.lat, info.lon, info.kind, info.geonameID = &lat, &lon, e.Geo.Kind, e.Geo.GeonameID
			admin1 = e.Geo.Admin1
		}
		id, err := w.insert(`INSERT INTO entities (article_id, eid, name, type, actor, country, role,
			lat, lon, geo_kind, geonames_id, admin1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, e.ID, e.Name, string(e.Type), info.actor, info.country, deref(e.Role),
			info.lat, info.lon, info.kind, info.geonameID, admin1)
		if err != nil {
			return nil, fmt.Errorf("insert entity %s: %w", e.ID, err)
		}
		if err := putMentions(w, id, e.Mentions); err != nil {
			return nil, fmt.Errorf("entity %s: %w", e.ID, err)
		}
		out[e.ID] = info
	}
	return out, nil
}
