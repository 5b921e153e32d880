package org.sitrep.core.extract.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;

/**
 * Not a test: refits {@link DateModel#WEIGHTS} by conditional (softmax) logistic regression on gva-dev, as its class
 * comment describes, and checks the fit on two halves split by incident (fit on one, score the other). Run after
 * adding a feature (with weight 0), from the repository root after {@code test-compile}:
 * {@code java -cp <test classpath> org.sitrep.core.extract.time.DateModelFit ../shared/datasets/gva-dev.jsonl}
 * ({@code -Dl2=0.003}; {@code -Ddump=FILE} writes the articles whose gold day was an option but not chosen;
 * {@code -Djsonl=FILE} writes every article's options with their features, gold day, incident and content hash,
 * one JSON object a line, for trying votes and features outside Java).
 */
public final class DateModelFit {
    record Ex(double[][] f, int gold, boolean even) {
    }

    public static void main(String[] args) throws Exception {
        List<GoldItem> items = GoldLoader.load(Path.of(args[0]), new ArrayList<>());
        double l2 = Double.parseDouble(System.getProperty("l2", "0.003"));
        var norm = Normalizers.standard();
        List<Ex> exs = new ArrayList<>();
        int n = 0;
        for (GoldItem g : items) {
            if (g.facts() == null || g.facts().incidentDate() == null) continue;
            Article a = norm.normalize(g.record()).value();
            if (a == null || a.text().isBlank()) continue;
            n++;
            LocalDate truth = LocalDate.parse(g.facts().incidentDate().substring(0, 10));
            var an = IncidentDateExtractor.analyse(Doc.of(a));
            int gi = -1;
            double[][] f = new double[an.options().size()][];
            for (int i = 0; i < f.length; i++) {
                f[i] = an.options().get(i).features();
                if (an.options().get(i).date().equals(truth)) gi = i;
            }
            exs.add(new Ex(f, gi, (g.eventId().hashCode() & 1) == 0));
            if (JSONL != null) {
                StringBuilder line = new StringBuilder();
                line.append(String.format(Locale.ROOT, "{\"event\":\"%s\",\"article\":\"%s\",\"group\":\"%s\",\"gold\":\"%s\",\"published\":%s,\"anchor\":\"%s\",\"inferred\":%b,\"options\":[",
                        g.eventId(), a.id(), a.contentHash(), truth, a.published() == null ? "null" : "\"" + a.published() + "\"", an.anchor(), an.inferred()));
                for (int i = 0; i < f.length; i++) {
                    var o = an.options().get(i);
                    line.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"date\":\"%s\",\"bare\":%b,\"p\":%.5f,\"start\":%d,\"end\":%d,\"f\":%s}",
                            o.date(), o.best() == null, o.probability(), o.best() == null ? -1 : o.best().timex().start(),
                            o.best() == null ? -1 : o.best().timex().end(), Arrays.toString(f[i]).replace("NaN", "0")));
                }
                JSONL.println(line.append("],\"text\":").append(quote(a.fullText())).append("}"));
            }
            if (gi >= 0 && DUMP != null) {
                var best = DateModel.best(an.options());
                var go = an.options().get(gi);
                if (!best.date().equals(truth)) {
                    DUMP.println(String.format(Locale.ROOT, "ERR pub %s anchor %s | chose %s %.2f [%s] s%d | gold %s %.2f [%s] s%d | %s", a.published(), an.anchor(),
                            best.date(), best.probability(), best.best() == null ? "-" : best.best().timex().text(), best.best() == null ? -1 : sentenceOf(a, best.best().timex().start()),
                            go.date(), go.probability(), go.best() == null ? "-" : go.best().timex().text(), go.best() == null ? -1 : sentenceOf(a, go.best().timex().start()),
                            go.best() == null ? "" : ctx(a, go.best().timex().start())));
                }
            }
        }
        int k = DateModel.FEATURES.length;
        System.out.printf("articles %d, gold among options %d%n", n, exs.stream().filter(e -> e.gold >= 0).count());
        System.out.printf("current weights: all %.4f even %.4f odd %.4f%n", acc(exs, DateModel.WEIGHTS, null, n),
                acc(exs, DateModel.WEIGHTS, true, -1), acc(exs, DateModel.WEIGHTS, false, -1));
        double[] wAll = fit(exs, null, k, l2);
        double[] wEven = fit(exs, true, k, l2);
        double[] wOdd = fit(exs, false, k, l2);
        System.out.printf("refit all: %.4f; fit even -> odd %.4f; fit odd -> even %.4f%n", acc(exs, wAll, null, n),
                acc(exs, wEven, false, -1), acc(exs, wOdd, true, -1));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) sb.append(String.format(Locale.ROOT, "%.3f, ", wAll[i])).append(i % 8 == 7 ? "\n" : "");
        System.out.println(sb);
        if (JSONL != null) JSONL.close();
    }

    static final java.io.PrintStream DUMP;
    static final java.io.PrintStream JSONL;
    static {
        try {
            JSONL = System.getProperty("jsonl") == null ? null : new java.io.PrintStream(System.getProperty("jsonl"));
            DUMP = System.getProperty("dump") == null ? null : new java.io.PrintStream(System.getProperty("dump"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static int sentenceOf(Article a, int off) {
        return Doc.of(a).sentenceAt(off).map(x -> x.index()).orElse(-1);
    }

    static String ctx(Article a, int off) {
        String t = a.fullText();
        return t.substring(Math.max(0, off - 90), Math.min(t.length(), off + 40)).replace('\n', ' ');
    }

    static double acc(List<Ex> exs, double[] w, Boolean even, int denom) {
        int hit = 0, tot = 0;
        for (Ex e : exs) {
            if (even != null && e.even != even) continue;
            tot++;
            if (e.gold < 0) continue;
            int best = -1;
            double bs = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < e.f.length; i++) {
                double s = dot(w, e.f[i]);
                if (s > bs) { bs = s; best = i; }
            }
            if (best == e.gold) hit++;
        }
        return hit / (double) (denom > 0 ? denom : tot);
    }

    static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < f.length; i++) s += w[i] * f[i];
        return s;
    }

    static double[] fit(List<Ex> exs, Boolean even, int k, double l2) {
        double[] w = new double[k];
        double lr = 0.5;
        List<Ex> use = exs.stream().filter(e -> e.gold >= 0 && (even == null || e.even == even)).toList();
        for (int it = 0; it < 3000; it++) {
            double[] grad = new double[k];
            for (Ex e : use) {
                double[] s = new double[e.f.length];
                double mx = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < s.length; i++) { s[i] = dot(w, e.f[i]); mx = Math.max(mx, s[i]); }
                double z = 0;
                for (int i = 0; i < s.length; i++) { s[i] = Math.exp(s[i] - mx); z += s[i]; }
                for (int i = 0; i < s.length; i++) {
                    double p = s[i] / z - (i == e.gold ? 1 : 0);
                    for (int j = 0; j < k; j++) grad[j] += p * e.f[i][j];
                }
            }
            for (int j = 0; j < k; j++) w[j] -= lr * (grad[j] / use.size() + l2 * w[j]);
        }
        return w;
    }
}
