package org.sitrep.core.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.store.StoreException;

/**
 * Versioned schema migrations: {@code org/sitrep/core/store/migrations/V<n>__<name>.sql}, applied in
 * order, each in its own transaction together with its row in {@code schema_version}. A store whose
 * schema is newer than this code is refused rather than guessed at.
 */
public final class Migrations {
    /** The migration files, in version order; V(n) is FILES.get(n - 1). */
    public static final List<String> FILES = List.of("V1__init.sql", "V2__sort_orders.sql", "V3__incident_events.sql");

    static final String RESOURCE_DIR = "/org/sitrep/core/store/migrations/";

    private Migrations() {
    }

    /** The schema version this code writes. */
    public static int latest() {
        return FILES.size();
    }

    /** Brings the database up to {@link #latest()}; returns the version it found. */
    public static int apply(Connection conn, Path db) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int found = current(conn);
        if (found > latest()) {
            throw new StoreException("the store " + db + " has schema version " + found
                    + " but this sitrep only knows versions up to " + latest()
                    + "; open it with a newer sitrep (refusing to touch it)");
        }
        for (int v = found + 1; v <= latest(); v++) {
            String name = FILES.get(v - 1);
            List<String> statements = statements(read(name));
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("BEGIN IMMEDIATE");
                try {
                    for (String sql : statements) st.executeUpdate(sql);
                    try (PreparedStatement ps = conn.prepareStatement(
                            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, datetime('now'))")) {
                        ps.setInt(1, v);
                        ps.setString(2, name);
                        ps.executeUpdate();
                    }
                    st.executeUpdate("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    st.executeUpdate("ROLLBACK");
                    throw new StoreException("migration " + name + " failed on " + db + ": " + e.getMessage(), e);
                }
            }
        }
        return found;
    }

    static int current(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) throw new IllegalStateException("migration " + name + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements: "--" comments dropped, a statement ends with ';' at a line end. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) continue;
            cur.append(line).append('\n');
            if (l.endsWith(";")) {
                out.add(cur.toString().strip().replaceAll(";$", ""));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }
}
