package org.sitrep.core.store;

/**
 * An infrastructure failure of a store (disk, database, index, a data directory in use or too new).
 * Bad arguments are {@link IllegalArgumentException}s instead; bad input data never reaches the store.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
