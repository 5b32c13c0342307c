package org.sitrep.fuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Evidence;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;

/** Hand-built reports, places, actors and claims for fuse, control and sitrep tests (all text written for Sitrep). */
public final class Fixtures {
    private Fixtures() {}

    public static final ActorRef REBELS = new ActorRef("opposition fighters", "Syrian opposition", "SYR", "REB", null, "t:reb");
    public static final ActorRef ARMY = new ActorRef("the Syrian army", "Syrian army", "SYR", "MIL", null, "t:mil");
    public static final ActorRef RUSSIA = new ActorRef("Russian jets", "Russia", "RUS", "MIL", null, "t:rus");
    public static final ActorRef LAVROV = new ActorRef("Sergei Lavrov", "Russia", "RUS", "GOV", "Sergei Lavrov", "t:lavrov");
    public static final ActorRef FIDAN = new ActorRef("Hakan Fidan", "Turkey", "TUR", "GOV", "Hakan Fidan", "t:fidan");

    public static final PlaceRef SARAQIB = place("Saraqib", "geonames:163345", 35.8646, 36.8041, "Idlib");
    public static final PlaceRef SOURAN = place("Souran", "geonames:166398", 35.2938, 36.7445, "Hama");
    public static final PlaceRef HAMA = place("Hama", "geonames:170017", 35.1318, 36.7578, "Hama");
    public static final PlaceRef IDLIB = place("Idlib", "geonames:169389", 35.9306, 36.6339, "Idlib");
    public static final PlaceRef ALEPPO = place("Aleppo", "geonames:170063", 36.2021, 37.1343, "Aleppo");

    public static PlaceRef place(String name, String id, double lat, double lon, String admin1) {
        return new PlaceRef(name, id, name, lat, lon, "PPL", "SY", admin1, 1, 5, null);
    }

    public static Report report(String id, String outlet, String day, String title, String text) {
        return new Report(id, "hash-" + id, outlet, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
                Instant.parse(day + "T12:00:00Z"), Report.DateConfidence.HIGH, title, text, List.of(), "test", "txt");
    }

    public static EventCoding coding(PloverType type, String mode, ActorRef a1, ActorRef a2, PlaceRef p, String day,
                                     String trigger, Quantity... q) {
        return new EventCoding(type, mode, List.of("military"), null, null, null, a1, a2, p,
                day == null ? null : TimeSpan.day(LocalDate.parse(day), "on " + day, "test"), List.of(q), trigger,
                new Provenance("test.rule", List.of(), List.of()));
    }

    /** A claim in report {@code r}, the {@code n}th, whose evidence is the report's whole text. */
    public static Claim claim(Report r, int n, EventCoding c, Stance stance, Certainty certainty, String... claimants) {
        String text = r.text();
        return new Claim(r.id() + ":" + n + ":0", r.id(), List.of(claimants), stance, certainty, ClaimContext.NONE,
                new Evidence(r.id(), n, new Span(0, text.length()), new Span(0, 1), text), c, null);
    }

    public static Claim claim(Report r, int n, EventCoding c) {
        return claim(r, n, c, Stance.SUPPORTS, Certainty.ASSERTED);
    }
}
