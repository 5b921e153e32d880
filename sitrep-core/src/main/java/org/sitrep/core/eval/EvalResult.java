package org.sitrep.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one evaluation run: an ordered map of metric keys (the keys of the JSON line), plus
 * per-item errors for analysis and free-text notes for the human-readable table.
 */
public final class EvalResult {
    /** The keys of the summary JSON line, in order; only those that apply are present. */
    public static final List<String> KEYS = List.of("articles", "gold_clusters", "pred_clusters", "bcubed_p",
            "bcubed_r", "bcubed_f1", "pairwise_f1_multi", "date_acc", "city_acc", "state_acc", "killed_acc",
            "injured_acc", "timex_strict_f1", "timex_value_f1", "seeds_checks_passed", "seeds_checks_total", "seconds",
            "articles_per_s", "peak_heap_mb");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> metrics = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public void put(String key, Object value) {
        if (!KEYS.contains(key)) throw new IllegalArgumentException("unknown metric key '" + key + "'");
        metrics.put(key, value);
    }

    public Object get(String key) {
        return metrics.get(key);
    }

    public double getDouble(String key) {
        Object v = metrics.get(key);
        if (v == null) throw new IllegalArgumentException("no metric '" + key + "' in this result");
        return ((Number) v).doubleValue();
    }

    void error(String category, String message) {
        errors.computeIfAbsent(category, k -> new ArrayList<>()).add(message);
    }

    void note(String line) {
        notes.add(line);
    }

    public Map<String, List<String>> errors() {
        return errors;
    }

    public List<String> notes() {
        return notes;
    }

    /** The summary object with keys in {@link #KEYS} order. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : KEYS) if (metrics.containsKey(k)) out.put(k, metrics.get(k));
        return out;
    }

    /** One line of JSON: the summary. */
    public String jsonLine() {
        try {
            return JSON.writeValueAsString(summary());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary plus every per-item error, pretty-printed, for --report. */
    public String reportJson() {
        Map<String, Object> out = new LinkedHashMap<>(summary());
        out.put("notes", notes);
        out.put("errors", errors);
        try {
            return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A human-readable table of the metrics, then the notes and a count of errors per category. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %s%n", "metric", "value"));
        sb.append("-".repeat(36)).append('\n');
        for (var e : summary().entrySet()) {
            Object v = e.getValue();
            String s = v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
            sb.append(String.format(Locale.ROOT, "%-22s %s%n", e.getKey(), s));
        }
        for (String n : notes) sb.append(n).append('\n');
        for (var e : errors.entrySet()) {
            sb.append(String.format(Locale.ROOT, "%d %s errors (first: %s)%n", e.getValue().size(), e.getKey(),
                    e.getValue().getFirst()));
        }
        return sb.toString();
    }
}
