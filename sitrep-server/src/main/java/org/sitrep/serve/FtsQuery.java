package org.sitrep.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what a person types in a search box into an SQLite FTS5 query that cannot be a syntax error for ordinary
 * input: plain words, {@code word*} prefixes, "quoted phrases" and the operators AND, OR, NOT pass through; any other
 * token (with hyphens, apostrophes, dots, brackets...) becomes a quoted phrase, so "al-Sham" finds "al Sham".
 */
final class FtsQuery {
    private static final Pattern BAREWORD = Pattern.compile("[\\p{L}\\p{N}_]+\\*?");

    private FtsQuery() {}

    static String of(String input) {
        List<String> parts = new ArrayList<>();
        String s = input.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' && s.indexOf('"', i + 1) > 0) {
                int end = s.indexOf('"', i + 1);
                if (end > i + 1) parts.add(s.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) end++;
                String token = s.substring(i, end);
                if (BAREWORD.matcher(token).matches()) {
                    parts.add(token);
                } else if (token.replaceAll("[^\\p{L}\\p{N}]", "").length() > 0) {
                    parts.add('"' + token.replace("\"", "\"\"") + '"');
                }
                i = end;
            }
        }
        dropDanglingOperators(parts);
        return String.join(" ", parts);
    }

    private static void dropDanglingOperators(List<String> parts) {
        while (!parts.isEmpty() && isOperator(parts.get(0))) parts.remove(0);
        while (!parts.isEmpty() && isOperator(parts.get(parts.size() - 1))) parts.remove(parts.size() - 1);
        for (int i = parts.size() - 1; i > 0; i--) {
            if (isOperator(parts.get(i)) && isOperator(parts.get(i - 1))) parts.remove(i);
        }
    }

    private static boolean isOperator(String t) {
        return t.equals("AND") || t.equals("OR") || t.equals("NOT");
    }
}
