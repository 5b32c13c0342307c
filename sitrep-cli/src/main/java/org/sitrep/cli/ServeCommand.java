package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.serve.ReportIngest;
import org.sitrep.serve.ServerOptions;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Serve the store as a web app and a JSON API (/api/v1, OpenAPI at /api/v1/openapi.json). Works offline.",
        "Read-only unless --token is given; then POST /api/v1/reports ingests articles that carry that token."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--bind", description = "address to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--token", description = "enable POST /api/v1/reports with this bearer token (or $SITREP_TOKEN)",
            defaultValue = "${env:SITREP_TOKEN}")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        Store st = Store.open(store.db);
        ServerOptions options = ServerOptions.defaults().port(port).bind(bind);
        options = Wiring.withAnalysis(options, st);
        if (token != null && !token.isBlank()) options = options.ingest(token, ingestHook(st));
        SitrepServer server = new SitrepServer(st, options).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            st.close();
        }));
        System.out.println("sitrep: serving " + store.db + " at " + server.url() + (token == null || token.isBlank()
                ? " (read-only)" : " (ingest enabled with token)") + "; Ctrl-C stops");
        server.awaitStop();
        return 0;
    }

    /** Runs a posted article through the same pipeline as {@code sitrep ingest}. */
    static ReportIngest ingestHook(Store st) {
        Ingestor ingestor = new Ingestor();
        Pipeline pipeline = Wiring.pipeline(st, 1);
        return (body, contentType, name) -> {
            String origin = name == null || name.isBlank() ? "api" : name;
            List<IngestOutcome> outcomes = ingestor.ingestStream(
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), origin);
            List<Map<String, Object>> items = new ArrayList<>();
            pipeline.run(outcomes, false, p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("origin", p.outcome().origin());
                m.put("status", p.status().name().toLowerCase());
                m.put("detail", p.detail());
                if (p.outcome() instanceof IngestOutcome.Accepted a) {
                    m.put("report_id", a.report().id());
                    m.put("warnings", a.warnings());
                }
                m.put("claims", p.claims());
                items.add(m);
            });
            return Map.of("results", items);
        };
    }
}
