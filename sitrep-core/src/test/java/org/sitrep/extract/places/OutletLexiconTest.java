package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

/** The per-outlet counts behind the outlet prior, without any text: keys, thresholds, pinning. */
class OutletLexiconTest {
    private static Place town(String id, String country, String admin1Code) {
        return new Place(id, id, 0, 0, "PPL", country, admin1Code, null, 1000, 3, "test");
    }

    private static Report report(String id, String outlet) {
        return new Report(id, id, outlet, null, null, null, "", "text", null, "test", "txt");
    }

    /** Places of one report: mostly Texas, but not so many in one state that one report would settle it. */
    private static final List<Place> TEXAS = List.of(town("a", "US", "TX"), town("b", "US", "TX"), town("c", "US", "TX"),
            town("d", "US", "OK"), town("g", "US", "OH"));

    @Test
    void outletsAreKeyedByTheirHostWithoutWww() {
        assertThat(OutletLexicon.key("https://www.Smalltown-Gazette.example/news/1")).isEqualTo("smalltown-gazette.example");
        assertThat(OutletLexicon.key("WWW.smalltown-gazette.example")).isEqualTo("smalltown-gazette.example");
        assertThat(OutletLexicon.key("unknown")).isNull();
        assertThat(OutletLexicon.key(new Report("r", "r", null, "http://www.x.example/a", null, null, "", "t", null, "o", "txt")))
                .isEqualTo("x.example");
    }

    @Test
    void oneReportIsNotEnoughEvidenceButTwoAre() {
        OutletLexicon lex = new OutletLexicon();
        lex.observe(report("1", "gazette.example"), List.of(town("a", "US", "TX"), town("b", "US", "TX"),
                town("c", "US", "OH"), town("d", "US", "CA"), town("e", "FR", "11"), town("f", "US", "TX")));
        assertThat(lex.home("gazette.example")).isEmpty();
        lex.observe(report("2", "gazette.example"), TEXAS);
        OutletLexicon.Home h = lex.home("gazette.example").orElseThrow();
        assertThat(h.admin1Key()).isEqualTo("US.TX");
        assertThat(h.country()).isEqualTo("US");
        assertThat(h.reports()).isEqualTo(2);
        assertThat(h.note()).contains("gazette.example").contains("US.TX");
        assertThat(lex.home("other.example")).isEmpty();
    }

    @Test
    void aFirstReportWhosePlacesAllLieInOneDivisionGivesAnEarlyHome() {
        OutletLexicon lex = new OutletLexicon();
        lex.observe(report("1", "courier.example"), List.of(town("a", "US", "NE"), town("b", "US", "NE"),
                town("c", "US", "NE")));
        assertThat(lex.home("courier.example")).isEmpty();   // three places are too few
        lex.observe(report("2", "other.example"), List.of(town("a", "US", "NE"), town("b", "US", "NE"),
                town("c", "US", "NE"), town("d", "US", "NE"), town("e", "US", "IA")));
        OutletLexicon.Home h = lex.home("other.example").orElseThrow();
        assertThat(h.admin1Key()).isEqualTo("US.NE");
        assertThat(h.country()).isEqualTo("US");
        assertThat(lex.settled("other.example")).isFalse();
    }

    @Test
    void aSpreadOutOutletHasACountryButNoHomeDivision() {
        OutletLexicon lex = new OutletLexicon();
        lex.observe(report("1", "wire.example"), List.of(town("a", "US", "TX"), town("b", "US", "OH"), town("c", "US", "CA")));
        lex.observe(report("2", "wire.example"), List.of(town("d", "US", "NY"), town("e", "US", "FL"), town("f", "US", "WA")));
        OutletLexicon.Home h = lex.home("wire.example").orElseThrow();
        assertThat(h.admin1Key()).isNull();
        assertThat(h.country()).isEqualTo("US");
    }

    @Test
    void aPlaceNamedTwiceInOneReportCountsOnce() {
        OutletLexicon lex = new OutletLexicon();
        Place a = town("a", "US", "TX");
        lex.observe(report("1", "gazette.example"), List.of(a, a, a, a, a, a));
        lex.observe(report("2", "gazette.example"), List.of(a));
        assertThat(lex.home("gazette.example")).isEmpty();
    }

    @Test
    void aPinnedReportIsTaggedWithTheHomeKnownWhenItWasHandedOutAndTeachesOnlyOnCommit() {
        OutletLexicon lex = new OutletLexicon();
        lex.observe(report("1", "gazette.example"), TEXAS);
        Report second = report("2", "gazette.example"), third = report("3", "gazette.example");
        lex.pin(second);
        lex.pin(third);
        lex.observe(second, TEXAS);
        assertThat(lex.homeFor(third)).isEmpty();          // the second report is not stored yet
        assertThat(lex.home("gazette.example")).isEmpty();
        assertThat(lex.commit("2").countries()).hasSize(5);
        assertThat(lex.home("gazette.example")).isPresent();
        assertThat(lex.homeFor(third)).isEmpty();          // still the home pinned when it was handed out
        lex.unpin("3");
        assertThat(lex.homeFor(third)).isPresent();
    }
}
