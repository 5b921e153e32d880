package org.sitrep.core.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sitrep.core.store.StoreException;

/**
 * An exclusive OS file lock on {@code <dataDir>/sitrep.lock}, so that only one process (and one store
 * instance) writes a data directory. The OS drops the lock when the process dies, even by SIGKILL.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE = "sitrep.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new StoreException("the sitrep store in " + dataDir.toAbsolutePath()
                        + " is already open (lock " + file.toAbsolutePath() + " is held by this or another process);"
                        + " close the other one or use another data directory");
            }
            return new DataDirLock(ch, l);
        } catch (IOException e) {
            try {
                if (ch != null) ch.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new StoreException("cannot lock the data directory " + dataDir.toAbsolutePath() + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below drops it anyway
        } finally {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
