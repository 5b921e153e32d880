package org.sitrep.cli;

/** The exit codes of every sitrep command. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** An error stopped the command (a message says which). */
    public static final int ERROR = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The command ran, but some input files or records were bad and were skipped (each was reported). */
    public static final int PARTIAL = 3;
    /** The requested item does not exist. */
    public static final int NOT_FOUND = 4;

    private ExitCodes() {
    }
}
