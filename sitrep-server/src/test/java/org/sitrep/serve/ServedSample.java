package org.sitrep.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** Base for API tests: the {@link SampleData} store served read-only on a free loopback port for the whole class. */
abstract class ServedSample {
    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static String api;

    @BeforeAll
    static void start() {
        store = SampleData.create(dir.resolve("sample.db"));
        server = new SitrepServer(store, ServerOptions.defaults().port(0)).start();
        api = server.url() + "/api/v1";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }
}
