package org.sitrep.fuse.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.DataFiles;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PloverType;

/**
 * Which coded events change who holds a place ({@code sitrep/fuse/control.tsv}): a type plus a mode or a trigger
 * word, with an effect (gain: the initiator now holds it; loss: the initiator no longer does; contest: the initiator
 * fights inside it).
 */
public final class ControlRules {
    /** What an event does to control of its place. */
    public enum Effect { GAIN, LOSS, CONTEST }

    private record Rule(PloverType type, boolean byMode, String value, Effect effect, String where) {}

    private final List<Rule> rules = new ArrayList<>();

    public static ControlRules load() {
        ControlRules r = new ControlRules();
        for (DataFiles.Line l : DataFiles.lines("fuse/control.tsv")) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t");
            if (f.length < 3 || !f[1].contains(":")) continue;
            try {
                String[] m = f[1].trim().split(":", 2);
                r.rules.add(new Rule(PloverType.parse(f[0]), m[0].equals("mode"), m[1].toLowerCase(Locale.ROOT),
                        Effect.valueOf(f[2].trim().toUpperCase(Locale.ROOT)), l.where()));
            } catch (RuntimeException e) {
                // malformed line: skipped
            }
        }
        return r;
    }

    /** The types any rule mentions. */
    public Set<PloverType> types() {
        Set<PloverType> out = EnumSet.noneOf(PloverType.class);
        for (Rule r : rules) out.add(r.type());
        return out;
    }

    /** Every mode a rule names (lower case). */
    public Set<String> modes() {
        Set<String> out = new java.util.TreeSet<>();
        for (Rule r : rules) if (r.byMode()) out.add(r.value());
        return out;
    }

    /** Every trigger word a rule names (lower case). */
    public Set<String> triggerWords() {
        Set<String> out = new java.util.TreeSet<>();
        for (Rule r : rules) if (!r.byMode()) out.add(r.value());
        return out;
    }

    /** A matched rule: the effect and the data file line that says so. */
    public record Match(Effect effect, String where) {}

    /** The effect of a coding on control, or null if it does not change control. */
    public Match effect(EventCoding c) {
        return effect(c.type(), c.mode(), c.trigger());
    }

    /** The effect of an event of this type, mode and trigger text on control, or null. */
    public Match effect(PloverType type, String mode0, String trigger) {
        String mode = mode0 == null ? null : mode0.toLowerCase(Locale.ROOT);
        List<String> words = trigger == null ? List.of() : List.of(trigger.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"));
        for (Rule r : rules) {
            if (r.type() != type) continue;
            if (r.byMode() ? r.value().equals(mode) : words.contains(r.value())) return new Match(r.effect(), r.where());
        }
        return null;
    }
}
