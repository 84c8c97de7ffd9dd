package dev.herald.quotes;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Speech and attribution cues ("say", "tell", "according to") with how often PolNeAR's training annotators marked
 * each one as a cue. Read from {@code cues.tsv}, which {@link CueLexiconBuilder} generates. Immutable.
 */
public final class CueLexicon {
    private static final String RESOURCE = "cues.tsv";

    private final Map<String, Integer> words;
    private final Map<String, Integer> occurrences;
    private final Map<String, Integer> phrases;

    private CueLexicon(Map<String, Integer> words, Map<String, Integer> occurrences, Map<String, Integer> phrases) {
        this.words = Map.copyOf(words);
        this.occurrences = Map.copyOf(occurrences);
        this.phrases = Map.copyOf(phrases);
    }

    /** The lexicon shipped with the module. */
    public static CueLexicon standard() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "cue lexicon resource missing: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "cannot read cue lexicon: " + e.getMessage(), e);
        }
    }

    /**
     * Parses the {@code kind TAB lemma TAB count} lines of a lexicon file, words with a fourth column, their
     * occurrences in the training text; {@code #} starts a comment line.
     */
    public static CueLexicon parse(String content) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        int number = 0;
        for (String line : content.split("\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            boolean word = fields[0].equals("word");
            if (fields.length != (word ? 4 : 3) || !(word || fields[0].equals("phrase"))) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "cue lexicon line " + number + " is malformed: "
                        + line);
            }
            (word ? words : phrases).put(fields[1], number(fields[2], number, line));
            if (word) {
                occurrences.put(fields[1], number(fields[3], number, line));
            }
        }
        return new CueLexicon(words, occurrences, phrases);
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
        String key = requireNonNull(lemma, "lemma").toLowerCase(Locale.ROOT);
        int count = words.getOrDefault(key, 0);
        return count == 0 ? 0 : (double) count / Math.max(count, occurrences.getOrDefault(key, 0));
    }

    /** How often "lemma particle" ("accord to", "point out") was a training cue; 0 when it never was. */
    public int phraseCount(String lemma, String particle) {
        return phrases.getOrDefault(lemma.toLowerCase(Locale.ROOT) + " " + particle.toLowerCase(Locale.ROOT), 0);
    }

    public boolean isCue(String lemma) {
        return count(lemma) > 0;
    }

    public int size() {
        return words.size() + phrases.size();
    }
}
