package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Precision;

/**
 * A small log-linear model that picks the incident date among the dates an article offers: each date its
 * time expressions name (with their hand-made scores summed, see {@link IncidentDateExtractor}), plus the
 * publication date and the day before it as options without a mention of their own. Stateless.
 */
final class DateModel {
    /*
     * Why a model. The hand-made mention score (position, event words, statement verbs) says which
     * expressions talk about the incident; what it cannot weigh is how the date options compare: a
     * crawler's publication date is the incident day for about a third of articles and the day before for
     * another third, "Saturday night" stories are filed the next day, a "died Sunday" date follows the
     * shooting, and of two strong dates a few days apart the earlier one is usually the incident. The
     * features below describe one option each; its probability is a softmax of the weighted sums over the
     * article's options. Besides the mentioned dates and the two publication-day options, the day before a
     * day named in the small hours or its morning ("2 a.m. Sunday") is an option of its own, since records
     * date such shootings either way. The weights were fitted by conditional (softmax) logistic regression
     * with an L2 penalty of 0.003 on gva-dev (4,238 articles; the 89% whose options hold the gold day), by
     * full-batch gradient descent, with DateModelFit (test sources; it also fits on even-hash incidents and
     * scores the odd ones and back: 0.7730 / 0.7850 of articles, against 0.7725 / 0.7850 before the last four
     * features, the hour of day told without a day and a night told across two days); they are written here so that
     * nothing is trained at run time. The article-level
     * probability is the option's confidence, which the reconciler sums per date across member articles.
     */
    static final String[] FEATURES = {
        "log1p(sum of mention scores)", "share of all mention scores", "log1p(max mention score)",
        "log1p(mentions)", "is the publication date", "is the day before publication",
        "1 day before anchor", "2-7 days before anchor", "8-31 days before anchor", "over 31 days before anchor",
        "week precision", "month precision", "no mention (publication-date option)", "weekday name",
        "month and day written", "yesterday/today/last night/tonight", "night or evening", "morning or early",
        "statement verb governs it", "in the title", "in the first three sentences", "earlier of two strong dates",
        "later of two strong dates", "a death dated by it", "late-hours cue and day before publication",
        "late-hours cue and publication date", "names the event (\"Monday's shooting\")", "event word attached",
        "first date mentioned", "log1p(first sentence)", "hour given", "small hours",
        "the next day named in the small hours", "the next day named in its morning",
        "small-hours clock and bare publication date", "evening clock and bare day before publication",
        "early part of a night named the day before", "night before a day named early",
    };
    static final double[] WEIGHTS = {
        0.573, 0.899, 0.371, 0.110, -0.183, -0.144, -0.144, -0.303,
        0.219, 0.411, -0.971, -1.090, -0.525, 0.675, 0.946, -0.029,
        0.630, 0.010, -0.444, -0.141, 0.027, 0.763, -0.215, -0.405,
        -0.145, 0.265, 0.612, 0.539, -0.103, -0.363, -0.009, 0.354,
        -0.096, 0.231, 0.671, 0.118, 0.210, -0.177,
    };

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)[a-z]\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]");
    private static final Pattern RELDAY = Pattern.compile("(?i)\\b(?:yesterday|today|tonight|last night|this morning)\\b");
    private static final Pattern NIGHT = Pattern.compile("(?i)\\b(?:night|evening|late)\\b");
    private static final Pattern MORNING = Pattern.compile("(?i)\\b(?:morning|early|dawn)\\b");
    private static final Pattern HOUR = Pattern.compile("(?i)\\b(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b|noon|midnight|o'clock)");
    private static final Pattern SMALL_HOURS = Pattern.compile("(?i)\\b(?:(?<![\\d:.])(?:12|[1-4])(?::\\d{2})?\\s*a\\.?m\\b|midnight"
            + "|overnight|early)");
    /** The later half of a night told across two days ("late Sunday night into early Monday morning"). */
    private static final Pattern EARLY_PART = Pattern.compile("(?i)\\b(?:early|morning|a\\.?m|overnight|midnight)\\b");
    private static final Pattern NIGHT_PART = Pattern.compile("(?i)\\b(?:night|evening|late|p\\.?m)\\b");

    /**
     * Hours the article's lead tells whatever day they go with: a late-hours word ("overnight", "last night"), an
     * hour after midnight ("around 2 a.m.") and an evening hour ("about 9:30 p.m.").
     */
    record Clock(boolean lateCue, boolean smallHours, boolean evening) {
    }

    private DateModel() {
    }

    /** Collects the mentions of one date. Not thread-safe; used inside one extraction. */
    static final class Builder {
        final LocalDate date;
        double sum;
        double max;
        int count;
        Candidate best;
        boolean bestStatement;
        int bestSentence = Integer.MAX_VALUE;
        int firstSentence = Integer.MAX_VALUE;
        boolean death;
        boolean attached;
        boolean namesEvent;
        int firstOffset = Integer.MAX_VALUE;
        boolean smallHoursNext;
        boolean morningNext;

        Builder(LocalDate date) {
            this.date = date;
        }

        void add(Candidate c, double score, boolean statement, int sentence, boolean deathBefore) {
            sum += score;
            count++;
            firstSentence = Math.min(firstSentence, sentence);
            death |= deathBefore && score >= max;
            if (best == null || score > max) {
                max = score;
                best = c;
                bestStatement = statement;
                bestSentence = sentence;
            }
        }
    }

    /** One date option with its features and model probability; {@code best} is null for a bare option. */
    record Option(LocalDate date, Candidate best, double sum, boolean statement, double[] features,
                  double probability) {
        Precision precision() {
            return best == null ? Precision.DAY : best.precision();
        }
    }

    /** The options of one article, with probabilities. */
    static List<Option> options(Collection<Builder> mentioned, LocalDate anchor, LocalDate published,
                                Clock clock) {
        List<Builder> all = new ArrayList<>(mentioned);
        if (published != null) {
            for (LocalDate d : List.of(published, published.minusDays(1))) {
                if (all.stream().noneMatch(b -> b.date.equals(d))) all.add(new Builder(d));
            }
        }
        if (all.isEmpty()) return List.of();
        double total = 0;
        for (Builder b : all) total += b.sum;
        List<double[]> feats = new ArrayList<>(all.size());
        double[] scores = new double[all.size()];
        double maxScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            double[] f = features(all.get(i), all, total, anchor, published, clock);
            feats.add(f);
            double s = 0;
            for (int k = 0; k < f.length; k++) s += f[k] * WEIGHTS[k];
            scores[i] = s;
            maxScore = Math.max(maxScore, s);
        }
        double z = 0;
        for (int i = 0; i < scores.length; i++) z += Math.exp(scores[i] - maxScore);
        List<Option> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Builder b = all.get(i);
            out.add(new Option(b.date, b.best, b.sum, b.bestStatement, feats.get(i),
                    Math.exp(scores[i] - maxScore) / z));
        }
        return out;
    }

    /** The most probable option (the earlier date on a tie), or null when there is none. */
    static Option best(List<Option> options) {
        Option top = null;
        for (Option o : options) {
            if (top == null || o.probability() > top.probability()
                    || (o.probability() == top.probability() && o.date().isBefore(top.date()))) {
                top = o;
            }
        }
        return top;
    }

    private static double[] features(Builder b, List<Builder> all, double total, LocalDate anchor,
                                      LocalDate published, Clock clock) {
        double[] f = new double[FEATURES.length];
        f[0] = Math.log1p(b.sum);
        f[1] = total > 0 ? b.sum / total : 0;
        f[2] = Math.log1p(b.max);
        f[3] = Math.log1p(b.count);
        boolean isPub = b.date.equals(published);
        boolean isPubMinus1 = published != null && b.date.equals(published.minusDays(1));
        f[4] = isPub ? 1 : 0;
        f[5] = isPubMinus1 ? 1 : 0;
        long before = anchor == null ? 0 : anchor.toEpochDay() - b.date.toEpochDay();
        f[6] = before == 1 ? 1 : 0;
        f[7] = before >= 2 && before <= 7 ? 1 : 0;
        f[8] = before >= 8 && before <= 31 ? 1 : 0;
        f[9] = before > 31 ? 1 : 0;
        if (b.best == null) {
            f[12] = 1;
        } else {
            f[10] = b.best.precision() == Precision.WEEK ? 1 : 0;
            f[11] = b.best.precision() == Precision.MONTH ? 1 : 0;
            String text = b.best.timex().text();
            String value = b.best.timex().value().toUpperCase(Locale.ROOT);
            f[13] = WEEKDAY.matcher(text).find() ? 1 : 0;
            f[14] = b.best.precision() == Precision.DAY && MONTH_DAY.matcher(text).find() ? 1 : 0;
            f[15] = RELDAY.matcher(text).find() ? 1 : 0;
            f[16] = NIGHT.matcher(text).find() || value.endsWith("TNI") || value.endsWith("TEV") ? 1 : 0;
            f[17] = MORNING.matcher(text).find() || value.endsWith("TMO") ? 1 : 0;
            f[18] = b.bestStatement ? 1 : 0;
            f[19] = b.firstSentence == 0 ? 1 : 0;
            f[20] = b.firstSentence <= 2 ? 1 : 0;
            for (Builder o : all) {
                if (o == b || o.best == null || o.sum < 0.5 * b.sum) continue;
                long gap = o.date.toEpochDay() - b.date.toEpochDay();
                if (gap >= 1 && gap <= 3) f[21] = 1;
                if (gap <= -1 && gap >= -3) f[22] = 1;
            }
            f[23] = b.death ? 1 : 0;
            f[26] = b.namesEvent ? 1 : 0;
            f[27] = b.attached ? 1 : 0;
            boolean first = true;
            for (Builder o : all) if (o != b && o.best != null && o.firstOffset < b.firstOffset) first = false;
            f[28] = first ? 1 : 0;
            f[29] = Math.log1p(b.firstSentence);
            f[30] = HOUR.matcher(text).find() ? 1 : 0;
            f[31] = SMALL_HOURS.matcher(text).find() ? 1 : 0;
        }
        f[32] = b.smallHoursNext ? 1 : 0;
        f[33] = b.morningNext ? 1 : 0;
        f[24] = clock.lateCue() && isPubMinus1 ? 1 : 0;
        f[25] = clock.lateCue() && isPub ? 1 : 0;
        if (b.best == null) {
            f[34] = clock.smallHours() && isPub ? 1 : 0;
            f[35] = clock.evening() && isPubMinus1 ? 1 : 0;
        } else {
            String text = b.best.timex().text();
            boolean early = EARLY_PART.matcher(text).find();
            boolean night = NIGHT_PART.matcher(text).find();
            for (Builder o : all) {
                if (o == b || o.best == null) continue;
                long gap = o.date.toEpochDay() - b.date.toEpochDay();
                if (gap == -1 && early && NIGHT_PART.matcher(o.best.timex().text()).find()) f[36] = 1;
                if (gap == 1 && night && EARLY_PART.matcher(o.best.timex().text()).find()) f[37] = 1;
            }
        }
        return f;
    }
}
