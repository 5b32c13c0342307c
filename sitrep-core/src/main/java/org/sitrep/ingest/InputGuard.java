package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether raw input bytes are text Sitrep can read, and decodes them.
 *
 * <p>Checks, in order, each failing with a one-line reason: empty input; too large (more than
 * {@link #DEFAULT_MAX_BYTES} unless configured); binary content (NUL bytes, or more than 10% control
 * characters); encoding. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) or a charset declared by an XML
 * declaration or an HTML {@code <meta charset>} (or by the HTTP Content-Type, given as a hint) decides the
 * decoding; otherwise the bytes must be valid UTF-8, and invalid UTF-8 is rejected with a reason naming the
 * probable encoding. Decoding is strict: no replacement characters are ever produced. Finally, whitespace-only
 * text is rejected. Language is checked later on the extracted article text ({@link LanguageGuesser}).
 */
public final class InputGuard {
    /** 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']|<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private final long maxBytes;

    public InputGuard() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes inputs larger than this are rejected as too large */
    public InputGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The outcome of a check: decoded text, or a one-line reason to skip the input. */
    public sealed interface Result {}

    /** Readable text, with the charset used and any warnings (e.g. a BOM-declared UTF-16). */
    public record Text(String text, Charset charset, List<String> warnings) implements Result {
        public Text { warnings = List.copyOf(warnings); }
    }

    /** Unreadable input and why. */
    public record Rejected(String reason) implements Result {}

    /** The reason for an input of {@code size} bytes being too large, or null if it is not. */
    public String sizeProblem(long size) {
        if (size <= maxBytes) return null;
        return String.format(Locale.ROOT, "too large (%s; the limit is %s)", megabytes(size), megabytes(maxBytes));
    }

    /** Checks and decodes {@code bytes} with no outside charset hint. */
    public Result check(byte[] bytes) {
        return check(bytes, null);
    }

    /**
     * Checks and decodes {@code bytes}.
     *
     * @param charsetHint a charset named outside the bytes (HTTP Content-Type), or null
     */
    public Result check(byte[] bytes, String charsetHint) {
        if (bytes == null || bytes.length == 0) return new Rejected("empty file (0 bytes)");
        String tooLarge = sizeProblem(bytes.length);
        if (tooLarge != null) return new Rejected(tooLarge);
        List<String> warnings = new ArrayList<>();

        Bom bom = Bom.of(bytes);
        Charset charset;
        int skip = 0;
        if (bom != null) {
            charset = bom.charset;
            skip = bom.length;
            if (!charset.equals(StandardCharsets.UTF_8)) warnings.add("decoded as " + charset.name() + " (byte-order mark)");
        } else if (looksLikeUtf16WithoutBom(bytes) != null) {
            charset = looksLikeUtf16WithoutBom(bytes);
            warnings.add("decoded as " + charset.name() + " (no byte-order mark; guessed from the NUL pattern)");
        } else {
            if (hasNul(bytes)) return new Rejected("binary content (NUL bytes), not text");
            if (controlShare(bytes) > 0.10) return new Rejected("binary content (more than 10% control characters), not text");
            String declared = declaredCharset(bytes, charsetHint);
            if (declared != null) {
                try {
                    charset = Charset.forName(declared);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return new Rejected("declares an unknown charset '" + declared + "'");
                }
                if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
                    warnings.add("decoded as " + charset.name() + " (declared)");
                }
            } else {
                charset = StandardCharsets.UTF_8;
            }
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8) && bom == null) {
                return new Rejected("not valid UTF-8 (looks like " + probableEncoding(bytes) + "); convert it to UTF-8");
            }
            return new Rejected("not valid " + charset.name() + " although declared so");
        }
        if (text.isBlank()) return new Rejected("only whitespace, no text");
        if (controlShare(text) > 0.10) return new Rejected("binary content (more than 10% control characters), not text");
        return new Text(text, charset, warnings);
    }

    private static String declaredCharset(byte[] bytes, String hint) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2);
        return hint == null || hint.isBlank() ? null : hint.strip();
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) if (b == 0) return true;
        return false;
    }

    private static double controlShare(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) if (isControl(b & 0xFF)) n++;
        return (double) n / bytes.length;
    }

    private static double controlShare(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isControl(s.charAt(i))) n++;
        return s.isEmpty() ? 0 : (double) n / s.length();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
    }

    /** UTF-16 without a BOM: in mostly-Latin text every other byte is NUL. */
    private static Charset looksLikeUtf16WithoutBom(byte[] b) {
        if (b.length < 16 || b.length % 2 != 0) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) evenNul++;
                else oddNul++;
            }
        }
        int half = b.length / 2;
        if (oddNul > half * 0.9 && evenNul == 0) return StandardCharsets.UTF_16LE;
        if (evenNul > half * 0.9 && oddNul == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** A guess for bytes that are not UTF-8, for the reason text. */
    static String probableEncoding(byte[] bytes) {
        int high = 0;
        int c1 = 0;
        for (byte x : bytes) {
            int b = x & 0xFF;
            if (b >= 0x80) high++;
            if (b >= 0x80 && b < 0xA0) c1++;
        }
        if (high * 3 > bytes.length) return "a single-byte Cyrillic, Greek or Arabic code page such as Windows-1251";
        return c1 > 0 ? "Windows-1252" : "ISO-8859-1/Windows-1252";
    }

    private static String megabytes(long n) {
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
    }

    private enum Bom {
        UTF32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
        UTF32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        UTF16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        UTF16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

        final byte[] mark;
        final Charset charset;
        final int length;

        Bom(byte[] mark, String charset) {
            this.mark = mark;
            this.charset = Charset.forName(charset);
            this.length = mark.length;
        }

        static Bom of(byte[] b) {
            for (Bom bom : values()) {
                if (b.length < bom.length) continue;
                boolean match = true;
                for (int i = 0; i < bom.length; i++) match &= b[i] == bom.mark[i];
                if (match) return bom;
            }
            return null;
        }
    }
}
