package org.sitrep.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a stacked bar chart of events per day by PLOVER type as SVG: one bar per day of the range, segments coloured
 * by type with a legend, y axis with gridlines.
 */
public final class ChartRenderer {
    static final int WIDTH = 800, HEIGHT = 280, LEFT = 40, RIGHT = 150, TOP = 30, BOTTOM = 40;

    /**
     * @param counts day -> type -> number of events
     * @param from   first day drawn
     * @param to     last day drawn
     */
    public String render(Map<LocalDate, Map<String, Integer>> counts, LocalDate from, LocalDate to, String title) {
        TreeMap<String, String> colours = new TreeMap<>();
        int max = 1;
        for (var day : counts.values()) {
            int sum = 0;
            for (var e : day.entrySet()) {
                colours.putIfAbsent(e.getKey(), "");
                sum += e.getValue();
            }
            max = Math.max(max, sum);
        }
        int i = 0;
        for (String t : colours.keySet()) colours.put(t, Svg.PALETTE.get(i++ % Svg.PALETTE.size()));
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM, bw = plotW / days;
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.DISPLAY_WIDTH).append("\" height=\"")
                .append(Math.round(HEIGHT * (double) Svg.DISPLAY_WIDTH / WIDTH))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        b.append("<title>").append(Svg.esc(title)).append("</title>\n");
        b.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").append(Svg.esc(title)).append("</text>\n");
        for (int v = 0; v <= top; v += step) {
            double y = TOP + plotH - v * plotH / top;
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.n(LEFT + plotW)).append("\" y1=\"").append(Svg.n(y))
                    .append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#dddddd\"/>");
            b.append("<text x=\"").append(LEFT - 5).append("\" y=\"").append(Svg.n(y + 4)).append("\" text-anchor=\"end\">").append(v).append("</text>\n");
        }
        int labelEvery = Math.max(1, days / 10);
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            double x = LEFT + d * bw + bw * 0.15, w = bw * 0.7, y = TOP + plotH;
            Map<String, Integer> c = counts.getOrDefault(day, Map.of());
            for (var e : new TreeMap<>(c).entrySet()) {
                double h = e.getValue() * plotH / top;
                y -= h;
                b.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"").append(Svg.n(w))
                        .append("\" height=\"").append(Svg.n(h)).append("\" fill=\"").append(colours.get(e.getKey()))
                        .append("\"><title>").append(day).append(' ').append(e.getKey()).append(": ").append(e.getValue()).append("</title></rect>\n");
            }
            if (d % labelEvery == 0) {
                b.append("<text x=\"").append(Svg.n(x + w / 2)).append("\" y=\"").append(TOP + plotH + 15)
                        .append("\" text-anchor=\"middle\">").append(day.toString().substring(5)).append("</text>\n");
            }
        }
        b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.n(LEFT + plotW)).append("\" y1=\"").append(Svg.n(TOP + plotH))
                .append("\" y2=\"").append(Svg.n(TOP + plotH)).append("\" stroke=\"#333333\"/>\n");
        int ly = TOP + 4;
        for (var e : colours.entrySet()) {
            b.append("<rect x=\"").append(WIDTH - RIGHT + 15).append("\" y=\"").append(ly).append("\" width=\"11\" height=\"11\" fill=\"")
                    .append(e.getValue()).append("\"/><text x=\"").append(WIDTH - RIGHT + 31).append("\" y=\"").append(ly + 10).append("\">")
                    .append(Svg.esc(e.getKey())).append("</text>\n");
            ly += 17;
        }
        if (colours.isEmpty()) {
            b.append("<text x=\"").append(LEFT + 10).append("\" y=\"").append(TOP + 30).append("\">No events in this period.</text>\n");
        }
        b.append("</svg>");
        return b.toString();
    }

    private static int niceStep(int max) {
        for (int s : List.of(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)) if (max / s <= 6) return s;
        return 20000;
    }
}
