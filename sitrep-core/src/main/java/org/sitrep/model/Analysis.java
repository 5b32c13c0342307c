package org.sitrep.model;

import java.util.List;

/**
 * A report with its annotated text and every mention layer the extract stages found so far.
 * Stages return a new Analysis with their layer filled in ({@code withActors}, ...).
 */
public record Analysis(Report report, Doc doc, List<Anchored<ActorRef>> actors, List<Anchored<PlaceRef>> places,
                       List<Anchored<TimeSpan>> times, List<Anchored<Quantity>> quantities) {
    public Analysis {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }

    public static Analysis of(Report report, Doc doc) {
        return new Analysis(report, doc, List.of(), List.of(), List.of(), List.of());
    }

    public Analysis withActors(List<Anchored<ActorRef>> a) { return new Analysis(report, doc, a, places, times, quantities); }

    public Analysis withPlaces(List<Anchored<PlaceRef>> p) { return new Analysis(report, doc, actors, p, times, quantities); }

    public Analysis withTimes(List<Anchored<TimeSpan>> t) { return new Analysis(report, doc, actors, places, t, quantities); }

    public Analysis withQuantities(List<Anchored<Quantity>> q) { return new Analysis(report, doc, actors, places, times, q); }
}
