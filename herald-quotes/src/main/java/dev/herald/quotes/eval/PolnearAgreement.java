package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.metrics.Counts;
import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How far PolNeAR's own annotators agree on the documents several of them annotated, by the reference scorer's
 * protocol: every annotator scored against every other, the majority of the others against each one, and a
 * system's predictions against every annotation. A system is scored against one annotator per document, so these
 * figures say what its exact-span scores can reach: the majority of the others is what a system that learned the
 * corpus's conventions perfectly, but cannot know who annotated a document, would score.
 */
public final class PolnearAgreement {
    private final Map<String, List<PolnearDocument>> documents;

    private PolnearAgreement(Map<String, List<PolnearDocument>> documents) {
        this.documents = documents;
    }

    /** The documents among {@code lines} (every line of a gold file) that at least two annotators annotated. */
    public static PolnearAgreement of(List<PolnearDocument> lines) {
        Map<String, List<PolnearDocument>> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.computeIfAbsent(line.docId(), id -> new ArrayList<>()).add(line));
        byId.values().removeIf(annotations -> annotations.size() < 2);
        return new PolnearAgreement(byId);
    }

    public int documents() {
        return documents.size();
    }

    public int annotations() {
        return documents.values().stream().mapToInt(List::size).sum();
    }

    /** Each annotation scored, as predictions, against each other annotation of the same document. */
    public PolnearScore pairwise(PolnearScorer.Options options) {
        Scoring scoring = new Scoring();
        documents.values().forEach(annotations -> {
            for (PolnearDocument gold : annotations) {
                for (PolnearDocument other : annotations) {
                    if (other != gold) {
                        scoring.add(gold, other.attributions().stream().map(PolnearAgreement::asPrediction).toList());
                    }
                }
            }
        });
        return scoring.score(options);
    }

    /** A system's predictions, by document id, scored against every annotation of each document. */
    public PolnearScore system(Map<String, List<PolnearPrediction>> predictions, PolnearScorer.Options options) {
        requireNonNull(predictions, "predictions");
        Scoring scoring = new Scoring();
        documents.forEach((id, annotations) -> annotations.forEach(
                gold -> scoring.add(gold, predictions.getOrDefault(id, List.of()))));
        return scoring.score(options);
    }

    /**
     * Exact matching per role, keyed by role: the span sets that at least half of the other annotators of a document
     * mark, scored against each annotator. With {@code directOnly} both sides keep the direct-quote attributions only.
     */
    public Map<String, Counts> consensus(boolean directOnly) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (int role = 0; role < PolnearScorer.ROLES.size(); role++) {
            long gold = 0;
            long predicted = 0;
            long correct = 0;
            for (List<PolnearDocument> annotations : documents.values()) {
                Function<List<CharSpan>, List<?>> keys =
                        PolnearScorer.exactKeys(annotations.get(0).text());
                List<Set<List<?>>> marked = new ArrayList<>();
                for (PolnearDocument annotation : annotations) {
                    marked.add(spanSets(annotation, role, directOnly, keys));
                }
                for (int held = 0; held < marked.size(); held++) {
                    Set<List<?>> majority = majorityOfOthers(marked, held);
                    Set<List<?>> truth = marked.get(held);
                    gold += truth.size();
                    predicted += majority.size();
                    correct += majority.stream().filter(truth::contains).count();
                }
            }
            out.put(PolnearScorer.ROLES.get(role), new Counts(correct, predicted, gold));
        }
        return out;
    }

    /**
     * The summary table: exact F1 per role over all attributions and over direct quotes, content overlap and fully
     * correct attributions, for annotator pairs and for the majority of the others ({@link #systemRow} adds a
     * system's row).
     */
    public List<String> report() {
        PolnearScorer.Options all = PolnearScorer.Options.defaults();
        PolnearScorer.Options direct = all.withDirectOnly(true);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d documents with %d annotations (%d ordered annotator pairs)",
                documents(), annotations(), pairs()));
        lines.add(String.format(Locale.ROOT, "%-40s %26s   %8s %11s   %22s", "", "all: exact F1",
                "overlap", "attribution", "direct quotes: exact F1"));
        lines.add(String.format(Locale.ROOT, "%-40s %8s %8s %8s   %8s %11s   %6s %6s %8s", "who is scored",
                "source", "cue", "content", "content", "F1", "source", "cue", "content"));
        lines.add(row("annotator against annotator", pairwise(all), pairwise(direct)));
        Map<String, Counts> majority = consensus(false);
        Map<String, Counts> majorityDirect = consensus(true);
        lines.add(String.format(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f   %8s %11s   %6.1f %6.1f %8.1f",
                "majority of the other annotators", majority.get("source").f1(), majority.get("cue").f1(),
                majority.get("content").f1(), "-", "-", majorityDirect.get("source").f1(),
                majorityDirect.get("cue").f1(), majorityDirect.get("content").f1()));
        return lines;
    }

    /** A row of {@link #report}'s table for a system's predictions, by document id, against every annotator. */
    public String systemRow(String label, Map<String, List<PolnearPrediction>> predictions) {
        PolnearScorer.Options all = PolnearScorer.Options.defaults();
        return row(label, system(predictions, all), system(predictions, all.withDirectOnly(true)));
    }

    private long pairs() {
        return documents.values().stream().mapToLong(a -> (long) a.size() * (a.size() - 1)).sum();
    }

    private static String row(String label, PolnearScore all, PolnearScore direct) {
        return String.format(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f   %8.1f %11.1f   %6.1f %6.1f %8.1f", label,
                all.role("source", "exact").f1(), all.role("cue", "exact").f1(), all.role("content", "exact").f1(),
                all.role("content", "overlap").f1(), all.attribution().f1(), direct.role("source", "exact").f1(),
                direct.role("cue", "exact").f1(), direct.role("content", "exact").f1());
    }

    private static Set<List<?>> spanSets(PolnearDocument annotation, int role, boolean directOnly,
            Function<List<CharSpan>, List<?>> keys) {
        Set<List<?>> out = new HashSet<>();
        for (PolnearAttribution a : annotation.attributions()) {
            List<CharSpan> spans = switch (role) {
                case 0 -> a.source();
                case 1 -> a.cue();
                default -> a.content();
            };
            if (!spans.isEmpty() && (!directOnly || a.contentHasQuoteMark())) {
                out.add(keys.apply(spans));
            }
        }
        return out;
    }

    /** The span sets that at least half of the annotators other than {@code held} mark. */
    private static Set<List<?>> majorityOfOthers(List<Set<List<?>>> marked, int held) {
        Map<List<?>, Integer> votes = new HashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            if (i != held) {
                marked.get(i).forEach(key -> votes.merge(key, 1, Integer::sum));
            }
        }
        int others = marked.size() - 1;
        Set<List<?>> out = new HashSet<>();
        votes.forEach((key, count) -> {
            if (2 * count >= others) {
                out.add(key);
            }
        });
        return out;
    }

    private static PolnearPrediction asPrediction(PolnearAttribution a) {
        return new PolnearPrediction(a.source(), a.cue(), a.content(), Optional.empty());
    }

    /** Gold annotations paired with predictions, each pair scored as a document of its own. */
    private static final class Scoring {
        private final Map<String, PolnearDocument> gold = new LinkedHashMap<>();
        private final Map<String, List<PolnearPrediction>> predictions = new LinkedHashMap<>();

        void add(PolnearDocument annotation, List<PolnearPrediction> predicted) {
            String id = annotation.docId() + "#" + gold.size();
            gold.put(id, new PolnearDocument(id, annotation.annotator(), annotation.publisher(), annotation.date(),
                    annotation.title(), annotation.text(), annotation.attributions()));
            predictions.put(id, predicted);
        }

        PolnearScore score(PolnearScorer.Options options) {
            return new PolnearScorer(options).score(gold, predictions);
        }
    }
}
