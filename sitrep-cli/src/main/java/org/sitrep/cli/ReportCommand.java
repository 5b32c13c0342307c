package org.sitrep.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.report.brief.HtmlRenderer;
import org.sitrep.report.brief.MarkdownRenderer;
import org.sitrep.report.brief.PdfRenderer;
import org.sitrep.report.brief.Sitrep;
import org.sitrep.report.brief.SitrepBuilder;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = {
        "Write the daily situation report for a date: information cutoff, ranked Key Takeaways each with numbered",
        "citations to the evidence and outlets, what changed, a map drawn by Sitrep and a chart of events per day.",
        "HTML is self-contained (opens offline)."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Option(names = "--date", required = true, description = "the day of the report (YYYY-MM-DD); the cutoff is its end")
    LocalDate date;

    @Option(names = "--window", description = "how far back the report looks: 24h, 48h, 3d, 7d (default: ${DEFAULT-VALUE})",
            defaultValue = "24h")
    String window;

    @Option(names = "--country", description = "only events in this country (ISO alpha-2 or alpha-3)")
    String country;

    @Option(names = "--format", description = "md, html or pdf (default: from the --out extension, else md)")
    String format;

    @Option(names = "--out", required = true, description = "output file")
    Path out;

    @Override
    public Integer call() throws Exception {
        String fmt = format != null ? format : extension(out.getFileName().toString());
        try (Store st = Store.open(store.db)) {
            Sitrep s = new SitrepBuilder(st).build(date, windowDays(window), country);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            switch (fmt) {
                case "md" -> Files.writeString(out, new MarkdownRenderer().render(s));
                case "html" -> Files.writeString(out, new HtmlRenderer().render(s));
                case "pdf" -> {
                    try (OutputStream o = Files.newOutputStream(out)) {
                        new PdfRenderer().render(s, o);
                    }
                }
                default -> throw new IllegalArgumentException("unknown format '" + fmt + "' (md, html, pdf)");
            }
            System.out.printf("wrote the %s sitrep for %s (%d takeaways) to %s%n", fmt, date, s.takeaways().size(), out);
        }
        return 0;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "md" : name.substring(dot + 1).toLowerCase();
        return ext.equals("markdown") ? "md" : ext.equals("htm") ? "html" : ext;
    }

    /** "24h" -> 1, "48h" -> 2, "3d" -> 3, "1w" -> 7; whole days, at least 1. */
    static int windowDays(String w) {
        String s = w.trim().toLowerCase();
        if (!s.matches("\\d+[hdw]")) throw new IllegalArgumentException("bad --window '" + w + "' (e.g. 24h, 3d, 1w)");
        int n = Integer.parseInt(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 'h' -> Math.max(1, (n + 23) / 24);
            case 'w' -> n * 7;
            default -> Math.max(1, n);
        };
    }
}
