package dev.herald.quotes;

import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a pronoun or a definite description points back to among the entities named before it: for he and she a
 * person whose gender does not contradict the pronoun, for "the group" an organisation, each preferring the one
 * named as a subject. One instance per document: it remembers the genders it has worked out.
 */
final class Antecedents {
    private final DocumentView view;
    private final Parse parse;
    /** Each person's gender, by entity id, worked out when a pronoun first needs it. */
    private final Map<String, Optional<PersonGenders.Gender>> genders = new HashMap<>();

    Antecedents(DocumentView view) {
        this.view = view;
        this.parse = view.parse();
    }

    /**
     * The person a he or she stands for, among those whose gender does not contradict the pronoun's (an unknown
     * gender never does): for a pronoun with no such person before it in its sentence, the first one the previous
     * sentence has as a subject ("Jean-Pierre told reporters that Biden would sign it. She declined …"); else the one
     * mentioned last. The one mentioned last, whatever the gender, when none agrees.
     */
    Optional<Entity> person(int pronoun) {
        int at = parse.token(pronoun).span().start();
        int sentence = view.sentenceStart(pronoun);
        int previous = sentence > 0 ? view.sentenceStart(sentence - 1) : sentence;
        Entity last = null;
        Entity agreeing = null;
        Entity subject = null;
        int lastEnd = -1;
        int agreeingEnd = -1;
        int subjectRank = Integer.MAX_VALUE;
        for (Entity entity : view.entities()) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            boolean agrees = agrees(entity, parse.lower(pronoun));
            for (EntityMention mention : entity.mentions()) {
                int end = mention.span().end();
                if (end > at) {
                    continue;
                }
                if (end > lastEnd) {
                    last = entity;
                    lastEnd = end;
                }
                if (agrees && end > agreeingEnd) {
                    agreeing = entity;
                    agreeingEnd = end;
                }
                // the main clause's subject first, then the earliest subject ("When Trump suggested …, Rubio fired")
                int first = mention.tokens().first();
                int rank = isSubject(mention) ? (isMainSubject(mention) ? 0 : parse.size()) + first : Integer.MAX_VALUE;
                if (agrees && first >= previous && first < sentence && rank < subjectRank) {
                    subject = entity;
                    subjectRank = rank;
                }
            }
        }
        boolean opensSentence = agreeingEnd <= parse.token(sentence).span().start();
        return Optional.ofNullable(opensSentence && subject != null ? subject : agreeing != null ? agreeing : last);
    }

    /** Whether the person's gender, as far as it is known, does not contradict the pronoun's. */
    boolean agrees(Entity person, String pronoun) {
        Optional<PersonGenders.Gender> wanted = PersonGenders.ofPronoun(pronoun);
        Optional<PersonGenders.Gender> gender = genders.computeIfAbsent(person.id(),
                id -> PersonGenders.standard().of(person, view.text()));
        return wanted.isEmpty() || gender.isEmpty() || gender.equals(wanted);
    }

    /** The mention is a subject, or in apposition to one ("A White House spokeswoman, Karine Jean-Pierre, told …"). */
    private boolean isSubject(EntityMention mention) {
        int k = hangingToken(mention);
        String relation = k < 0 ? "" : parse.relation(k);
        return relation.equals("nsubj") || relation.equals("appos") && parse.relation(parse.head(k)).equals("nsubj");
    }

    /**
     * "Kataib Hezbollah, the militia, vowed revenge. … the group said": the organisation last named as a subject
     * before a "the group" whose description no earlier source gave ("Boeing said … Kelly Ortberg, a former Rockwell
     * Collins executive, … The company said" is Boeing), else the one named last.
     */
    Optional<Entity> organisation(int token) {
        int at = parse.token(token).span().start();
        Entity last = null;
        Entity subject = null;
        int lastEnd = -1;
        int subjectEnd = -1;
        for (Entity entity : view.entities()) {
            if (entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (EntityMention mention : entity.mentions()) {
                int end = mention.span().end();
                if (end <= at && end > lastEnd) {
                    last = entity;
                    lastEnd = end;
                }
                if (end <= at && end > subjectEnd && isSubject(mention)) {
                    subject = entity;
                    subjectEnd = end;
                }
            }
        }
        return Optional.ofNullable(subject != null ? subject : last);
    }

    /** The mention is the subject of its sentence's root ("When Trump suggested …, Rubio fired back"). */
    private boolean isMainSubject(EntityMention mention) {
        int k = hangingToken(mention);
        int verb = k < 0 ? -1 : parse.head(k);
        if (verb >= 0 && parse.relation(k).equals("appos")) {
            verb = parse.head(verb);
        }
        return verb >= 0 && parse.head(verb) < 0;
    }

    /** The relation by which the mention hangs in the sentence. */
    String relation(EntityMention mention) {
        int k = hangingToken(mention);
        return k < 0 ? "" : parse.relation(k);
    }

    /** The mention's first token whose head lies outside it; -1 for none. */
    private int hangingToken(EntityMention mention) {
        for (int k = mention.tokens().first(); k < mention.tokens().endExclusive(); k++) {
            int head = parse.head(k);
            if (head < mention.tokens().first() || head >= mention.tokens().endExclusive()) {
                return head < 0 ? -1 : k;
            }
        }
        return -1;
    }
}
