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
    private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "several", "some",
            "many", "few", "multiple");
    /** What a definite description calls an organisation named before it ("the group", "the company"). */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "company", "firm", "organization", "organisation",
            "militia", "agency", "network", "newspaper", "union", "movement", "faction", "bank", "ministry");

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
    private final Antecedents antecedents;
    /** The description last seen for each head lemma ("official" → "U.S. official"). */
    private final Map<String, String> descriptions = new HashMap<>();
    /** The description the last unresolved source gave, for "one of them", and whether it was anonymous. */
    private String lastDescription;
    private boolean lastAnonymous;

    SpeakerResolver(DocumentView view, QuoteFlags flags) {
        this.view = view;
        this.parse = view.parse();
        this.flags = flags;
        this.antecedents = new Antecedents(view);
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
                addEntity(entity.get(), ids, names);
            } else if (!PRONOUNS.contains(parse.lower(head))) {
                String description = withOwner(conjunct, description(span));
                String key = parse.lemma(head);
                String earlier = descriptions.get(key);
                boolean described = flags.isAnonymousDescription(conjunct, head);
                Optional<Entity> organisation = earlier == null && isDefinite(span) && GROUP_NOUNS.contains(key)
                        ? antecedents.organisation(head) : Optional.empty();
                if (organisation.isPresent()) {
                    addEntity(organisation.get(), ids, names);
                } else if (isOneOfThem(head) && lastDescription != null) {
                    names.add("one of " + withCountInLowerCase(lastDescription));
                    anonymous |= lastAnonymous;
                } else if (earlier != null && isDefinite(span)) {
                    names.add(earlier);
                } else {
                    names.add(description);
                    descriptions.put(key, description);
                    lastDescription = description;
                    lastAnonymous = described;
                }
                anonymous |= described;
            }
        }
        return new Speakers(ids, names, anonymous);
    }

    private static void addEntity(Entity entity, List<String> ids, List<String> names) {
        if (!ids.contains(entity.id())) {
            ids.add(entity.id());
            names.add(entity.name());
        }
    }

    /** "Two officials" → "two officials", for "one of two officials"; other descriptions keep their case. */
    private static String withCountInLowerCase(String description) {
        int space = description.indexOf(' ');
        String first = space < 0 ? description : description.substring(0, space);
        return COUNT_WORDS.contains(first.toLowerCase(Locale.ROOT))
                ? first.toLowerCase(Locale.ROOT) + description.substring(first.length()) : description;
    }

    /** "One of them said": one of the group the last description named. */
    private boolean isOneOfThem(int head) {
        if (!parse.lower(head).equals("one")) {
            return false;
        }
        for (int c : parse.children(head)) {
            if (c > head && (parse.lower(c).equals("them") || parse.lower(c).equals("those"))) {
                return true;
            }
        }
        return false;
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
            return antecedents.person(head);
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

    /** "Trump’s campaign manager", "a spokesman for Clinton": a person named inside the source who is not its speaker. */
    private boolean isModifier(EntityMention mention) {
        String relation = antecedents.relation(mention);
        return relation.equals("nmod") || relation.equals("obl");
    }

    private boolean isDefinite(CharSpan source) {
        String s = source.coveredText(view.text()).toLowerCase(Locale.ROOT);
        return s.startsWith("the ") || s.startsWith("that ") || s.startsWith("this ");
    }

    /** "his spokesman" → "Yoav Gallant's spokesman": the possessive pronoun a description opens with, resolved. */
    private String withOwner(List<Integer> source, String description) {
        int first = source.get(0);
        String word = parse.lower(first);
        if (!(word.equals("his") || word.equals("her")) || !description.toLowerCase(Locale.ROOT).startsWith(word + " ")) {
            return description;
        }
        return antecedents.person(first).filter(owner -> antecedents.agrees(owner, word))
                .map(owner -> owner.name() + "'s" + description.substring(word.length())).orElse(description);
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
