package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}. */
final class EventFilters {
    @Option(names = "--from", description = "events on or after this day (YYYY-MM-DD)")
    LocalDate from;
    @Option(names = "--to", description = "events on or before this day (YYYY-MM-DD)")
    LocalDate to;
    @Option(names = "--type", description = "PLOVER event type, e.g. ASSAULT, CONSULT")
    String type;
    @Option(names = "--actor", description = "actor name or code (either side), e.g. Russia, RUSGOV, SYR")
    String actor;
    @Option(names = "--place", description = "place name, province or gazetteer id")
    String place;
    @Option(names = "--q", description = "full-text query over evidence sentences (FTS5 syntax)")
    String text;
    @Option(names = "--status", description = "reported, corroborated, disputed, retracted")
    String status;
    @Option(names = "--certainty", description = "asserted, reported, unverified, alleged, denied")
    String certainty;
    @Option(names = "--limit", description = "at most this many events (0 = all; default ${DEFAULT-VALUE})", defaultValue = "0")
    int limit;

    EventQuery query() {
        return new EventQuery(from, to, type, actor, place, text, status, certainty, null, limit, 0);
    }
}
