package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.extract.places.GazetteerImporter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "gazetteer", description = "The gazetteer: Sitrep ships GeoNames places of 500+ people, countries, first-level divisions and a curated supplement.",
        subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "import", description = {
            "Stream a GeoNames dump (allCountries.txt, a country file such as SY.txt, or its .zip) into the store,",
            "so every village it lists can be found; later ingests consult it for names the bundled data lacks."})
    static final class Import implements Callable<Integer> {
        @Mixin
        Main.StoreOptions store;

        @Parameters(paramLabel = "FILE", description = "GeoNames dump (.txt or .zip)")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file " + file);
            try (Store st = Store.open(store.db)) {
                long t0 = System.nanoTime();
                GazetteerImporter.Result r = new GazetteerImporter(st.connection()).importFile(file, lines -> {
                    if (lines % 500_000 == 0) System.err.printf("  %,d lines read%n", lines);
                });
                System.out.printf("imported %,d places and %,d names from %,d lines (%,d skipped) into %s in %.1f s%n",
                        r.places(), r.names(), r.lines(), r.skipped(), store.db, (System.nanoTime() - t0) / 1e9);
            }
            return 0;
        }
    }
}
