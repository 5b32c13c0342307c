package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store reuses prepared statements; reuse must never change what a statement answers. */
class StatementCacheTest {
    @TempDir
    Path dir;

    @Test
    void aReusedQuerySeesEveryWriteMadeSinceItsLastRun() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            for (int i = 0; i < 5; i++) {
                st.exec("INSERT INTO skipped(origin, reason, at) VALUES (?,?,?)", "f" + i, "why", "now");
                assertThat(st.queryOne("SELECT count(*) FROM skipped", rs -> rs.getInt(1))).contains(i + 1);
            }
        }
    }

    @Test
    void aStatementThatFailedDoesNotSpoilTheNextRunOfTheSameSql() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            String sql = "INSERT INTO actor(code, name, events) VALUES (?,?,0)";
            st.exec(sql, "SYRMIL", "Syrian army");
            assertThatThrownBy(() -> st.exec(sql, "SYRMIL", "again")).isInstanceOf(StoreException.class);
            st.exec(sql, "RUSMIL", "Russia");
            assertThat(st.queryList("SELECT code FROM actor ORDER BY code", rs -> rs.getString(1))).containsExactly("RUSMIL", "SYRMIL");
        }
    }

    @Test
    void aQueryRunInsideTheRowsOfTheSameQueryGetsItsOwnStatement() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            for (String c : List.of("A", "B", "C")) st.exec("INSERT INTO actor(code, name, events) VALUES (?,?,0)", c, c.toLowerCase());
            String sql = "SELECT code FROM actor WHERE code >= ? ORDER BY code";
            List<String> pairs = st.queryList(sql, rs -> {
                String code = rs.getString(1);
                return code + st.queryList(sql, r2 -> r2.getString(1), code).size();
            }, "A");
            assertThat(pairs).containsExactly("A3", "B2", "C1");
        }
    }

    @Test
    void moreDistinctStatementsThanTheCacheKeepsAllAnswerCorrectly() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            for (int i = 0; i < Store.CACHED_SQL + 50; i++) {
                assertThat(st.queryOne("SELECT ? + " + i, rs -> rs.getInt(1), 1)).contains(i + 1);
            }
            assertThat(st.queryOne("SELECT ? + 0", rs -> rs.getInt(1), 1)).contains(1);
        }
    }
}
