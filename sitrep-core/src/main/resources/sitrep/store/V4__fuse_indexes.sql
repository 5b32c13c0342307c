-- Sitrep store, schema version 4: indexes for the per-report work of the fuse and store stages.
-- An actor's event count reads two index-only counts: events with it as actor1, and events with it as actor2 but
-- another actor1. The second needs actor1_code in the actor2 index; the new index replaces event_actor2.
CREATE INDEX IF NOT EXISTS event_actor2_actor1 ON event(actor2_code, actor1_code);
DROP INDEX IF EXISTS event_actor2;

-- The fuser's candidate events: a type, and an interval that ends on or after a day a few days before the claim.
-- Written with ifnull() (the same value as the two-argument coalesce() of the API's queries) so that only the fuser's
-- query, which names this index, reads it; the API's plans stay on event_type_date.
CREATE INDEX IF NOT EXISTS event_type_end ON event(type, ifnull(date_end, date_start));
