package org.sitrep.fuse.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The control history of one place: consecutive periods, oldest first.
 *
 * @param placeId gazetteer id, or "name:" + the place name when unresolved
 * @param name    place name
 * @param country ISO 3166 alpha-2 code, or null
 * @param admin1  first-level division, or null
 * @param lat     latitude, NaN if unknown
 * @param lon     longitude, NaN if unknown
 */
public record PlaceTimeline(String placeId, String name, String country, String admin1, double lat, double lon,
                            List<ControlPeriod> periods) {
    public PlaceTimeline {
        periods = List.copyOf(periods);
    }

    /** The period covering a day, if the place's history reaches back that far. */
    public Optional<ControlPeriod> on(LocalDate d) {
        for (ControlPeriod p : periods) if (p.covers(d)) return Optional.of(p);
        return Optional.empty();
    }
}
