package org.sitrep.extract.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places imported by {@link GazetteerImporter} into SQLite, looked up by name key. A database without the tables
 * (or any SQL failure) simply gives no extra places.
 */
final class ExtraPlaces {
    private final Connection db;
    private final Gazetteer base;

    ExtraPlaces(Connection db, Gazetteer base) {
        this.db = db;
        this.base = base;
    }

    List<Place> lookup(String key) {
        List<Place> out = new ArrayList<>();
        String sql = "SELECT p.geonameid, p.name, p.lat, p.lon, p.feature_code, p.country, p.admin1_code, p.population"
                + " FROM gazetteer_name n JOIN gazetteer_place p ON p.geonameid = n.geonameid WHERE n.name_key = ? LIMIT 500";
        synchronized (db) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String fc = rs.getString(5) == null ? "" : rs.getString(5);
                        String cc = rs.getString(6) == null ? "" : rs.getString(6);
                        String a1 = rs.getString(7) == null ? "" : rs.getString(7);
                        long pop = rs.getLong(8);
                        out.add(new Place("geonames:" + rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                                fc, cc, a1, fc.equals("ADM1") ? rs.getString(2) : base.admin1Name(cc, a1), pop,
                                Place.defaultRadiusKm(fc, pop), "sqlite:gazetteer_place"));
                    }
                }
            } catch (SQLException e) {
                return List.of();
            }
        }
        return out;
    }
}
