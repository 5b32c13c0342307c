package org.sitrep.serve;

import java.time.LocalDate;
import java.util.Map;

/**
 * Who controls which territory on a day: filled by the CLI from the control-of-territory component. The server
 * answers 404 "not available" for the control routes when no source is configured.
 */
public interface ControlSource {
    /**
     * Control on {@code date}, as a JSON-able value (records, maps, lists): served as is by {@code /api/v1/control}.
     *
     * @param country ISO 3166 alpha-2 or alpha-3 code, or null for every country
     */
    Object controlOn(LocalDate date, String country);

    /**
     * The same as a GeoJSON FeatureCollection, served by {@code /api/v1/control.geojson} and drawn by the app. The app
     * colours each feature by its {@code controller} property and reads {@code name}, {@code status} (e.g. held,
     * contested, captured), {@code since} and {@code evidence} for the tooltip when present.
     */
    Map<String, Object> controlGeoJson(LocalDate date, String country);
}
