-- 0001: articles and their extraction layers, fused events, FTS5 search.
-- Offsets (start_off, end_off, ev_start, ev_end) are Unicode code points of articles.text.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    key           TEXT    NOT NULL UNIQUE,      -- identity: normalised URL or sha256:<hash>
    ext_id        TEXT    NOT NULL DEFAULT '',  -- id as given by the source
    url           TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL DEFAULT '',  -- publisher
    origin        TEXT    NOT NULL DEFAULT '',  -- input path or URL
    title         TEXT    NOT NULL DEFAULT '',
    date          TEXT    NOT NULL DEFAULT '',  -- reference date YYYY-MM-DD
    text          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    minhash       BLOB,                         -- store.Signature bytes, NULL for short texts
    duplicate_of  INTEGER REFERENCES articles(id),
    sentences     TEXT    NOT NULL DEFAULT '[]', -- JSON [{start,end,section}]
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- article_bands is the MinHash LSH index of near-duplicate detection: one
-- row per band of each article's signature (store.Signature.Bands).
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid          TEXT    NOT NULL,               -- "e1" within the article
    name         TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    actor        TEXT    NOT NULL DEFAULT '',
    country      TEXT    NOT NULL DEFAULT '',
    role         TEXT    NOT NULL DEFAULT '',
    lat          REAL,
    lon          REAL,
    geo_kind     TEXT    NOT NULL DEFAULT '',
    geonames_id  INTEGER NOT NULL DEFAULT 0,
    admin1       TEXT    NOT NULL DEFAULT '',
    UNIQUE (article_id, eid)
);
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    text        TEXT    NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE times (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    mod         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    qid             TEXT    NOT NULL,
    start_off       INTEGER NOT NULL,
    end_off         INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    speaker_eid     TEXT    NOT NULL DEFAULT '',
    speaker_name    TEXT    NOT NULL DEFAULT '',
    speaker_actor   TEXT    NOT NULL DEFAULT '',
    cue_start       INTEGER,
    cue_end         INTEGER,
    cue_text        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor) WHERE speaker_actor <> '';

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cid         TEXT    NOT NULL,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    by_eid      TEXT    NOT NULL DEFAULT '',
    by_name     TEXT    NOT NULL DEFAULT '',
    by_actor    TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL,
    denied_by   TEXT    NOT NULL DEFAULT '[]',  -- JSON [{entity,name,actor,start,end}]
    UNIQUE (article_id, cid)
);

CREATE TABLE fused_events (
    id            INTEGER PRIMARY KEY,
    fkey          TEXT    NOT NULL,             -- fusion.Key(source, target, root)
    code          TEXT    NOT NULL,
    root          TEXT    NOT NULL,
    label         TEXT    NOT NULL DEFAULT '',
    quad_class    INTEGER NOT NULL DEFAULT 0,
    goldstein     REAL    NOT NULL DEFAULT 0,
    src_actor     TEXT    NOT NULL DEFAULT '',
    src_name      TEXT    NOT NULL DEFAULT '',
    src_country   TEXT    NOT NULL DEFAULT '',
    src_geo       TEXT    NOT NULL DEFAULT '',  -- JSON store.Actor geo fields, '' if none
    has_target    INTEGER NOT NULL DEFAULT 0,
    tgt_actor     TEXT    NOT NULL DEFAULT '',
    tgt_name      TEXT    NOT NULL DEFAULT '',
    tgt_country   TEXT    NOT NULL DEFAULT '',
    tgt_geo       TEXT    NOT NULL DEFAULT '',
    first_day     INTEGER,                       -- day numbers (fusion.Day); NULL: undated
    last_day      INTEGER,
    place_name    TEXT    NOT NULL DEFAULT '',
    place_country TEXT    NOT NULL DEFAULT '',
    place_kind    TEXT    NOT NULL DEFAULT '',
    place_lat     REAL,
    place_lon     REAL,
    place_geonames_id INTEGER NOT NULL DEFAULT 0,
    num_mentions  INTEGER NOT NULL DEFAULT 0,
    num_articles  INTEGER NOT NULL DEFAULT 0,
    num_sources   INTEGER NOT NULL DEFAULT 0,
    n_negated     INTEGER NOT NULL DEFAULT 0,   -- per-modality report counts
    n_hypothetical INTEGER NOT NULL DEFAULT 0,
    n_denied      INTEGER NOT NULL DEFAULT 0,
    n_reported    INTEGER NOT NULL DEFAULT 0,
    n_planned     INTEGER NOT NULL DEFAULT 0,
    n_asserted    INTEGER NOT NULL DEFAULT 0,
    disputed      INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT    NOT NULL DEFAULT '',
    last_seen     TEXT    NOT NULL DEFAULT '',
    source_url    TEXT    NOT NULL DEFAULT '',
    date_added    TEXT    NOT NULL
);
-- Fusion looks up (fkey, last_day >= day - window): with articles arriving
-- roughly in date order only the recent fused events of a key are scanned.
CREATE INDEX fused_events_fkey ON fused_events(fkey, last_day);
CREATE INDEX fused_events_code ON fused_events(code);
CREATE INDEX fused_events_root ON fused_events(root);
CREATE INDEX fused_events_day ON fused_events(first_day);
CREATE INDEX fused_events_disputed ON fused_events(id) WHERE disputed = 1;

-- fused_terms lets one index answer --actor, --country and --place:
-- 'a:' || actor code or lower-case name, 'c:' || ISO3, 'p:' || lower-case place.
CREATE TABLE fused_terms (
    term      TEXT    NOT NULL,
    fused_id  INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
    PRIMARY KEY (term, fused_id)
) WITHOUT ROWID;

CREATE TABLE fused_sources (
    fused_id  INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
    source    TEXT    NOT NULL,
    PRIMARY KEY (fused_id, source)
) WITHOUT ROWID;

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    vid           TEXT    NOT NULL,
    code          TEXT    NOT NULL,
    root          TEXT    NOT NULL,
    label         TEXT    NOT NULL DEFAULT '',
    quad_class    INTEGER NOT NULL DEFAULT 0,
    goldstein     REAL    NOT NULL DEFAULT 0,
    src_eid       TEXT    NOT NULL DEFAULT '',
    src_name      TEXT    NOT NULL DEFAULT '',
    src_actor     TEXT    NOT NULL DEFAULT '',
    tgt_eid       TEXT    NOT NULL DEFAULT '',
    tgt_name      TEXT    NOT NULL DEFAULT '',
    tgt_actor     TEXT    NOT NULL DEFAULT '',
    modality      TEXT    NOT NULL,
    date          TEXT    NOT NULL DEFAULT '',
    place_eid     TEXT    NOT NULL DEFAULT '',
    attr_eid      TEXT    NOT NULL DEFAULT '',
    attr_name     TEXT    NOT NULL DEFAULT '',
    attr_actor    TEXT    NOT NULL DEFAULT '',
    claim_cid     TEXT    NOT NULL DEFAULT '',
    sentence      INTEGER NOT NULL DEFAULT 0,
    ev_start      INTEGER NOT NULL,
    ev_end        INTEGER NOT NULL,
    ev_text       TEXT    NOT NULL,
    fused_id      INTEGER REFERENCES fused_events(id),
    UNIQUE (article_id, vid)
);
CREATE INDEX events_fused ON events(fused_id, article_id) WHERE fused_id IS NOT NULL;
CREATE INDEX events_src_actor ON events(src_actor) WHERE src_actor <> '';
CREATE INDEX events_tgt_actor ON events(tgt_actor) WHERE tgt_actor <> '';
