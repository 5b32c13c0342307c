package org.sitrep.cli;

import java.io.PrintStream;

/** A one-line progress bar on the terminal's error stream; silent when output is not a terminal. */
final class ProgressBar {
    private final PrintStream out;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private int done;

    ProgressBar(PrintStream out, int total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    static boolean interactive() {
        return System.console() != null;
    }

    void step(String label) {
        done++;
        if (!enabled) return;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double secs = (System.nanoTime() - start) / 1e9;
        String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
        out.printf("\r[%s%s] %d/%d  %.1f/s  %-40s", "#".repeat(filled), ".".repeat(width - filled), done, total,
                secs > 0 ? done / secs : 0.0, name);
        out.flush();
    }

    /** Clears the bar before other output is printed. */
    void clear() {
        if (enabled) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
