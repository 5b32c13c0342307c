package org.sitrep.report.brief;

import java.util.List;

/** Small helpers for writing SVG and XHTML by hand: escaping, number formatting, a fixed colour palette. */
final class Svg {
    private Svg() {}

    /** Colours for actors and event types (colour-blind friendly, from the Okabe-Ito and Tableau sets). */
    static final List<String> PALETTE = List.of("#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
            "#8c564b", "#7f7f7f", "#bcbd22", "#17becf", "#9467bd", "#f0e442");

    /** Width at which the map and chart are displayed (they are drawn on an 800-unit wide view box). */
    static final int DISPLAY_WIDTH = 680;

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A coordinate with one decimal ("12.3", "-4.0"). */
    static String n(double v) {
        long t = Math.round(v * 10);
        String sign = t < 0 ? "-" : "";
        t = Math.abs(t);
        return sign + (t / 10) + "." + (t % 10);
    }
}
