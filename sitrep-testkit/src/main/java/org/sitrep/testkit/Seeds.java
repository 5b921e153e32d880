package org.sitrep.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five seed articles and their gold.json, shipped in this jar so that the demo and the
 * end-to-end tests work on any clone.
 */
public final class Seeds {
    /** The seed file names, in name order. */
    public static final List<String> FILES = List.of(
            "000_25bac03943eac0fa.txt", "001_3e7924a1511fcd72.txt", "002_0f401f37fc61d913.txt",
            "003_7a6a18dbfa0dd881.txt", "004_b039938729907593.txt");

    private Seeds() {
    }

    public static InputStream open(String name) {
        InputStream in = Seeds.class.getResourceAsStream("seeds/" + name);
        if (in == null) throw new IllegalArgumentException("no seed file " + name);
        return in;
    }

    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the seed articles and gold.json into {@code dir} and returns it. */
    public static Path copyTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) Files.write(dir.resolve(f), bytes(f));
            Files.write(dir.resolve("gold.json"), bytes("gold.json"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
