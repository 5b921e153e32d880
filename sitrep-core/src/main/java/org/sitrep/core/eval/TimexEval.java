package org.sitrep.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.extract.time.TimeExpressions;
import org.sitrep.core.extract.time.Timex;
import org.sitrep.core.extract.time.TimexScorer;

/**
 * Scores time expressions on items that carry gold timexes (TempEval-3): strict span F1 and
 * normalised-value F1, with each document's creation time as the anchor.
 */
final class TimexEval {
    private TimexEval() {
    }

    static void score(List<GoldItem> items, EvalResult result) {
        TimexScorer.Score total = TimexScorer.Score.EMPTY;
        boolean any = false;
        for (GoldItem g : items) {
            if (g.timexes().isEmpty()) continue;
            any = true;
            String text = g.record().text() == null ? "" : g.record().text();
            String d = StreamOrder.isoDay(g.record().date());
            LocalDate anchor = d == null ? null : LocalDate.parse(d);
            List<Timex> gold = new ArrayList<>();
            for (GoldItem.GoldTimex t : g.timexes()) {
                Timex.Type type;
                try {
                    type = Timex.Type.valueOf(t.type().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException | NullPointerException e) {
                    result.error("timex", g.id() + ": gold timex of unknown type '" + t.type() + "' skipped");
                    continue;
                }
                gold.add(new Timex(type, t.value(), t.start(), t.end(), t.text()));
            }
            TimexScorer.Score s = TimexScorer.score(gold, TimeExpressions.find(text, anchor));
            total = total.plus(s);
        }
        if (!any) return;
        result.put("timex_strict_f1", Evaluator.round(total.strictF1(), 4));
        result.put("timex_value_f1", Evaluator.round(total.valueF1(), 4));
        result.note("timex: " + total);
    }
}
