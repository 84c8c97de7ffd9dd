package dev.herald.quotes;

import dev.herald.quotes.eval.PolnearAttribution;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.spi.CharSpan;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the cue lexicon ({@code cues.tsv}) from the cue spans of PolNeAR's training split: the head word of each
 * cue is lemmatised and counted, and multi-word cues that recur ("according to") are kept as phrases. Only
 * training data is read. Regenerate with
 * {@code java -cp <module classpath> dev.herald.quotes.CueLexiconBuilder shared/eval/quotes/polnear/polnear_train.jsonl
 * herald-quotes/src/main/resources/dev/herald/quotes/cues.tsv}; {@code TestCueLexicon} fails when the file is stale.
 */
public final class CueLexiconBuilder {
    /** Cues seen fewer times than this are left out. */
    static final int MIN_COUNT = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> SKIPPED = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
            "be", "been", "being", "am", "will", "would", "could", "should", "may", "might", "must", "can", "do",
            "does", "did", "not", "n't", "also", "reportedly", "previously", "later", "just", "never", "repeatedly",
            "already", "still", "often", "even", "publicly", "privately", "recently", "once", "again", "further", "to",
            "a", "an", "the", "in", "s", "now", "then", "that", "this", "of", "for", "on", "with", "as", "it", "he",
            "she", "they", "we", "i", "you", "and", "or", "but", "so", "very", "more", "most", "first");
    private static final Set<String> PARTICLES = Set.of("to", "for", "about", "on", "out", "of", "with", "as",
            "against", "up", "into", "over", "at", "from", "by", "in", "like", "it", "clear");
    private static final Map<String, String> IRREGULAR = irregular();

    private CueLexiconBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new HeraldException(ErrorCode.BAD_REQUEST, "usage: CueLexiconBuilder TRAIN.jsonl OUT.tsv; got "
                    + List.of(args));
        }
        Files.writeString(Path.of(args[1]), build(PolnearFiles.readGold(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    /** The lexicon file's content for the given training documents. */
    public static String build(List<PolnearDocument> documents) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (PolnearDocument document : documents) {
            Matcher m = WORD.matcher(document.text());
            while (m.find()) {
                vocabulary.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Map<String, Integer> heads = new TreeMap<>();
        Map<String, Integer> phrases = new TreeMap<>();
        for (PolnearDocument document : documents) {
            for (PolnearAttribution attribution : document.attributions()) {
                List<String> words = new ArrayList<>();
                for (CharSpan piece : attribution.cue()) {
                    Matcher m = WORD.matcher(piece.coveredText(document.text()));
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
                    }
                }
                List<String> content = words.stream().filter(w -> !SKIPPED.contains(w) && w.indexOf('\'') < 0)
                        .toList();
                if (content.isEmpty()) {
                    continue;
                }
                String head = lemma(content.get(0), vocabulary);
                heads.merge(head, 1, Integer::sum);
                int at = words.indexOf(content.get(0));
                if (at + 1 < words.size() && PARTICLES.contains(words.get(at + 1))) {
                    phrases.merge(head + " " + words.get(at + 1), 1, Integer::sum);
                }
            }
        }
        // How often each lemma occurs at all: a word that heads a cue every other time it occurs ("endorse") is a
        // surer cue than one as frequent in cues that mostly means something else ("see").
        Map<String, Integer> occurrences = new HashMap<>();
        vocabulary.forEach((word, count) -> occurrences.merge(lemma(word.replace('’', '\''), vocabulary), count,
                Integer::sum));
        StringBuilder out = new StringBuilder();
        out.append("# Speech and attribution cues learned from PolNeAR train (cue spans): kind, lemma, count as a cue");
        out.append(" and, for words, occurrences in the text.\n");
        out.append("# Generated by dev.herald.quotes.CueLexiconBuilder; do not edit by hand.\n");
        append(out, "word", heads, occurrences);
        append(out, "phrase", phrases, Map.of());
        return out.toString();
    }

    private static void append(StringBuilder out, String kind, Map<String, Integer> counts,
            Map<String, Integer> occurrences) {
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    out.append(kind).append('\t').append(e.getKey()).append('\t').append(e.getValue());
                    if (kind.equals("word")) {
                        out.append('\t').append(Math.max(e.getValue(), occurrences.getOrDefault(e.getKey(), 0)));
                    }
                    out.append('\n');
                });
    }

    /**
     * The base form of an English word, good enough for speech verbs: irregular forms from a table, regular ones
     * by stripping the ending and choosing the stem whose third-person form ("notes", "argues") the corpus uses most.
     */
    static String lemma(String word, Map<String, Integer> vocabulary) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        String stem;
        if (word.endsWith("ied") || word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        } else if (word.endsWith("ing") && word.length() > 5) {
            stem = word.substring(0, word.length() - 3);
        } else if (word.endsWith("ed") && word.length() > 4) {
            stem = word.substring(0, word.length() - 2);
        } else if (word.endsWith("es") && word.length() > 4
                && (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        } else {
            return word;
        }
        List<String> candidates = new ArrayList<>(List.of(stem, stem + "e"));
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            candidates.add(stem.substring(0, n - 1));
        }
        String best = stem;
        int bestCount = -1;
        for (String candidate : candidates) {
            int count = vocabulary.getOrDefault(candidate, 0) + vocabulary.getOrDefault(thirdPerson(candidate), 0);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String thirdPerson(String base) {
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")) {
            return base + "es";
        }
        return base + "s";
    }

    private static Map<String, String> irregular() {
        String[][] table = {
            {"say", "said", "says", "saying"}, {"tell", "told"}, {"write", "wrote", "written", "writing"},
            {"think", "thought"}, {"see", "saw", "seen", "sees"}, {"feel", "felt"}, {"know", "knew", "known"},
            {"seek", "sought"}, {"find", "found"}, {"speak", "spoke", "spoken"}, {"make", "made", "making"},
            {"mean", "meant"}, {"hold", "held"}, {"take", "took", "taken", "taking"}, {"give", "gave", "given",
                "giving"}, {"hear", "heard"}, {"read", "reads"}, {"lead", "led"}, {"keep", "kept"}, {"get", "got",
                "gotten"}, {"come", "came", "coming"}, {"choose", "chose", "chosen"}, {"understand", "understood"},
            {"swear", "swore", "sworn"}, {"teach", "taught"}, {"bring", "brought"}, {"put", "puts"},
            {"foresee", "foresaw", "foreseen"}, {"forecast", "forecasts"}, {"predict", "predicted"},
            {"argue", "argued", "argues", "arguing"}, {"believe", "believed", "believes", "believing"},
            {"note", "noted", "notes", "noting"}, {"state", "stated", "states", "stating"}, {"go", "went", "gone"},
            {"insist", "insisted"}, {"add", "added", "adds", "adding"}, {"quote", "quoted", "quoting"},
            {"agree", "agreed", "agrees"}
        };
        Map<String, String> map = new HashMap<>();
        for (String[] row : table) {
            for (String form : row) {
                map.put(form, row[0]);
            }
        }
        return Map.copyOf(map);
    }
}
