-- Sitrep store, schema version 3: indexes for the API's common event queries, which filter by type and page in
-- (date_start, id) order. Without them a type filter reads every matching event row before sorting.
CREATE INDEX event_type_date ON event(type, date_start, id);
CREATE INDEX event_date_id ON event(date_start, id);
CREATE INDEX event_status_date ON event(status, date_start, id);
