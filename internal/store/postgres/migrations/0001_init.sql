-- 0001: articles and their extraction layers, fused events, full-text search.
-- Offsets (start_off, end_off, ev_start, ev_end) are Unicode code points of articles.text.

CREATE TABLE articles (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           TEXT    NOT NULL UNIQUE,      -- identity: normalised URL or sha256:<hash>
    ext_id        TEXT    NOT NULL DEFAULT '',  -- id as given by the source
    url           TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL DEFAULT '',  -- publisher
    origin        TEXT    NOT NULL DEFAULT '',  -- input path or URL
    title         TEXT    NOT NULL DEFAULT '',
    date          TEXT    NOT NULL DEFAULT '',  -- reference date YYYY-MM-DD
    text          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    minhash       BYTEA,                         -- store.Signature bytes, NULL for short texts
    duplicate_of  BIGINT REFERENCES articles(id),
    sentences     TEXT    NOT NULL DEFAULT '[]', -- JSON [{start,end,section}]
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- article_bands is the MinHash LSH index of near-duplicate detection: one
-- row per band of each article's signature (store.Signature.Bands).
CREATE TABLE article_bands (
    band        BIGINT NOT NULL,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
);

-- Full-text search: a weighted tsvector of title and text (the text cut to
-- 200k characters, well under the tsvector size limit).
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', left(text, 200000)), 'B')) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE entities (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid          TEXT    NOT NULL,               -- "e1" within the article
    name         TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    actor        TEXT    NOT NULL DEFAULT '',
    country      TEXT    NOT NULL DEFAULT '',
    role         TEXT    NOT NULL DEFAULT '',
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    geo_kind     TEXT    NOT NULL DEFAULT '',
    geonames_id  INTEGER NOT NULL DEFAULT 0,
    admin1       TEXT    NOT NULL DEFAULT '',
    UNIQUE (article_id, eid)
);
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';
CREATE INDEX entities_name ON entities(lower(name));

CREATE TABLE mentions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_id   BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    text        TEXT    NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE times (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    mod         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE quotes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fkey          TEXT    NOT NULL,             -- fusion.Key(source, target, root)
    code          TEXT    NOT NULL,
    root          TEXT    NOT NULL,
    label         TEXT    NOT NULL DEFAULT '',
    quad_class    INTEGER NOT NULL DEFAULT 0,
    goldstein     DOUBLE PRECISION    NOT NULL DEFAULT 0,
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
    place_lat     DOUBLE PRECISION,
    place_lon     DOUBLE PRECISION,
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
    term      TEXT    COLLATE "C" NOT NULL,  -- bytewise, for code-prefix ranges
    fused_id  BIGINT NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
    PRIMARY KEY (term, fused_id)
);

CREATE TABLE fused_sources (
    fused_id  BIGINT NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
    source    TEXT    NOT NULL,
    PRIMARY KEY (fused_id, source)
);

CREATE TABLE events (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    vid           TEXT    NOT NULL,
    code          TEXT    NOT NULL,
    root          TEXT    NOT NULL,
    label         TEXT    NOT NULL DEFAULT '',
    quad_class    INTEGER NOT NULL DEFAULT 0,
    goldstein     DOUBLE PRECISION    NOT NULL DEFAULT 0,
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
    fused_id      BIGINT REFERENCES fused_events(id),
    UNIQUE (article_id, vid)
);
CREATE INDEX events_fused ON events(fused_id, article_id) WHERE fused_id IS NOT NULL;
CREATE INDEX events_src_actor ON events(src_actor) WHERE src_actor <> '';
CREATE INDEX events_tgt_actor ON events(tgt_actor) WHERE tgt_actor <> '';
