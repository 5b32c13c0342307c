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
 * share of its division votes (for the division part).
 */
final class OutletPrior {
    /** Bonus for a reading in the outlet's home division. */
    static final double ADMIN1_BONUS = 4.5;
    /** Bonus for a reading in the outlet's home country. */
    static final double COUNTRY_BONUS = 1.5;
    /** Share of the document's focus votes above which the document's own focus overrides the prior. */
    static final double STRONG_FOCUS = 0.6;

    private static final OutletPrior NONE = new OutletPrior(null, null);

    private final String admin1Key;
    private final String country;

    private OutletPrior(String admin1Key, String country) {
        this.admin1Key = admin1Key;
        this.country = country;
    }

    /**
     * The prior for one document from the outlet's home (null for none) and the document's own focus: its top
     * country and division with their shares of the focus votes.
     */
    static OutletPrior of(OutletLexicon.Home home, String docCountry, double docCountryShare, String docAdmin,
                          double docAdminShare) {
        if (home == null) return NONE;
        String homeCountry = home.country() != null ? home.country()
                : home.admin1Key() != null ? home.admin1Key().substring(0, home.admin1Key().indexOf('.')) : null;
        if (docCountry != null && docCountryShare >= STRONG_FOCUS && !docCountry.equals(homeCountry)) return NONE;
        String admin = home.admin1Key();
        if (admin != null && docAdmin != null && docAdminShare >= STRONG_FOCUS && !docAdmin.equals(admin)) admin = null;
        return new OutletPrior(admin, home.country());
    }

    /** The bonus for one reading. */
    double bonus(Place p) {
        double b = 0;
        if (country != null && p.country().equals(country)) b += COUNTRY_BONUS;
        if (admin1Key != null && !p.isCountry() && p.admin1Key().equals(admin1Key)) b += ADMIN1_BONUS;
        return b;
    }
}
