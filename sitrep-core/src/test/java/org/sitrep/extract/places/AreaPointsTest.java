package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Large divisions whose towns hug one edge get a point in their middle, and an extent that still covers the towns. */
class AreaPointsTest {
    private static final Gazetteer G = Gazetteer.bundled();

    @Test
    void ontarioSitsInTheMiddleOfTheProvinceNotOnTheGreatLakes() {
        Place on = G.byId("geonames:6093943");
        assertThat(on.isAdmin1()).isTrue();
        assertThat(on.lat()).isBetween(48.5, 52.0);
        assertThat(on.source()).contains("geonames");
        // Toronto, on the lake shore, is still inside the province's extent
        Place toronto = G.lookup("Toronto").stream().filter(p -> p.country().equals("CA")).findFirst().orElseThrow();
        assertThat(Place.distanceKm(on.lat(), on.lon(), toronto.lat(), toronto.lon())).isLessThan(on.radiusKm());
    }

    @Test
    void southAustraliaSitsInlandNotAtAdelaide() {
        Place sa = G.byId("geonames:2061327");
        assertThat(sa.lat()).isBetween(-32.0, -27.0);
    }
}
