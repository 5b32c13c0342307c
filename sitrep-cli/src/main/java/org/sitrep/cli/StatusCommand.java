package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", description = "What the store holds, and the inputs that were skipped with their reasons.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Option(names = "--skipped", description = "how many skipped inputs to list (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int skipped;

    @Override
    public Integer call() {
        try (Store st = Store.open(store.db)) {
            Store.Stats s = st.stats();
            System.out.printf("%s (schema v%d): %d reports, %d claims, %d events, %d actors, %d places, %d skipped inputs%n",
                    store.db, st.schemaVersion(), s.reports(), s.claims(), s.events(), s.actors(), s.places(), s.skipped());
            for (String[] row : st.skipped(skipped)) System.out.println("skipped " + row[0] + ": " + row[1] + "  (" + row[2] + ")");
        }
        return 0;
    }
}
