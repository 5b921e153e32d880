package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the sitrep command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns a stream of news articles into a sourced database of incidents.")
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
