package org.sitrep.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.model.Article;

/**
 * Dev data for measurement tests: the JSON Lines datasets and the seeds of ../shared, read into Articles in
 * the peers' stream order (date, then SHA-1 of the id, undated last), with their gold clusters and flags.
 */
public final class DevData {
    /** One dev article with its gold incident and the dataset's flags (for measurement only). */
    public record Item(Article article, String gold, boolean boilerplateFlag) {
    }

    private DevData() {
    }

    /** The shared folder, or a skipped test when it is absent. */
    public static Path shared() {
        String prop = System.getProperty("sitrep.shared");
        Path p = prop == null ? null : Path.of(prop);
        Assumptions.assumeTrue(p != null && Files.isDirectory(p.resolve("datasets")),
                "skipped: ../shared (system property sitrep.shared) is absent");
        return p;
    }

    /**
     * Reads a dataset from {@code shared()/datasets/name} in stream order; normalised as {@code sitrep eval} does
     * when the system property {@code sitrep.normalize} is true (see {@link #load(String, boolean)}).
     */
    public static List<Item> load(String name) throws IOException {
        return load(name, Boolean.getBoolean("sitrep.normalize"));
    }

    /**
     * Reads a dataset in stream order; with {@code normalize}, each record first goes through the standard
     * normalizer, and records it rejects are left out (as {@code sitrep eval} stores nothing for them).
     */
    public static List<Item> load(String name, boolean normalize) throws IOException {
        Path file = shared().resolve("datasets").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
        ObjectMapper om = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            String url = text(n, "url");
            Article a = new Article(text(n, "id"), text(n, "title"), text(n, "text"), date(text(n, "date")),
                    url.isEmpty() ? null : url, null, null, "en", null, name, Map.of());
            items.add(new Item(a, text(n, "event_id"), n.path("boilerplate_text").asBoolean(false)));
        }
        List<Item> ordered = streamOrder(items);
        return normalize ? normalized(ordered, name) : ordered;
    }

    /**
     * The items as {@code sitrep eval} sees them ({@code -Dsitrep.normalize=true}): each record goes through the
     * standard normalizer (text cleaning; a publication date from the URL or dateline when the record has none),
     * in the same stream order (by the record's own date, as {@code StreamOrder} does).
     */
    private static List<Item> normalized(List<Item> items, String name) {
        var normalizer = org.sitrep.core.normalize.Normalizers.standard();
        List<Item> out = new ArrayList<>(items.size());
        for (Item i : items) {
            Article a = i.article();
            var rec = new org.sitrep.core.ingest.RawRecord(name, "", a.id(), a.title(), a.text(), null,
                    a.published() == null ? null : a.published().toString(), a.url(), "en", Map.of());
            var o = normalizer.normalize(rec);
            if (o.isOk()) out.add(new Item(o.value(), i.gold(), i.boilerplateFlag()));
        }
        return out;
    }

    /** The five seeds with gold.json's incidents, in stream order. */
    public static List<Item> seeds() throws IOException {
        Path dir = shared().resolve("corpus").resolve("seeds");
        Map<String, String> gold = new LinkedHashMap<>();
        JsonNode g = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        for (JsonNode inc : g.path("incidents")) for (JsonNode a : inc.path("articles")) gold.put(a.asText(), inc.path("id").asText());
        List<Item> items = new ArrayList<>();
        Pattern header = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString();
                String title = "";
                LocalDate date = null;
                String text = raw.strip();
                Matcher m = header.matcher(raw);
                String[] lines = raw.split("\n", 4);
                if (m.find()) {
                    date = LocalDate.parse(m.group(1));
                    text = raw.substring(m.end()).strip();
                } else if (lines.length >= 4 && lines[1].strip().matches("\\d{8}") && lines[2].strip().startsWith("http")) {
                    title = lines[0].strip();
                    String d = lines[1].strip();
                    date = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                            Integer.parseInt(d.substring(6)));
                    text = lines[3].strip();
                }
                Article a = new Article(name, title, text, date, null, null, null, "en", null, f.toString(), Map.of());
                items.add(new Item(a, gold.getOrDefault(name, "singleton:" + name), false));
            }
        }
        return streamOrder(items);
    }

    /** Gold clusters by article id. */
    public static Map<String, String> gold(List<Item> items) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Item i : items) out.put(i.article().id(), i.gold());
        return out;
    }

    static List<Item> streamOrder(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        out.sort(Comparator.<Item, Boolean>comparing(i -> i.article().published() == null)
                .thenComparing(i -> i.article().published() == null ? "" : i.article().published().toString())
                .thenComparing(i -> sha1(i.article().id())));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static LocalDate date(String s) {
        if (s.isEmpty() || s.equals("None") || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Hex SHA-1 of {@code s}. */
    public static String sha1Public(String s) {
        return sha1(s);
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
