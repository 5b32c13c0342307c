package org.sitrep.model;

/**
 * A resolved place.
 *
 * @param text        surface text ("Idlib's countryside")
 * @param gazetteerId gazetteer id ("geonames:170063" or "sitrep:khmeimim-air-base"), or null if unresolved
 * @param name        canonical name
 * @param lat         latitude (WGS84), NaN if unresolved
 * @param lon         longitude
 * @param featureCode GeoNames feature code (PPLA, ADM1, PCLI, AIRB, ...)
 * @param country     ISO 3166 alpha-2 code
 * @param admin1      first-level division name
 * @param precision   ACLED geo_precision: 1 town, 2 near/district, 3 province/region; 4 country
 * @param radiusKm    uncertainty radius in km
 * @param relation    spatial relation to the named place ("near", "north of", "countryside"), or null
 * @param basis       why this reading won when the text alone did not settle it (the outlet's home region), or null
 */
public record PlaceRef(String text, String gazetteerId, String name, double lat, double lon, String featureCode,
                       String country, String admin1, int precision, double radiusKm, String relation, String basis) {
    /** A place the text alone settled (no {@code basis}). */
    public PlaceRef(String text, String gazetteerId, String name, double lat, double lon, String featureCode,
                    String country, String admin1, int precision, double radiusKm, String relation) {
        this(text, gazetteerId, name, lat, lon, featureCode, country, admin1, precision, radiusKm, relation, null);
    }

    public boolean resolved() { return gazetteerId != null && !Double.isNaN(lat); }
}
