-- Sitrep store, schema version 1. One file per migration; applied in order inside a transaction.
CREATE TABLE report (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  outlet TEXT NOT NULL,
  url TEXT,
  published TEXT,                 -- ISO-8601 instant, UTC
  published_confidence TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  media_json TEXT NOT NULL,
  origin TEXT,
  format TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]',
  sentences INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE INDEX report_published ON report(published);

CREATE VIRTUAL TABLE report_fts USING fts5(report_id UNINDEXED, title, text, tokenize = 'porter unicode61');

CREATE TABLE skipped (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE event (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  acled_type TEXT,
  acled_sub_type TEXT,
  actor1 TEXT, actor1_code TEXT, actor1_country TEXT,
  actor2 TEXT, actor2_code TEXT, actor2_country TEXT,
  place_id TEXT, place_name TEXT, admin1 TEXT, country TEXT,
  lat REAL, lon REAL, geo_precision INTEGER,
  date_start TEXT, date_end TEXT, granularity TEXT,
  status TEXT NOT NULL,
  certainty TEXT NOT NULL,
  context TEXT NOT NULL,
  outlets INTEGER NOT NULL,
  first_report TEXT NOT NULL,
  event_json TEXT NOT NULL        -- the whole Event record
);
CREATE INDEX event_date ON event(date_start);
CREATE INDEX event_type ON event(type);
CREATE INDEX event_place ON event(place_id);

CREATE VIRTUAL TABLE event_rtree USING rtree(rid, min_lon, max_lon, min_lat, max_lat);

CREATE TABLE claim (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES report(id),
  event_id TEXT NOT NULL,
  stance TEXT NOT NULL,
  certainty TEXT NOT NULL,
  context TEXT NOT NULL,
  claimants_json TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  claim_json TEXT NOT NULL        -- the whole Claim record
);
CREATE INDEX claim_event ON claim(event_id);
CREATE INDEX claim_report ON claim(report_id);

CREATE TABLE actor (
  code TEXT PRIMARY KEY,          -- e.g. RUSGOV
  name TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  entry TEXT,
  events INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE place (
  id TEXT PRIMARY KEY,            -- gazetteer id
  name TEXT NOT NULL,
  lat REAL, lon REAL,
  feature_code TEXT, country TEXT, admin1 TEXT,
  events INTEGER NOT NULL DEFAULT 0
);

CREATE VIRTUAL TABLE claim_fts USING fts5(claim_id UNINDEXED, event_id UNINDEXED, evidence, tokenize = 'porter unicode61');
