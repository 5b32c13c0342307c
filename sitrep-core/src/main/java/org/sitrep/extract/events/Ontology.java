package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.data.DataFiles;
import org.sitrep.model.PloverType;

/**
 * Sitrep's event ontology ({@code sitrep/events/ontology.tsv}): every (PLOVER type, mode) code the coder can emit,
 * with its CAMEO code and, where one applies, its ACLED event type and sub-event type. A user override file of the
 * same name adds rows or replaces rows with the same type and mode.
 */
public final class Ontology {
    private static volatile Ontology bundled;
    private final Map<String, OntologyEntry> byKey;

    public Ontology(List<OntologyEntry> entries) {
        Map<String, OntologyEntry> m = new LinkedHashMap<>();
        for (OntologyEntry e : entries) m.put(e.key(), e);
        for (PloverType t : PloverType.values()) {
            if (!m.containsKey(t.name())) throw new IllegalArgumentException("ontology lacks a base row for " + t);
        }
        this.byKey = Collections.unmodifiableMap(m);
    }

    /** The ontology shipped with Sitrep plus the user's override rows. */
    public static Ontology bundled() {
        Ontology o = bundled;
        if (o == null) bundled = o = parse(DataFiles.lines("events/ontology.tsv"));
        return o;
    }

    /** Parses ontology lines (header and '#' comments skipped). */
    public static Ontology parse(List<DataFiles.Line> lines) {
        List<OntologyEntry> out = new ArrayList<>();
        for (DataFiles.Line l : lines) {
            if (l.isComment() || l.text().startsWith("type\t")) continue;
            String[] f = l.text().split("\t", -1);
            if (f.length < 8) throw new IllegalArgumentException(l.where() + ": expected 8 columns, got " + f.length);
            out.add(new OntologyEntry(PloverType.valueOf(f[0].strip()), dash(f[1]), f[2].strip(), dash(f[3]),
                    dash(f[4]), list(f[5]), f[6].strip(), f[7].strip(), l.where()));
        }
        return new Ontology(out);
    }

    static String dash(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    static List<String> list(String s) {
        String t = dash(s);
        return t == null ? List.of() : Arrays.stream(t.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** All rows, in file order. */
    public List<OntologyEntry> entries() { return List.copyOf(byKey.values()); }

    /** The row for a type and mode, falling back to the type's base row for an unknown or null mode. */
    public OntologyEntry lookup(PloverType type, String mode) {
        if (mode != null) {
            OntologyEntry e = byKey.get(type.name() + "/" + mode);
            if (e != null) return e;
        }
        return byKey.get(type.name());
    }

    /** True if the type has a row for exactly this mode (null: the base row). */
    public boolean has(PloverType type, String mode) {
        return byKey.containsKey(mode == null ? type.name() : type.name() + "/" + mode);
    }

    /** The PLOVER type a CAMEO code maps to: the type of the row with the longest matching code prefix. */
    public PloverType typeForCameo(String cameo) {
        if (cameo == null || cameo.length() < 2) return null;
        for (int n = cameo.length(); n >= 2; n--) {
            String p = cameo.substring(0, n);
            for (OntologyEntry e : byKey.values()) if (e.cameo().equals(p)) return e.type();
        }
        return CameoRoots.type(cameo.substring(0, 2));
    }

    /** The ontology as the Markdown table published in docs/ontology.md. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Sitrep event ontology\n\n");
        sb.append("Generated from `sitrep-core/src/main/resources/sitrep/events/ontology.tsv` (do not edit by hand; ")
                .append("`OntologyDocTest` fails when the two disagree, and rewrites this file when run with ")
                .append("`-Dsitrep.writeOntologyDoc=true`).\n\n");
        sb.append("Every event Sitrep codes has a PLOVER type (the primary code) and usually a mode. Each (type, mode) ")
                .append("maps to one CAMEO code and, where one applies, an ACLED event type and sub-event type. ")
                .append("Rows with origin `ext` are Sitrep's extensions for conflict analysis: territorial change ")
                .append("(captured, regained, withdraw, contested, with counts such as villages attached as quantities), ")
                .append("force posture (deploy, redeploy, withdraw, with equipment named in the trigger's object) and ")
                .append("diplomatic contact mode (phone, visit, host, meeting). The coder's rules ")
                .append("(`sitrep/events/rules.tsv`) name a type and mode; this table supplies the rest.\n\n");
        sb.append("When an ASSAULT/captured event's initiator is a state actor (sector GOV, MIL or COP) the ACLED ")
                .append("sub-event type is taken from ASSAULT/regained (\"Government regains territory\").\n\n");
        sb.append("| type | mode | CAMEO | ACLED event type | ACLED sub-event type | contexts | origin | description |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (OntologyEntry e : byKey.values()) {
            sb.append("| ").append(e.type()).append(" | ").append(e.mode() == null ? "–" : e.mode())
                    .append(" | ").append(e.cameo())
                    .append(" | ").append(e.acledType() == null ? "–" : e.acledType())
                    .append(" | ").append(e.acledSubType() == null ? "–" : e.acledSubType())
                    .append(" | ").append(e.contexts().isEmpty() ? "–" : String.join(", ", e.contexts()))
                    .append(" | ").append(e.origin())
                    .append(" | ").append(e.description()).append(" |\n");
        }
        sb.append("\nSources: CAMEO codebook (Schrodt / Parus Analytics), PLOVER manual and CAMEO2PLOVER table ")
                .append("(Open Event Data Alliance), ACLED codebook event categories.\n");
        return sb.toString();
    }
}
