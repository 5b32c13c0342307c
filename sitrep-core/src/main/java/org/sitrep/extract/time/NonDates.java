package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Doc;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Says which candidate time expressions are not times: numbers inside URLs, file names, image sizes and markdown
 * image links; reference numbers after a blocker word ("Resolution 2254", "Article 51"); ages ("a 6-year-old");
 * years far beyond the report date; bare numbers; amounts ("a matter of days", "minutes apart"); months and seasons
 * in names ("the March for Life"); quoted titles ("This Week"); the generic present ("today's youth"); "the day" a clause
 * after it names ("the day the operation was launched"); and words listed as {@code reject} in the lexicon.
 */
final class NonDates {
    private static final Pattern[] PROTECTED = {
            Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)"),
            Pattern.compile("(?i)(?:https?://|www\\.)\\S+"),
            Pattern.compile("(?i)[\\w./-]+\\.(?:png|jpe?g|gif|webp|svg|pdf|html?|php|aspx?|docx?|mp4)\\b"),
            Pattern.compile("\\d+\\s*[×xX]\\s*\\d+\\b"),
    };
    /** A month name that is also a common word, written in lower case: "the march", "may". */
    private static final Pattern LOWER_MONTH_WORD = Pattern.compile("(?<![\\p{L}])(march|may|august)(?![\\p{L}])");
    /** A fraction, not a quarter of a year: "three-quarters of its food", "a quarter of the vote". */
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)^(?:about\\s+|nearly\\s+|almost\\s+|roughly\\s+|some\\s+)?(?:a|one|two|three)[\\s-]quarters?$");
    /** "a day", "a week" after a number or a noun: a rate ("24 hours a day", "700 seats a week"). */
    private static final Pattern RATE = Pattern.compile("(?i)^(?:a|an|per)\\s+(?:hour|day|week|month|year)$");
    private static final Pattern OF_AFTER = Pattern.compile("(?i)^\\s+of\\b");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)^[\\s-]*(?:years?[\\s-]+)?old\\b");
    /** A bare unit in "a matter of days", "minutes apart": an amount, not a stretch of time TimeML marks. */
    private static final Pattern BARE_UNITS = Pattern.compile("(?i)^(?:seconds|minutes|hours|days|weeks|months|years)$");
    private static final Pattern MATTER_OF_BEFORE = Pattern.compile("(?i)\\bmatter\\s+of\\s+$");
    private static final Pattern APART_AFTER = Pattern.compile("(?i)^\\s+apart\\b");
    /** A name after a month or season: "the March for Life", "March of the Mothers", "Spring of Life". */
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern MONTH_OR_SEASON = Pattern.compile(
            "^(?:the\\s+)?(?:annual\\s+)?(?:" + TimexValues.MONTH + "|Spring|Summer|Autumn|Fall|Winter)$");
    /** "today's youth", "today's world": the present in general, which TimeML leaves unmarked. */
    private static final Pattern TODAYS = Pattern.compile("(?i)^'s\\s+(\\p{L}+)");
    /** A quoted title: ABC's "This Week". */
    private static final Pattern OPEN_QUOTE_BEFORE = Pattern.compile("(?:^|[\\s(])[\"“]$");
    private static final Pattern TITLE_CASE = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)+$");
    private static final Pattern AGE_IN = Pattern.compile("(?i)[\\s-]years?[\\s-]old$");

    private final TimeLexicon lex;
    private final Doc doc;
    private final List<Span> protectedSpans = new ArrayList<>();
    private final LocalDate ref;

    NonDates(TimeLexicon lex, Doc doc, LocalDate ref) {
        this.lex = lex;
        this.doc = doc;
        this.ref = ref;
        for (Pattern p : PROTECTED) {
            Matcher m = p.matcher(doc.text());
            while (m.find()) protectedSpans.add(new Span(m.start(), m.end()));
        }
    }

    /** The reason a candidate is not a time, or null if it may be one. */
    String reject(Candidate c) {
        Span s = new Span(c.begin(), c.end());
        for (Span p : protectedSpans) if (p.overlaps(s)) return "inside a link, file name or image size";
        String text = doc.text().substring(c.begin(), c.end()).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.matches(".*[\\p{L}\\p{N}].*")) return "no word";
        if (lex.has("reject", lower)) return "rejected word";
        if (LOWER_MONTH_WORD.matcher(text).find() && !text.matches(".*\\d.*")) return "a common word, not a month";
        if (text.equals("Day") || text.equals("Days")) return "part of a name";
        if (lower.equals("the day")) {
            // "the day the operation was launched": a day the clause after it names, not the report's day
            Token next = tokenAfter(c.end());
            if (next != null && (next.pos().equals("DT") || next.pos().startsWith("PRP") || next.pos().startsWith("NN"))) {
                return "a day named by the clause after it";
            }
        }
        String next = doc.text().substring(c.end(), Math.min(doc.text().length(), c.end() + 8));
        if (FRACTION.matcher(text).matches() && OF_AFTER.matcher(next).find()) return "a fraction";
        if (RATE.matcher(text).matches()) {
            Token prev = tokenBefore(c.begin());
            if (prev != null && (prev.pos().equals("CD") || prev.pos().startsWith("NN"))) return "a rate (\"700 seats a week\")";
        }
        String before = doc.text().substring(Math.max(0, c.begin() - 12), c.begin());
        String after = doc.text().substring(c.end(), Math.min(doc.text().length(), c.end() + 16));
        if (BARE_UNITS.matcher(text).matches()
                && (MATTER_OF_BEFORE.matcher(before).find() || APART_AFTER.matcher(after).find())) {
            return "an amount (\"a matter of days\", \"minutes apart\")";
        }
        if (MONTH_OR_SEASON.matcher(text).matches() && NAMED_AFTER.matcher(after).find()) return "part of a name";
        if (TITLE_CASE.matcher(text).matches() && OPEN_QUOTE_BEFORE.matcher(before).find()) return "a quoted title";
        Matcher todays = TODAYS.matcher(after);
        if (lower.equals("today") && todays.find() && lex.has("generic-after-today", todays.group(1).toLowerCase(Locale.ROOT))) {
            return "the present in general (\"today's youth\")";
        }
        if (AGE_IN.matcher(lower).find() || AGE_AFTER.matcher(doc.text().substring(c.end())).find()) return "an age";
        if (text.matches("\\d+")) {
            if (text.length() != 4) return "a bare number";
            int year = Integer.parseInt(text);
            int max = (ref == null ? LocalDate.now().getYear() : ref.getYear()) + 20;
            if (year < 1000 || year > max) return "not a plausible year";
            if (afterBlocker(c.begin())) return "a reference number";
        }
        return null;
    }

    /** True if the word before the offset is a blocker such as "Resolution" or "No.". */
    private boolean afterBlocker(int offset) {
        Token prev = tokenBefore(offset);
        return prev != null && lex.has("blocker", prev.word().toLowerCase(Locale.ROOT));
    }

    private Token tokenAfter(int offset) {
        for (Token t : doc.tokens()) if (t.span().begin() >= offset) return t;
        return null;
    }

    private Token tokenBefore(int offset) {
        Token best = null;
        for (Token t : doc.tokens()) {
            if (t.span().end() <= offset) best = t;
            else break;
        }
        return best;
    }
}
