package org.sitrep.extract.places;

/**
 * The outlet's home region as a score bonus for the readings of an ambiguous name (see {@link OutletLexicon}).
 *
 * <p>A reading in the outlet's home division gains {@value #ADMIN1_BONUS} and one in its home country
 * {@value #COUNTRY_BONUS}: together less than an explicit cue in the text ("X, Texas" gives 8, "X, France" 6) and
 * less than the document's own focus can give, so the prior settles ties and near-ties between namesakes, not
 * clear readings. The disambiguator does not apply it at all to a name qualified in the text, and it is off when
 * the document's own focus lies elsewhere: another country holding at least {@value #STRONG_FOCUS} of the
 * document's country votes (a Texas paper's report on an attack in France), or another division holding that
 * share of its division votes (for the division part). The disambiguator counts such a focus only for a name
 * that has a reading there: a focus on Texas says nothing about a "Manhattan" that no Texas town bears, and
 * leaves the Kansas paper's prior in force.
 *
 * <p>When the outlet's address names a town ({@link OutletTown}), readings at or near that town gain
 * {@value #TOWN_BONUS} more: the local paper's "Dublin" is the suburb of its own Columbus. That part applies
 * even to a name that can be a country: the Palestine paper's "Palestine" is its town.
 *
 * <p>Until the lexicon has seen enough of an outlet to judge ({@link OutletLexicon#settled}), the country its
 * address names by a country-code domain ({@link OutletDomains}: "lfpress.ca") stands in for its home, with
 * {@link #DOMAIN_BONUS}: the Canadian paper's bare "London" is London, Ontario. Like the home, it gives way to a cue
 * in the text ("London, England") and to a strong focus on another country; once the lexicon has settled, the
 * learned home (or, for an outlet that reports on many countries, none) takes over.
 */
final class OutletPrior {
    /** Bonus for a reading in the outlet's home division. */
    static final double ADMIN1_BONUS = 4.5;
    /** Bonus for a reading in the outlet's home country. */
    static final double COUNTRY_BONUS = 1.5;
    /**
     * Bonus for a reading in the country the outlet's domain names, while the lexicon has not yet seen enough of the
     * outlet: the weight of a whole learned home (country and division), since the address states the country
     * outright; a bare "London" alone in a Canadian paper's report is London, Ontario.
     */
    static final double DOMAIN_BONUS = COUNTRY_BONUS + ADMIN1_BONUS;
    /** Share of the document's focus votes above which the document's own focus overrides the prior. */
    static final double STRONG_FOCUS = 0.6;

    /** Bonus for a reading at or near the town the outlet's address names (see {@link OutletTown}). */
    static final double TOWN_BONUS = 6;
    /** How near the outlet's town a reading must lie for {@link #TOWN_BONUS}: the town and its suburbs. */
    static final double TOWN_KM = 40;

    private static final OutletPrior NONE = new OutletPrior(null, null, null, null);

    private final String admin1Key;
    private final String country;
    private final Place town;
    private final String domainCountry;

    private OutletPrior(String admin1Key, String country, Place town, String domainCountry) {
        this.admin1Key = admin1Key;
        this.country = country;
        this.town = town;
        this.domainCountry = domainCountry;
    }

    /**
     * The prior for one document from the outlet's home, the town its address names and the country its domain names
     * (each null for none), and the document's own focus: its top country and division with their shares of the focus
     * votes. Readings within {@value #TOWN_KM} km of the town gain {@value #TOWN_BONUS}; while the outlet has no home,
     * readings in the domain's country gain {@value #DOMAIN_BONUS}; neither applies against a strong focus elsewhere.
     */
    static OutletPrior of(OutletLexicon.Home home, Place town, OutletDomains.Country domain, String docCountry,
                          double docCountryShare, String docAdmin, double docAdminShare) {
        // votes of places without a country or division ("Europe", "North America") set no focus
        if (docCountry != null && docCountry.isEmpty()) docCountry = null;
        if (docAdmin != null && (docAdmin.startsWith(".") || docAdmin.endsWith("."))) docAdmin = null;
        boolean countryElsewhere = docCountry != null && docCountryShare >= STRONG_FOCUS;
        boolean adminElsewhere = docAdmin != null && docAdminShare >= STRONG_FOCUS;
        // the domain stands in for a home the lexicon has not learned yet
        String byDomain = home != null || domain == null
                || (countryElsewhere && !docCountry.equals(domain.country())) ? null : domain.country();
        if (town != null && ((countryElsewhere && !docCountry.equals(town.country()))
                || (adminElsewhere && !docAdmin.equals(town.admin1Key())))) town = null;
        if (home != null) {
            String homeCountry = home.country() != null ? home.country()
                    : home.admin1Key() != null ? home.admin1Key().substring(0, home.admin1Key().indexOf('.')) : null;
            if (countryElsewhere && !docCountry.equals(homeCountry)) home = null;
        }
        if (home == null && town == null && byDomain == null) return NONE;
        String admin = home == null ? null : home.admin1Key();
        if (admin != null && adminElsewhere && !docAdmin.equals(admin)) admin = null;
        return new OutletPrior(admin, home == null ? null : home.country(), town, byDomain);
    }

    /** The bonus for one reading. */
    double bonus(Place p) {
        double b = 0;
        if (country != null && p.country().equals(country)) b += COUNTRY_BONUS;
        if (domainCountry != null && p.country().equals(domainCountry)) b += DOMAIN_BONUS;
        if (admin1Key != null && !p.isCountry() && p.admin1Key().equals(admin1Key)) b += ADMIN1_BONUS;
        if (isNearTown(p)) b += TOWN_BONUS;
        return b;
    }

    /** Whether the reading is the outlet's own town or lies beside it (a country or division never does). */
    boolean isNearTown(Place p) {
        return town != null && !p.isCountry() && !p.isAdmin1()
                && Place.distanceKm(p.lat(), p.lon(), town.lat(), town.lon()) <= TOWN_KM;
    }
}
