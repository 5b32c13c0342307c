package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of an article's content: SHA-256 (lower-case hex) of the normalised title, a newline, and the
 * normalised body. Normalisation: Unicode NFC, each line's runs of whitespace made one space and trimmed, blank
 * lines dropped. The same article ingested twice (from a file, a feed or stdin) gets the same hash, which the
 * store uses to ingest idempotently; the report id is its first 16 hex characters.
 */
public final class ContentHash {
    private ContentHash() {}

    /** The hex SHA-256 of the normalised {@code title + "\n" + body}. */
    public static String of(String title, String body) {
        String text = normalise(title) + "\n" + normalise(body);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** The report id for a content hash: its first 16 hex characters. */
    public static String id(String hash) {
        return hash.substring(0, 16);
    }

    static String normalise(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder();
        for (String line : Normalizer.normalize(s, Normalizer.Form.NFC).split("\n")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }
}
