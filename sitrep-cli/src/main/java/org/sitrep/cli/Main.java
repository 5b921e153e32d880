package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the sitrep command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns a stream of news articles into a sourced database of incidents.",
        subcommands = {DemoCommand.class, IngestCommand.class, IncidentsCommand.class, ShowCommand.class,
                ExportCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 partial (some input was bad), 4 not found."})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        // Lucene announces its vector setup through java.util.logging at INFO: keep stderr for problems
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("sitrep " + line.getCommandName() + ": " + ex.getMessage());
            if (System.getenv("SITREP_DEBUG") != null) ex.printStackTrace(line.getErr());
            return ExitCodes.ERROR;
        });
        return cl;
    }
}
