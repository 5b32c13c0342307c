package org.sitrep.serve;

import java.time.LocalDate;

/**
 * The daily situation report for a day: filled by the CLI from the brief component. The server answers 404 "not
 * available" for {@code /api/v1/sitrep} when no source is configured.
 */
public interface SitrepSource {
    /**
     * The sitrep for {@code date} as a JSON-able value (records, maps, lists), served as is.
     *
     * @param country ISO 3166 code, or null for every country
     */
    Object sitrepOn(LocalDate date, String country);
}
