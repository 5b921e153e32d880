package org.sitrep.server;

/**
 * Serves the synthetic fixtures for looking at the UI by hand:
 * {@code java -cp ... org.sitrep.server.DemoServer [port] [incidents] [seconds]}. Stops by itself after
 * the given number of seconds (default 600), publishing a changed incident every 10 seconds.
 */
public final class DemoServer {
    private DemoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 600;
        MemoryStore store = Fixtures.store(count, 7);
        try (SitrepServer server = SitrepServer.start(store, ServerOptions.defaults().withPort(port))) {
            System.out.println("demo on " + server.url() + "/ for " + seconds + " s");
            java.util.Random rnd = new java.util.Random(1);
            for (long t = 0; t < seconds; t += 10) {
                Thread.sleep(10_000);
                server.publish(store.incident(String.format("inc-%05d", rnd.nextInt(count))).orElseThrow());
            }
        }
    }
}
