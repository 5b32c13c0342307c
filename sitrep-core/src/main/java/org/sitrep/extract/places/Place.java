package org.sitrep.extract.places;

/**
 * One gazetteer entry as returned by a lookup.
 *
 * @param id          "geonames:170063" or "sitrep:khmeimim-air-base"
 * @param name        canonical name
 * @param lat         latitude
 * @param lon         longitude
 * @param featureCode GeoNames feature code (PPLA, ADM1, PCLI, AIRB, ROAD, ...)
 * @param country     ISO 3166 alpha-2
 * @param admin1Code  GeoNames admin1 code within the country ("09"), or "" if unknown
 * @param admin1      first-level division name, or null
 * @param population  population (0 if unknown)
 * @param radiusKm    typical extent: how far from the point the place reaches
 * @param source      data file and line (or table) it came from, for provenance
 */
public record Place(String id, String name, double lat, double lon, String featureCode, String country,
                    String admin1Code, String admin1, long population, double radiusKm, String source) {
    public boolean isCountry() { return featureCode.startsWith("PCL"); }

    public boolean isAdmin1() { return featureCode.equals("ADM1"); }

    public boolean isCapital() { return featureCode.equals("PPLC"); }

    public boolean isPopulatedPlace() { return featureCode.startsWith("PPL"); }

    /** Whether some of the places bears the name whose {@link NameKey} is {@code key} as its own, not only as an alternate. */
    static boolean anyBearsAsOwn(java.util.List<Place> places, String key) {
        for (Place p : places) if (NameKey.of(p.name()).equals(key)) return true;
        return false;
    }

    /** Country + admin1 code, e.g. "SY.09". */
    public String admin1Key() { return country + "." + admin1Code; }

    /** Great-circle distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Default extent of a feature type when the data gives none. */
    public static double defaultRadiusKm(String featureCode, long population) {
        if (featureCode.startsWith("PCL")) return 400;
        if (featureCode.equals("ADM1")) return 80;
        if (featureCode.startsWith("ADM")) return 30;
        if (featureCode.startsWith("PPL")) {
            if (population > 1_000_000) return 15;
            if (population > 100_000) return 8;
            return 3;
        }
        return 5;
    }
}
