package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlets' local lexicons kept in the store: counted per outlet, replaced and removed with their report. */
class OutletPlacesStoreTest {
    @TempDir
    Path dir;

    private static final String TEXT = "The county board met in the old courthouse and voted to fix the bridge.";

    @Test
    void countsAreKeptPerOutletAcrossRunsAndFollowTheirReport() {
        Path f = dir.resolve("s.db");
        try (Store st = Store.open(f)) {
            st.saveReport(StoreTest.report("r1", TEXT), List.of(), 1, List.of(), List.of());
            st.saveReport(StoreTest.report("r2", TEXT + " Again."), List.of(), 1, List.of(), List.of());
            st.saveOutletPlaces("r1", "gazette.example", List.of("US.TX", "US.TX"), List.of("US", "US", "US"));
            st.saveOutletPlaces("r2", "gazette.example", List.of("US.OK"), List.of("US"));
            st.saveOutletPlaces("r2", "gazette.example", List.of("US.TX"), List.of("US"));   // processed again: replaced
        }
        try (Store st = Store.open(f)) {
            Store.OutletPlaces o = st.outletPlaces().get(0);
            assertThat(o.outlet()).isEqualTo("gazette.example");
            assertThat(o.reports()).isEqualTo(2);
            assertThat(o.admin1()).isEqualTo(Map.of("US.TX", 3));
            assertThat(o.countries()).isEqualTo(Map.of("US", 4));
            st.deleteReport("r1");
            assertThat(st.outletPlaces().get(0).reports()).isEqualTo(1);
        }
    }

    @Test
    void aStoreFromBeforeTheLexiconGainsItsTableOnOpen() {
        Path f = dir.resolve("old.db");
        try (Store st = Store.open(f)) {
            st.exec("DROP TABLE outlet_place");
            st.exec("PRAGMA user_version = 4");
        }
        try (Store st = Store.open(f)) {
            assertThat(st.schemaVersion()).isEqualTo(Store.MIGRATIONS.length);
            assertThat(st.outletPlaces()).isEmpty();
        }
    }
}
