package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.model.Report;

/**
 * Body text and images of an HTML element (a whole article, or a fragment from a feed or JSON record).
 *
 * <p>Figures become media (image URL + figcaption, else alt text) and leave the text, as do loose images.
 * Removed as not body text: script/style, nav, header, footer, aside, forms and buttons, elements whose class or
 * id names boilerplate (share, social, related, newsletter, donate, support, subscribe, cookie, promo, advert,
 * comments, byline, breadcrumb, ticker, menu, sidebar, popup, paywall), and blocks that are mostly links
 * (menus, teaser grids). Each block element (p, h1–h6, li, blockquote, div with text, ...) gives one paragraph.
 */
final class HtmlText {
    private HtmlText() {}

    /** Paragraphs in reading order and the images found. */
    record Extracted(List<String> paragraphs, List<Report.Media> media) {}

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
            "figcaption", "header", "footer", "hr", "address", "br", "center", "tbody", "thead");
    private static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, select, input, textarea, object, embed, video, audio, canvas, map";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(.*[-_])?(share|sharing|social|related|newsletter"
            + "|donate|donation|support|subscribe|subscription|cookies?|promo|advert|advertisement|ads?|comments?"
            + "|byline|breadcrumbs?|ticker|menu|sidebar|popup|modal|paywall)([-_].*)?$");
    private static final double MAX_LINK_DENSITY = 0.6;

    /** Extracts from a copy of {@code root}; {@code root} itself is not changed. */
    static Extracted extract(Element root) {
        Element el = root.clone();
        List<Report.Media> media = new ArrayList<>();
        for (Element fig : el.select("figure")) {
            String caption = fig.select("figcaption").text();
            for (Element img : fig.select("img")) addImage(img, caption, media);
            fig.remove();
        }
        for (Element img : el.select("img")) {
            addImage(img, null, media);
            img.remove();
        }
        for (Element e : el.select(NOT_TEXT)) {
            if (e != el) e.remove();
        }
        for (Element e : el.select("[class], [id]")) {
            if (e != el && isBoilerplate(e)) e.remove();
        }
        for (Element e : el.select("ul, ol, div, p, section, table")) {
            if (e != el && e.parent() != null && linkDensity(e) > MAX_LINK_DENSITY) e.remove();
        }
        return new Extracted(paragraphs(el), media);
    }

    private static List<String> paragraphs(Element el) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }
        }, el);
        List<String> out = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String p = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static void addImage(Element img, String caption, List<Report.Media> media) {
        String src = img.absUrl("src");
        if (src.isEmpty()) src = img.attr("src");
        if (src.isEmpty()) src = img.attr("data-src");
        if (src.isEmpty()) return;
        String cap = caption != null && !caption.isBlank() ? caption : img.attr("alt");
        Report.Media m = new Report.Media(src, cap == null || cap.isBlank() ? null : cap.strip());
        if (!media.contains(m)) media.add(m);
    }

    private static boolean isBoilerplate(Element e) {
        String names = e.className() + " " + e.id();
        for (String token : names.split("\\s+")) {
            if (!token.isEmpty() && BOILERPLATE.matcher(token).matches()) return true;
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return (double) links / all;
    }
}
