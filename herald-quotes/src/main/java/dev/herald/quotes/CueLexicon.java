package dev.herald.quotes;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that head speech and attribution cues ("say", "tell", "accord" of "according to"), with how often
 * PolNeAR's training annotators marked each one as a cue's head and how often it occurs in the training text. Read
 * from {@code cues.tsv}, which {@link CueLexiconBuilder} generates. Immutable.
 */
public final class CueLexicon {
    private static final String RESOURCE = "cues.tsv";

    private final Map<String, Integer> words;
    private final Map<String, Integer> occurrences;

    private CueLexicon(Map<String, Integer> words, Map<String, Integer> occurrences) {
        this.words = Map.copyOf(words);
        this.occurrences = Map.copyOf(occurrences);
    }

    /** The lexicon shipped with the module. */
    public static CueLexicon standard() {
        return parse(PackageResources.text(RESOURCE, "cue lexicon"));
    }

    /**
     * Parses the {@code word TAB lemma TAB count TAB occurrences} lines of a lexicon file; {@code #} starts a comment
     * line.
     */
    public static CueLexicon parse(String content) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        int number = 0;
        for (String line : content.split("\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4 || !fields[0].equals("word")) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "cue lexicon line " + number + " is malformed: "
                        + line);
            }
            words.put(fields[1], number(fields[2], number, line));
            occurrences.put(fields[1], number(fields[3], number, line));
        }
        return new CueLexicon(words, occurrences);
    }

    private static int number(String field, int line, String text) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "cue lexicon line " + line + " has a bad count: " + text,
                    e);
        }
    }

    /** How often the lemma headed a training cue; 0 when it never did. */
    public int count(String lemma) {
        return words.getOrDefault(requireNonNull(lemma, "lemma").toLowerCase(Locale.ROOT), 0);
    }

    /**
     * The share of the lemma's occurrences in the training text that headed a cue (0 to 1; 0 when it never did): how
     * surely the word reports when it occurs.
     */
    public double cueRate(String lemma) {
        int count = count(lemma);
        // The builder's lemmatiser and the text's word forms need not agree: never more than every occurrence.
        return count == 0 ? 0 : (double) count / Math.max(count, occurrences.get(lemma.toLowerCase(Locale.ROOT)));
    }

    public boolean isCue(String lemma) {
        return count(lemma) > 0;
    }
}
