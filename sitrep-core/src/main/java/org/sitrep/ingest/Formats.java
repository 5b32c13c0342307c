package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;

/** Recognises input formats from file-name extensions and from the first bytes ("sniffing"). */
public final class Formats {
    private Formats() {}

    public static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown");
    public static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    public static final Set<String> JSON = Set.of("json", "jsonl", "ndjson");
    public static final Set<String> FEED = Set.of("xml", "rss", "atom");

    /** True if the extension of {@code name} belongs to one of the formats above. */
    public static boolean knownExtension(String name) {
        String e = Urls.extension(name);
        return TEXT.contains(e) || HTML.contains(e) || JSON.contains(e) || FEED.contains(e);
    }

    /** True if {@code name} has one of {@code extensions}. */
    static boolean hasExtension(String name, Set<String> extensions) {
        return extensions.contains(Urls.extension(name));
    }

    /** The first 2 KB as lower-case text, BOM and NUL bytes dropped, leading whitespace trimmed. */
    public static String head(byte[] bytes) {
        if (bytes == null) return "";
        int n = Math.min(bytes.length, 2048);
        int start = 0;
        while (start < Math.min(n, 4) && (bytes[start] & 0xFF) >= 0xBB) start++;
        StringBuilder sb = new StringBuilder(n);
        for (int i = start; i < n; i++) {
            if (bytes[i] != 0) sb.append((char) (bytes[i] & 0xFF));
        }
        return sb.toString().stripLeading().toLowerCase(Locale.ROOT);
    }

    /** An RSS or Atom document. */
    public static boolean looksLikeFeed(String head) {
        String h = stripXmlProlog(head);
        return h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf:rdf");
    }

    /** An HTML document (or fragment starting with a block tag). */
    public static boolean looksLikeHtml(String head) {
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head>")
                || head.contains("<body") || head.startsWith("<article") || head.startsWith("<p>");
    }

    /** A JSON document or JSON lines. */
    public static boolean looksLikeJson(String head) {
        return head.startsWith("{") || head.startsWith("[");
    }

    private static String stripXmlProlog(String head) {
        String h = head;
        while (h.startsWith("<?") || h.startsWith("<!--") || h.startsWith("<!doctype")) {
            int end = h.indexOf('>');
            if (end < 0) return h;
            h = h.substring(end + 1).stripLeading();
        }
        return h;
    }
}
