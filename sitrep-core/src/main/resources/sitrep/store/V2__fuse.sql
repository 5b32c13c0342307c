-- Sitrep store, schema version 2: near-duplicate detection for the fuse stage.
-- One MinHash signature per report (128 x 32-bit hashes of word 5-shingles of the body) and the report it copies.
CREATE TABLE report_minhash (
  report_id TEXT PRIMARY KEY,
  signature BLOB NOT NULL,        -- 128 big-endian int32 minimums
  copy_of TEXT,                   -- id of the earlier report this one copies (Jaccard >= threshold), or NULL
  similarity REAL                 -- Jaccard similarity of the bodies with copy_of
);
CREATE INDEX report_minhash_copy ON report_minhash(copy_of);

-- LSH bands of the signatures (32 bands of 4 rows): reports sharing a band hash are copy candidates.
CREATE TABLE minhash_band (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  report_id TEXT NOT NULL
);
CREATE INDEX minhash_band_lookup ON minhash_band(band, hash);
CREATE INDEX minhash_band_report ON minhash_band(report_id);

-- Actor lookups by code (the store's per-actor event counts, the sitrep's "first appearance" test) would otherwise
-- scan every event.
CREATE INDEX event_actor1 ON event(actor1_code);
CREATE INDEX event_actor2 ON event(actor2_code);
