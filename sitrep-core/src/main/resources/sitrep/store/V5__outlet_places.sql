-- Sitrep store, schema version 5: each outlet's "local lexicon" (see org.sitrep.extract.places.OutletLexicon).
-- One row per place a report resolved confidently (each distinct place once): its first-level division key
-- ("US.48", kind 'admin1') and its country (kind 'country'). Counted per outlet when the pipeline starts; a report
-- processed again replaces its rows, a deleted report takes them along.
CREATE TABLE IF NOT EXISTS outlet_place (
    report_id TEXT NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    outlet    TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('admin1', 'country')),
    code      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outlet_place_report ON outlet_place(report_id);
