package dev.herald.corenlp;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Combines the tags of a main NER model with those of an auxiliary model one name at a time, where CoreNLP's
 * combination goes one token at a time. An auxiliary name of a type the main model does not produce (MISC from the
 * CoNLL model) is taken where the main model tagged none of its tokens, and also where it strictly contains the
 * main model's names without cutting through one: in "Battle of [Fredericksburg]" and "[Chinese] New Year" the
 * event is named, not the place or nationality in it. Where both models tag exactly the same name, the main model
 * a person and the auxiliary an organisation, the organisation is taken: the 3-class model calls unknown bands and
 * firms persons more readily than the CoNLL model calls persons organisations.
 */
final class NerCombiner {
    static final String BACKGROUND = "O";
    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";

    private NerCombiner() {}

    /**
     * The combined tags of one sentence.
     *
     * @param main the main model's tags, one a token ({@link #BACKGROUND} outside names)
     * @param mainLabels the tags the main model can produce
     * @param auxiliary the auxiliary model's tags, one a token
     */
    static List<String> combine(List<String> main, Set<String> mainLabels, List<String> auxiliary) {
        requireNonNull(main, "main");
        requireNonNull(mainLabels, "mainLabels");
        requireNonNull(auxiliary, "auxiliary");
        checkArgument(main.size() == auxiliary.size(), "tag lists differ in length: %s and %s", main.size(),
                auxiliary.size());
        List<String> combined = new ArrayList<>(main);
        for (int start = 0, end; start < auxiliary.size(); start = end) {
            String tag = auxiliary.get(start);
            end = runEnd(auxiliary, start);
            boolean newName = !tag.equals(BACKGROUND) && !mainLabels.contains(tag)
                    && (allBackground(main, start, end) || containsNamesStrictly(main, start, end));
            boolean personIsOrganization = tag.equals(ORGANIZATION) && main.get(start).equals(PERSON)
                    && sameName(main, start, end);
            if (newName || personIsOrganization) {
                for (int k = start; k < end; k++) {
                    combined.set(k, tag);
                }
            }
        }
        return combined;
    }

    private static int runEnd(List<String> tags, int start) {
        int end = start + 1;
        while (end < tags.size() && tags.get(end).equals(tags.get(start))) {
            end++;
        }
        return end;
    }

    /** Whether [from, to) is exactly one name of {@code tags}. */
    private static boolean sameName(List<String> tags, int from, int to) {
        return runEnd(tags, from) == to && (from == 0 || !tags.get(from - 1).equals(tags.get(from)));
    }

    private static boolean allBackground(List<String> tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tags.get(k).equals(BACKGROUND)) {
                return false;
            }
        }
        return true;
    }

    /** Whether [from, to) holds names of {@code tags} and some background, and no name runs across its ends. */
    private static boolean containsNamesStrictly(List<String> tags, int from, int to) {
        boolean crossesStart = from > 0 && !tags.get(from).equals(BACKGROUND)
                && tags.get(from - 1).equals(tags.get(from));
        boolean crossesEnd = to < tags.size() && !tags.get(to - 1).equals(BACKGROUND)
                && tags.get(to).equals(tags.get(to - 1));
        return !crossesStart && !crossesEnd && !allBackground(tags, from, to)
                && tags.subList(from, to).contains(BACKGROUND);
    }
}
