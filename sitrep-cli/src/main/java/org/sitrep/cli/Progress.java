package org.sitrep.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a progress bar (items, rate, ETA) on a terminal, and a plain log line every
 * few seconds otherwise (CI logs, pipes). Thread-safe.
 */
final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final ProgressBar bar;
    private final PrintStream log;
    private final String task;
    private final long total;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private long current;

    private Progress(String task, long total, boolean terminal, PrintStream log) {
        this.task = task;
        this.total = total;
        this.log = log;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total <= 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" items", 1).showSpeed().continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    /** A progress reporter for {@code total} items (0 or less when unknown). */
    static Progress start(String task, long total, boolean quiet) {
        boolean terminal = isTerminal();
        return new Progress(task, total, !quiet && terminal, quiet ? null : System.err);
    }

    /** True when stderr/stdout is an interactive terminal (JDK 22+ answers via Console.isTerminal). */
    private static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    synchronized void stepTo(long n) {
        current = n;
        if (bar != null) {
            bar.stepTo(n);
            return;
        }
        long now = System.nanoTime();
        if (log != null && now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            double s = (now - start) / 1e9;
            double rate = n / Math.max(s, 1e-9);
            String eta = total > 0 && rate > 0 ? String.format(", ETA %.0fs", (total - n) / rate) : "";
            log.printf("%s: %d%s items, %.1f/s%s%n", task, n, total > 0 ? "/" + total : "", rate, eta);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}
