package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Small URL helpers for ingest. */
final class Urls {
    private Urls() {}

    /** The host of {@code url} without "www.", as a last-resort outlet name; null if there is none. */
    static String outletFromDomain(String url) {
        String host = host(url);
        if (host == null) return null;
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The lower-case host of an http(s) URL, or null. */
    static String host(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null || u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) return null;
            return u.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** True for http:// and https:// addresses. */
    static boolean isHttp(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** The file-name extension of a name or URL path, lower case without the dot ("" if none). */
    static String extension(String name) {
        if (name == null) return "";
        String n = name;
        int q = n.indexOf('?');
        if (isHttp(n) && q >= 0) n = n.substring(0, q);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        int dot = n.lastIndexOf('.');
        return dot > slash && dot < n.length() - 1 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
