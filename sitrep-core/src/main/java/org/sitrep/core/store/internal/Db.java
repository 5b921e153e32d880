package org.sitrep.core.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection with cached prepared statements and an explicit write transaction: the first
 * write of a batch opens it ({@code BEGIN IMMEDIATE}), {@link #commit()} ends it. Reads outside a batch
 * run in autocommit mode; reads inside it see the batch. Not thread-safe: one thread at a time uses it
 * (the store's lock guards the writer's, {@link ReadPool} hands out the readers').
 */
final class Db implements AutoCloseable {
    /** Maps one row. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    final Path file;
    final Connection conn;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private boolean inTx;

    private Db(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    static Db open(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(10_000);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            Connection c = cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new Db(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a connection for reads beside the writer's (the store writes through it only to its own temp
     * tables): it sees what is committed, as of the start of each statement or read transaction.
     */
    static Db openReader(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(10_000);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        cfg.enforceForeignKeys(true);
        try {
            return new Db(file, cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new StoreException("cannot open a read connection to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }

    int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        return ps.executeUpdate();
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(row.map(rs));
        }
        return out;
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    long number(String sql, Object... args) throws SQLException {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** Opens the batch's write transaction unless one is open. */
    void begin() throws SQLException {
        if (!inTx) {
            exec("BEGIN IMMEDIATE");
            inTx = true;
        }
    }

    boolean inTransaction() {
        return inTx;
    }

    void commit() throws SQLException {
        if (inTx) {
            exec("COMMIT");
            inTx = false;
        }
    }

    void rollback() throws SQLException {
        if (inTx) {
            inTx = false;
            exec("ROLLBACK");
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            rollback();
        } finally {
            for (PreparedStatement ps : statements.values()) ps.close();
            statements.clear();
            conn.close();
        }
    }
}
