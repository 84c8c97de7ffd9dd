package dev.herald.time.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TempEval-3 TIMEX3 scoring, a port of {@code te3_score.py}. Gold and predicted timexes are paired one-to-one in
 * textual order: a timex starting at p pairs with the earliest-starting unpaired timex of the other side that is
 * open at p (gold first on ties). A pair is a relaxed match; a pair with identical spans is a strict match.
 */
public final class TempEvalScorer {
    private TempEvalScorer() {}

    /** One aligned pair: indices into the gold and predicted lists. */
    record Pair(int gold, int predicted) {}

    /** Scores one document; {@code gold} and {@code predicted} are sorted by (start, end). */
    public static TempEvalScore score(List<TimexAnnotation> gold, List<TimexAnnotation> predicted) {
        List<Pair> pairs = align(gold, predicted);
        int strict = 0;
        int type = 0;
        int value = 0;
        Map<String, int[]> byType = new TreeMap<>();
        for (TimexAnnotation timex : gold) {
            byType.computeIfAbsent(timex.type(), t -> new int[4])[0]++;
        }
        for (Pair pair : pairs) {
            TimexAnnotation g = gold.get(pair.gold());
            TimexAnnotation p = predicted.get(pair.predicted());
            boolean sameSpan = g.start() == p.start() && g.end() == p.end();
            boolean sameType = g.type().equals(p.type());
            boolean sameValue = g.value().equals(p.value());
            strict += sameSpan ? 1 : 0;
            type += sameType ? 1 : 0;
            value += sameValue ? 1 : 0;
            int[] counts = byType.get(g.type());
            counts[1]++;
            counts[2] += sameSpan ? 1 : 0;
            counts[3] += sameValue ? 1 : 0;
        }
        Map<String, TempEvalScore.TypeCounts> types = new TreeMap<>();
        byType.forEach((name, c) -> types.put(name, new TempEvalScore.TypeCounts(c[0], c[1], c[2], c[3])));
        return new TempEvalScore(1, gold.size(), predicted.size(), pairs.size(), strict, type, value, types);
    }

    static List<Pair> align(List<TimexAnnotation> gold, List<TimexAnnotation> predicted) {
        record Event(int start, int side, int end, int index) {}
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            events.add(new Event(gold.get(i).start(), 0, gold.get(i).end(), i));
        }
        for (int i = 0; i < predicted.size(); i++) {
            events.add(new Event(predicted.get(i).start(), 1, predicted.get(i).end(), i));
        }
        events.sort(Comparator.comparingInt(Event::start).thenComparingInt(Event::side)
                .thenComparingInt(Event::end).thenComparingInt(Event::index));
        Map<Integer, Integer> goldPaired = new HashMap<>();
        Map<Integer, Integer> predictedPaired = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Event event : events) {
            boolean isGold = event.side() == 0;
            Map<Integer, Integer> own = isGold ? goldPaired : predictedPaired;
            Map<Integer, Integer> other = isGold ? predictedPaired : goldPaired;
            List<TimexAnnotation> candidates = isGold ? predicted : gold;
            if (own.containsKey(event.index())) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < candidates.size(); j++) {
                TimexAnnotation c = candidates.get(j);
                if (other.containsKey(j) || c.start() > event.start() || event.start() >= c.end()) {
                    continue;
                }
                if (best < 0 || c.start() < candidates.get(best).start()
                        || (c.start() == candidates.get(best).start() && c.end() < candidates.get(best).end())) {
                    best = j;
                }
            }
            if (best >= 0) {
                own.put(event.index(), best);
                other.put(best, event.index());
                pairs.add(isGold ? new Pair(event.index(), best) : new Pair(best, event.index()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        return pairs;
    }
}
