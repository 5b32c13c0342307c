package org.sitrep.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Control of territory for tests and the browser test: the army holds a box around Saraqib until 28 November 2024,
 * rebels from the 29th; Kupiansk is contested throughout.
 */
final class FakeControl implements ControlSource {
    static final LocalDate HANDOVER = LocalDate.of(2024, 11, 29);

    static String controllerOfSaraqib(LocalDate date) {
        return date.isBefore(HANDOVER) ? "Syrian army" : "Syrian rebels";
    }

    @Override
    public Object controlOn(LocalDate date, String country) {
        return List.of(Map.of("area", "Saraqib district", "controller", controllerOfSaraqib(date)),
                Map.of("area", "Kupiansk", "controller", "Ukrainian forces", "status", "contested"));
    }

    @Override
    public Map<String, Object> controlGeoJson(LocalDate date, String country) {
        List<Object> features = new ArrayList<>();
        features.add(area("Saraqib district", controllerOfSaraqib(date), "held", 36.55, 35.65, 37.05, 36.10));
        features.add(area("Kupiansk", "Ukrainian forces", "contested", 37.40, 49.55, 37.85, 49.85));
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> area(String name, String controller, String status, double w, double s, double e, double n) {
        List<List<Double>> ring = List.of(List.of(w, s), List.of(e, s), List.of(e, n), List.of(w, n), List.of(w, s));
        return Map.of("type", "Feature", "properties", Map.of("name", name, "controller", controller, "status", status,
                "evidence", "Test area <b>not</b> from any report"), "geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
    }
}
