package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"eventgraph/internal/fusion"
	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// modalityColumn maps a modality to its count column; unknown modalities
// count as asserted, as fusion.ModalityIndex does.
var modalityColumn = map[string]string{
	model.ModNegated:      "n_negated",
	model.ModHypothetical: "n_hypothetical",
	model.ModDenied:       "n_denied",
	model.ModReported:     "n_reported",
	model.ModPlanned:      "n_planned",
	model.ModAsserted:     "n_asserted",
}

// geoJSON is the stored form of an actor's coordinates.
type geoJSON struct {
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Kind      string  `json:"kind,omitempty"`
	GeonameID int     `json:"geonames_id,omitempty"`
}

func encodeGeo(e entInfo) string {
	if e.lat == nil || e.lon == nil {
		return ""
	}
	b, _ := json.Marshal(geoJSON{Lat: *e.lat, Lon: *e.lon, Kind: e.kind, GeonameID: e.geonameID})
	return string(b)
}

func decodeGeo(s string, a *store.Actor) {
	if s == "" {
		return
	}
	var g geoJSON
	if json.Unmarshal([]byte(s), &g) != nil {
		return
	}
	a.Lat, a.Lon, a.GeoKind, a.GeonameID = &g.Lat, &g.Lon, g.Kind, g.GeonameID
}

// fuse links event row eventID to the fused event it belongs to, creating
// one when no stored fused event matches (package fusion has the rules).
func (s *Store) fuse(w *txw, art articleCtx, eventID int64, e *model.ResultEvent, root string) error {
	key := fusion.Key(fusion.RefKey(e.Source), fusion.RefKey(e.Target), root)
	day, dated := fusion.EventDay(deref(e.Date), art.date)
	var place entInfo
	if e.Place != nil {
		place = art.ents[*e.Place]
	}
	var rows *sql.Rows
	var err error
	if dated {
		win := s.opts.FuseWindowDays
		rows, err = w.query(`SELECT id, place_name, place_country, place_kind FROM fused_events
			WHERE fkey = ? AND last_day >= ? AND first_day <= ? ORDER BY id`, key, day-win, day+win)
	} else {
		rows, err = w.query(`SELECT id, place_name, place_country, place_kind FROM fused_events
			WHERE fkey = ? AND first_day IS NULL ORDER BY id`, key)
	}
	if err != nil {
		return fmt.Errorf("find fused event: %w", err)
	}
	var fid int64
	var fplace string
	for rows.Next() {
		var id int64
		var name, country, kind string
		if err := rows.Scan(&id, &name, &country, &kind); err != nil {
			rows.Close()
			return fmt.Errorf("find fused event: %w", err)
		}
		if fusion.PlaceCompatible(name, country, kind, place.name, place.country, place.kind) {
			fid, fplace = id, name
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("find fused event: %w", err)
	}
	var dayArg any
	if dated {
		dayArg = day
	}
	if fid == 0 {
		if fid, err = s.newFused(w, art, e, key, root, dayArg, place); err != nil {
			return err
		}
	} else if fplace == "" && place.name != "" {
		if _, err := w.exec(`UPDATE fused_events SET place_name = ?, place_country = ?, place_kind = ?,
			place_lat = ?, place_lon = ?, place_geonames_id = ? WHERE id = ?`, place.name, place.country,
			place.kind, nullFloat(place.lat), nullFloat(place.lon), place.geonameID, fid); err != nil {
			return fmt.Errorf("set fused place: %w", err)
		}
		if err := addTerms(w, fid, "p:"+strings.ToLower(place.name), "c:"+place.country); err != nil {
			return err
		}
	}
	newArticle := 1
	var one int
	err = w.queryRow(`SELECT 1 FROM events WHERE fused_id = ? AND article_id = ? LIMIT 1`, fid, art.id).Scan(&one)
	switch {
	case err == nil:
		newArticle = 0
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("count fused articles: %w", err)
	}
	res, err := w.exec(`INSERT INTO fused_sources (fused_id, source) VALUES (?, ?) ON CONFLICT DO NOTHING`, fid, art.source)
	if err != nil {
		return fmt.Errorf("add fused source: %w", err)
	}
	newSource, _ := res.RowsAffected()
	if _, err := w.exec(`UPDATE events SET fused_id = ? WHERE id = ?`, fid, eventID); err != nil {
		return fmt.Errorf("link event: %w", err)
	}
	col, ok := modalityColumn[e.Modality]
	if !ok {
		col = "n_asserted"
	}
	if _, err := w.exec(s.bump[col],
		newArticle, newSource, dayArg, dayArg, art.seen, art.seen,
		b2i(fusion.Affirms(e.Modality)), b2i(fusion.Denies(e.Modality)), fid); err != nil {
		return fmt.Errorf("update fused event: %w", err)
	}
	return nil
}

// bumpQuery is the update that adds a report to its fused event, the one
// with modality count column col. disputed mirrors fusion.Disputed over
// fusion.Affirms/Denies; SET expressions see the old row, so the new report
// is added by hand.
func bumpQuery(d *Dialect, col string) string {
	return `UPDATE fused_events SET
		num_mentions = num_mentions + 1,
		num_articles = num_articles + ?,
		num_sources = num_sources + ?,
		` + col + ` = ` + col + ` + 1,
		first_day = ` + d.Least + `(first_day, ` + d.IntParam + `),
		last_day = ` + d.Greatest + `(last_day, ` + d.IntParam + `),
		first_seen = ` + d.Least + `(first_seen, ?),
		last_seen = ` + d.Greatest + `(last_seen, ?),
		disputed = CASE WHEN n_asserted + n_reported + n_planned + ` + d.IntParam + ` > 0 AND n_denied + ` + d.IntParam + ` > 0 THEN 1 ELSE 0 END
		WHERE id = ?`
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// newFused inserts an empty fused event for the report and its search terms.
func (s *Store) newFused(w *txw, art articleCtx, e *model.ResultEvent, key, root string, day any, place entInfo) (int64, error) {
	var src, tgt model.Ref
	if e.Source != nil {
		src = *e.Source
	}
	hasTarget := 0
	if e.Target != nil {
		tgt, hasTarget = *e.Target, 1
	}
	se, te := art.ents[src.Entity], art.ents[tgt.Entity]
	srcURL := art.url
	if srcURL == "" {
		srcURL = art.extID
	}
	fid, err := w.insert(`INSERT INTO fused_events (fkey, code, root, label, quad_class, goldstein,
		src_actor, src_name, src_country, src_geo, has_target, tgt_actor, tgt_name, tgt_country, tgt_geo,
		first_day, last_day, place_name, place_country, place_kind, place_lat, place_lon, place_geonames_id,
		first_seen, last_seen, source_url, date_added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		key, e.Code, root, e.Label, e.QuadClass, e.Goldstein,
		src.Actor, src.Name, se.country, encodeGeo(se), hasTarget, tgt.Actor, tgt.Name, te.country, encodeGeo(te),
		day, day, place.name, place.country, place.kind, nullFloat(place.lat), nullFloat(place.lon), place.geonameID,
		art.seen, art.seen, srcURL, w.now)
	if err != nil {
		return 0, fmt.Errorf("insert fused event: %w", err)
	}
	terms := []string{
		"a:" + strings.ToUpper(src.Actor), "a:" + fusion.ActorKey("", src.Name), "c:" + se.country,
		"a:" + strings.ToUpper(tgt.Actor), "a:" + fusion.ActorKey("", tgt.Name), "c:" + te.country,
		"p:" + strings.ToLower(place.name), "c:" + place.country,
	}
	if err := addTerms(w, fid, terms...); err != nil {
		return 0, err
	}
	return fid, nil
}

// addTerms indexes a fused event under its non-empty terms.
func addTerms(w *txw, fid int64, terms ...string) error {
	for _, t := range terms {
		if len(t) <= 2 {
			continue
		}
		if _, err := w.exec(`INSERT INTO fused_terms (term, fused_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, t, fid); err != nil {
			return fmt.Errorf("index fused event: %w", err)
		}
	}
	return nil
}

const fusedColumns = `f.id, f.code, f.root, f.label, f.quad_class, f.goldstein,
	f.src_actor, f.src_name, f.src_country, f.src_geo, f.has_target, f.tgt_actor, f.tgt_name, f.tgt_country, f.tgt_geo,
	f.first_day, f.last_day, f.place_name, f.place_country, f.place_kind, f.place_lat, f.place_lon, f.place_geonames_id,
	f.num_mentions, f.num_articles, f.num_sources,
	f.n_negated, f.n_hypothetical, f.n_denied, f.n_reported, f.n_planned, f.n_asserted,
	f.disputed, f.first_seen, f.last_seen, f.source_url, f.date_added`

// FusedEvents walks the fused events matching f.
func (s *Store) FusedEvents(ctx context.Context, f store.EventFilter, fn func(*store.FusedEvent) error) error {
	var where []string
	var args []any
	term := func(terms ...string) {
		ph := strings.TrimSuffix(strings.Repeat("?, ", len(terms)), ", ")
		where = append(where, `f.id IN (SELECT fused_id FROM fused_terms WHERE term IN (`+ph+`))`)
		for _, t := range terms {
			args = append(args, t)
		}
	}
	if prefix, ok := strings.CutSuffix(strings.TrimSpace(f.Actor), "*"); ok && prefix != "" {
		// A code prefix: USA* is USA, USAGOV, USAMIL… Terms sort bytewise,
		// and codes are upper case, below DEL.
		lo := "a:" + strings.ToUpper(prefix)
		where = append(where, `f.id IN (SELECT fused_id FROM fused_terms WHERE term >= ? AND term < ?)`)
		args = append(args, lo, lo+"\x7f")
	} else if f.Actor != "" {
		term("a:"+strings.ToUpper(strings.TrimSpace(f.Actor)), "a:"+fusion.ActorKey("", f.Actor))
	}
	if f.Country != "" {
		term("c:" + strings.ToUpper(strings.TrimSpace(f.Country)))
	}
	if f.Place != "" {
		term("p:" + strings.ToLower(strings.TrimSpace(f.Place)))
	}
	if f.Code != "" {
		where, args = append(where, `f.code = ?`), append(args, f.Code)
	}
	if f.Root != "" {
		where, args = append(where, `f.root = ?`), append(args, f.Root)
	}
	if f.Quad != 0 {
		where, args = append(where, `f.quad_class = ?`), append(args, f.Quad)
	}
	if f.From != "" {
		d, ok := fusion.Day(f.From)
		if !ok {
			return fmt.Errorf("query: bad from date %q: want YYYY-MM-DD", f.From)
		}
		where, args = append(where, `f.last_day >= ?`), append(args, d)
	}
	if f.To != "" {
		d, ok := fusion.Day(f.To)
		if !ok {
			return fmt.Errorf("query: bad to date %q: want YYYY-MM-DD", f.To)
		}
		where, args = append(where, `f.first_day <= ?`), append(args, d)
	}
	if f.Modality != "" {
		col, ok := modalityColumn[f.Modality]
		if !ok {
			return fmt.Errorf("query: unknown modality %q", f.Modality)
		}
		where = append(where, `f.`+col+` > 0`)
	}
	if f.Disputed {
		where = append(where, `f.disputed = 1`)
	}
	q := `SELECT ` + fusedColumns + ` FROM fused_events f`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	switch f.Order {
	case store.OrderDate:
		q += ` ORDER BY f.first_day IS NULL, f.first_day, f.id`
	case store.OrderArticles:
		q += ` ORDER BY f.num_articles DESC, f.first_day IS NULL, f.first_day, f.id`
	default:
		q += ` ORDER BY f.id`
	}
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	if err != nil {
		return fmt.Errorf("query fused events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		ev, err := scanFused(rows)
		if err != nil {
			return fmt.Errorf("query fused events: %w", err)
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query fused events: %w", err)
	}
	return nil
}

func scanFused(rows *sql.Rows) (*store.FusedEvent, error) {
	var ev store.FusedEvent
	var srcGeo, tgtGeo, tActor, tName, tCountry string
	var hasTarget, disputed int
	var first, last sql.NullInt64
	var pName, pCountry, pKind string
	var pLat, pLon sql.NullFloat64
	var pGeo int
	var n [6]int
	if err := rows.Scan(&ev.ID, &ev.Code, &ev.Root, &ev.Label, &ev.QuadClass, &ev.Goldstein,
		&ev.Source.Code, &ev.Source.Name, &ev.Source.Country, &srcGeo, &hasTarget, &tActor, &tName, &tCountry, &tgtGeo,
		&first, &last, &pName, &pCountry, &pKind, &pLat, &pLon, &pGeo,
		&ev.NumMentions, &ev.NumArticles, &ev.NumSources,
		&n[0], &n[1], &n[2], &n[3], &n[4], &n[5],
		&disputed, &ev.FirstSeen, &ev.LastSeen, &ev.SourceURL, &ev.DateAdded); err != nil {
		return nil, err
	}
	decodeGeo(srcGeo, &ev.Source)
	if hasTarget == 1 {
		ev.Target = &store.Actor{Code: tActor, Name: tName, Country: tCountry}
		decodeGeo(tgtGeo, ev.Target)
	}
	if first.Valid {
		ev.FirstDate = fusion.Date(int(first.Int64))
	}
	if last.Valid {
		ev.LastDate = fusion.Date(int(last.Int64))
	}
	if pName != "" {
		ev.Place = &store.Place{Name: pName, Country: pCountry, Kind: pKind, Lat: floatPtr(pLat), Lon: floatPtr(pLon), GeonameID: pGeo}
	}
	ev.NumAffirmed = n[3] + n[4] + n[5]
	ev.NumDenied = n[2]
	ev.Disputed = disputed == 1
	ev.Modality = fusion.Dominant(n)
	return &ev, nil
}
