package org.sitrep.core.embed;

/** The embedding model failed to load or to run; wraps the runtime's own exception. */
public final class EmbeddingException extends RuntimeException {
    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
