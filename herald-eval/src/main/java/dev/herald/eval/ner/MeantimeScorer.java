package dev.herald.eval.ner;

import dev.herald.metrics.Counts;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.TokenSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span mention scoring against MEANTIME, restricted to PER, ORG and LOC and to the gold mentions of the
 * given syntactic types (NAM: proper names). A prediction whose span is exactly that of an unscored gold mention
 * (a nominal, a pronoun, a name without a syntactic type) is neither right nor wrong and is left out, and so is
 * any prediction outside the document's annotated sentences.
 */
final class MeantimeScorer {
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private record Key(int document, int first, int end, String type) {}

    private record Span(int document, int first, int end) {}

    private MeantimeScorer() {}

    static MentionScore score(List<MeantimeDocument> documents, List<List<EntityMention>> predictions,
            Set<String> syntacticTypes) {
        Set<Key> gold = new HashSet<>();
        Set<Span> unscored = new HashSet<>();
        for (int d = 0; d < documents.size(); d++) {
            for (MeantimeMention m : documents.get(d).mentions()) {
                if (!syntacticTypes.contains(m.syntacticType())) {
                    unscored.add(new Span(d, m.tokens().first(), m.tokens().endExclusive()));
                } else if (TYPES.contains(m.type())) {
                    gold.add(new Key(d, m.tokens().first(), m.tokens().endExclusive(), m.type()));
                }
            }
        }
        Set<Span> goldSpans = new HashSet<>();
        gold.forEach(k -> goldSpans.add(new Span(k.document(), k.first(), k.end())));
        List<Key> predicted = new ArrayList<>();
        int ignored = 0;
        int misc = 0;
        for (int d = 0; d < predictions.size(); d++) {
            int annotatedTokens = documents.get(d).annotatedTokens();
            for (EntityMention mention : predictions.get(d)) {
                TokenSpan t = mention.tokens();
                if (t.first() >= annotatedTokens) {
                    continue;
                }
                Span span = new Span(d, t.first(), t.endExclusive());
                if (mention.type() == EntityType.MISC) {
                    misc++;
                } else if (unscored.contains(span) && !goldSpans.contains(span)) {
                    ignored++;
                } else {
                    predicted.add(new Key(d, t.first(), t.endExclusive(), IobTags.label(mention.type())));
                }
            }
        }
        Map<String, Counts> types = new LinkedHashMap<>();
        for (String type : TYPES) {
            types.put(type, counts(gold, predicted, type));
        }
        return new MentionScore(types, counts(gold, predicted, null), overlapping(gold, predicted),
                overlapping(new HashSet<>(predicted), new ArrayList<>(gold)), ignored, misc);
    }

    private static Counts counts(Set<Key> gold, List<Key> predicted, String type) {
        int g = (int) gold.stream().filter(k -> type == null || k.type().equals(type)).count();
        List<Key> p = predicted.stream().filter(k -> type == null || k.type().equals(type)).toList();
        int correct = (int) p.stream().filter(gold::contains).count();
        return new Counts(correct, p.size(), g);
    }

    /** How many of {@code items} overlap one of {@code others} of the same type in the same document. */
    private static int overlapping(Set<Key> items, List<Key> others) {
        int found = 0;
        for (Key item : items) {
            for (Key other : others) {
                if (other.document() == item.document() && other.type().equals(item.type())
                        && other.first() < item.end() && item.first() < other.end()) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }
}
