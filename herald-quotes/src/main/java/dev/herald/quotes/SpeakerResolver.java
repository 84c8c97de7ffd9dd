package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a source names: entity mentions, pronouns to the nearest preceding person, definite descriptions ("the
 * official") to the earlier indefinite one ("a U.S. official"), coordinated sources to several speakers. One
 * instance per document, fed the sources in text order: it remembers the descriptions seen so far.
 */
final class SpeakerResolver {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    /**
     * The speakers of one source.
     *
     * @param ids the resolved entities' ids
     * @param names their canonical names, then the descriptions of the unresolved parts
     * @param anonymousDescription whether an unresolved part describes an anonymous source
     */
    record Speakers(List<String> ids, List<String> names, boolean anonymousDescription) {}

    private final DocumentView view;
    private final Parse parse;
    private final QuoteFlags flags;
    /** The description last seen for each head lemma ("official" → "U.S. official"). */
    private final Map<String, String> descriptions = new HashMap<>();
    /** Each person's gender, by entity id, worked out when a pronoun first needs it. */
    private final Map<String, Optional<PersonGenders.Gender>> genders = new HashMap<>();

    SpeakerResolver(DocumentView view, QuoteFlags flags) {
        this.view = view;
        this.parse = view.parse();
        this.flags = flags;
    }

    Speakers resolve(List<Integer> source) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean anonymous = false;
        for (List<Integer> conjunct : conjuncts(source)) {
            CharSpan span = parse.span(conjunct);
            int head = sourceHead(conjunct);
            Optional<Entity> entity = entityOf(head, span);
            if (entity.isPresent()) {
                if (!ids.contains(entity.get().id())) {
                    ids.add(entity.get().id());
                    names.add(entity.get().name());
                }
            } else if (!PRONOUNS.contains(parse.lower(head))) {
                String description = description(span);
                String key = parse.lemma(head);
                String earlier = descriptions.get(key);
                if (earlier != null && isDefinite(span)) {
                    names.add(earlier);
                } else {
                    names.add(description);
                    descriptions.put(key, description);
                }
                anonymous |= flags.isAnonymousDescription(conjunct, head);
            }
        }
        return new Speakers(ids, names, anonymous);
    }

    /** The coordinated parts of a source ("Both Gallant and Netanyahu"); the source itself when it has one. */
    private List<List<Integer>> conjuncts(List<Integer> source) {
        if (source.isEmpty()) {
            return List.of();
        }
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        boolean coordinated = false;
        for (int k : source) {
            String word = parse.lower(k);
            boolean joint = word.equals("and") && k > source.get(0) && view.isHeadNoun(k - 1) && k + 1 < parse.size()
                    && view.isNominal(k + 1);
            if (joint || word.equals(",") && coordinated) {
                coordinated = true;
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else if (!word.equals("both")) {
                current.add(k);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return coordinated && out.size() > 1 ? out : List.of(source);
    }

    /** The first token whose head lies outside the source. */
    private int sourceHead(List<Integer> source) {
        for (int k : source) {
            if (!source.contains(parse.head(k))) {
                return k;
            }
        }
        return source.get(0);
    }

    /**
     * The entity a source names: a mention at the head, a person in apposition to it ("Trump’s campaign manager,
     * Kellyanne Conway"), or for he/she the most recent person before it.
     */
    private Optional<Entity> entityOf(int head, CharSpan source) {
        List<Entity> entities = view.entities();
        CharSpan headSpan = parse.token(head).span();
        if (PRONOUNS.contains(parse.lower(head))) {
            return antecedent(head);
        }
        Entity apposed = null;
        for (Entity entity : entities) {
            for (EntityMention mention : entity.mentions()) {
                if (mention.span().intersects(headSpan)) {
                    return Optional.of(entity);
                }
                if (apposed == null && source.contains(mention.span()) && entity.type() == EntityType.PERSON
                        && !isModifier(mention)) {
                    apposed = entity;
                }
            }
        }
        return Optional.ofNullable(apposed);
    }

    /**
     * The person a he or she stands for: the one mentioned last before it whose gender does not contradict the
     * pronoun's (an unknown gender never does), or the one mentioned last when none agrees.
     */
    private Optional<Entity> antecedent(int pronoun) {
        int at = parse.token(pronoun).span().start();
        Optional<PersonGenders.Gender> wanted = PersonGenders.ofPronoun(parse.lower(pronoun));
        Entity last = null;
        Entity agreeing = null;
        int lastEnd = -1;
        int agreeingEnd = -1;
        for (Entity entity : view.entities()) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            int end = entity.mentions().stream().mapToInt(m -> m.span().end()).filter(e -> e <= at).max().orElse(-1);
            if (end > lastEnd) {
                last = entity;
                lastEnd = end;
            }
            Optional<PersonGenders.Gender> gender = genders.computeIfAbsent(entity.id(),
                    id -> PersonGenders.standard().of(entity, view.text()));
            boolean agrees = wanted.isEmpty() || gender.isEmpty() || gender.equals(wanted);
            if (agrees && end > agreeingEnd) {
                agreeing = entity;
                agreeingEnd = end;
            }
        }
        return Optional.ofNullable(agreeing != null ? agreeing : last);
    }

    /** "Trump’s campaign manager", "a spokesman for Clinton": a person named inside the source who is not its speaker. */
    private boolean isModifier(EntityMention mention) {
        for (int k = mention.tokens().first(); k < mention.tokens().endExclusive(); k++) {
            int head = parse.head(k);
            if (head < mention.tokens().first() || head >= mention.tokens().endExclusive()) {
                String relation = parse.relation(k);
                return relation.equals("nmod") || relation.equals("obl");
            }
        }
        return false;
    }

    private boolean isDefinite(CharSpan source) {
        String s = source.coveredText(view.text()).toLowerCase(Locale.ROOT);
        return s.startsWith("the ") || s.startsWith("that ") || s.startsWith("this ");
    }

    /** A source as a name: without a leading article and without a trailing relative clause. */
    private String description(CharSpan source) {
        String s = source.coveredText(view.text());
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        for (String article : new String[] {"the ", "a ", "an ", "The ", "A ", "An "}) {
            if (s.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }
}
