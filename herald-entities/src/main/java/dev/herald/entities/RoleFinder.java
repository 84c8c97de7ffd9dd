package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityType;
import dev.herald.spi.Sentence;
import dev.herald.spi.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the title attached to a person mention, either in front of the name ("Israeli Defense Minister Yoav
 * Gallant", "Axios reporter Barak Ravid", "U.S. Secretary of State Antony Blinken") or as an appositive after it
 * ("Yoav Gallant, Israel's defense minister,").
 */
final class RoleFinder {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_APPOSITIVE_WORDS = 6;

    private final CountryLexicon countries;
    private final Set<String> heads;
    private final Set<String> modifiers;

    RoleFinder(CountryLexicon countries, Set<String> heads, Set<String> modifiers) {
        this.countries = countries;
        this.heads = heads;
        this.modifiers = modifiers;
    }

    /**
     * @param byToken the candidate that covers each token index, for every token inside a kept mention
     */
    Optional<Role> find(Candidate person, List<Token> tokens, List<Sentence> sentences, Map<Integer, Candidate> byToken,
            String text) {
        Sentence sentence = sentences.get(tokens.get(person.tokens().first()).sentence());
        Optional<Role> before = before(person, tokens, sentence, byToken, text);
        return before.isPresent() ? before : after(person, tokens, sentence, byToken, text);
    }

    private Optional<Role> before(Candidate person, List<Token> tokens, Sentence sentence,
            Map<Integer, Candidate> byToken, String text) {
        int sentenceStart = sentence.tokens().first();
        int roleEnd = person.tokens().first();
        int roleStart = roleEnd;
        while (roleStart - 1 >= sentenceStart && isRoleWord(tokens, roleStart - 1, byToken, sentenceStart)) {
            roleStart--;
        }
        if (roleStart == roleEnd || !isHead(tokens.get(roleEnd - 1)) && !containsOf(tokens, roleStart, roleEnd)) {
            return Optional.empty();
        }
        while (roleStart < roleEnd - 1 && !isHead(tokens.get(roleStart)) && !isModifier(tokens.get(roleStart))
                && Character.isLowerCase(tokens.get(roleStart).text().charAt(0))) {
            roleStart++;
        }
        Optional<String> country = Optional.empty();
        Optional<Candidate> affiliation = Optional.empty();
        int evidenceStart = roleStart;
        int left = roleStart - 1;
        if (left >= sentenceStart && isPossessive(tokens.get(left))) {
            left--;
        }
        if (left >= sentenceStart) {
            Candidate named = byToken.get(left);
            country = countries.byDemonym(tokens.get(left).text());
            if (country.isPresent()) {
                evidenceStart = left;
            } else if (named != null && named.country().isPresent()) {
                country = named.country();
                evidenceStart = named.tokens().first();
            } else if (named != null) {
                affiliation = Optional.of(named);
                evidenceStart = named.tokens().first();
            }
        }
        return Optional.of(new Role(titleText(tokens, roleStart, roleEnd, text), country, affiliation,
                new CharSpan(tokens.get(evidenceStart).span().start(), tokens.get(roleEnd - 1).span().end())));
    }

    private Optional<Role> after(Candidate person, List<Token> tokens, Sentence sentence,
            Map<Integer, Candidate> byToken, String text) {
        int end = sentence.tokens().endExclusive();
        int i = person.tokens().endExclusive();
        if (i >= end || !tokens.get(i).text().equals(",")) {
            return Optional.empty();
        }
        int evidenceStart = ++i;
        if (i < end && DETERMINERS.contains(lower(tokens.get(i)))) {
            i++;
        }
        // "the top U.S. diplomat", "Israel's defense minister", "the White House spokesman": a nationality, a
        // country or an organisation may stand among the words before the head; the role is what follows it.
        Optional<String> country = Optional.empty();
        Optional<Candidate> affiliation = Optional.empty();
        int roleStart = i;
        int lastHead = -1;
        int limit = Math.min(end, i + MAX_APPOSITIVE_WORDS);
        while (i < limit) {
            Token token = tokens.get(i);
            Candidate named = byToken.get(i);
            Optional<String> demonym = countries.byDemonym(token.text());
            if (demonym.isPresent() && named == null) {
                country = demonym;
                roleStart = ++i;
            } else if (named != null && named.type() != EntityType.PERSON) {
                i = named.tokens().endExclusive();
                if (i < end && isPossessive(tokens.get(i))) {
                    i++;
                }
                if (named.country().isPresent()) {
                    country = named.country();
                } else {
                    affiliation = Optional.of(named);
                }
                roleStart = i;
            } else if (isHead(token)) {
                lastHead = i++;
            } else if (lastHead < 0 && (isModifier(token) || isLowerCaseModifier(token))) {
                i++;
            } else {
                break;
            }
        }
        if (lastHead < 0 || roleStart > lastHead) {
            return Optional.empty();
        }
        int evidenceEnd = lastHead + 1;
        if (affiliation.isEmpty() && evidenceEnd + 1 < end
                && Set.of("of", "at", "for").contains(lower(tokens.get(evidenceEnd)))) {
            Candidate named = byToken.get(evidenceEnd + 1);
            if (named != null && named.country().isEmpty()) {
                affiliation = Optional.of(named);
                evidenceEnd = named.tokens().endExclusive();
            }
        }
        return Optional.of(new Role(titleText(tokens, roleStart, lastHead + 1, text), country, affiliation,
                new CharSpan(tokens.get(evidenceStart).span().start(), tokens.get(evidenceEnd - 1).span().end())));
    }

    /** A word that can stand inside a title read right to left: heads, modifiers, capitalised words, "of". */
    private boolean isRoleWord(List<Token> tokens, int i, Map<Integer, Candidate> byToken, int sentenceStart) {
        Token token = tokens.get(i);
        if (byToken.containsKey(i) || countries.byDemonym(token.text()).isPresent()) {
            return false;
        }
        if (isHead(token) || isModifier(token)) {
            return true;
        }
        if (lower(token).equals("of")) {
            return i - 1 >= sentenceStart && isHead(tokens.get(i - 1));
        }
        return token.pos().equals("NNP") && i > sentenceStart;
    }

    private static boolean isPossessive(Token token) {
        return token.pos().equals("POS") || token.text().equals("'s") || token.text().equals("’s");
    }

    /** "top", "former", "police" in "the former police officer": an adjective or noun written in lower case. */
    private static boolean isLowerCaseModifier(Token token) {
        return Character.isLowerCase(token.text().codePointAt(0))
                && (token.pos().startsWith("JJ") || token.pos().startsWith("NN"));
    }

    private boolean containsOf(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lower(tokens.get(i)).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private boolean isHead(Token token) {
        return heads.contains(lower(token));
    }

    private boolean isModifier(Token token) {
        return modifiers.contains(lower(token));
    }

    private static String titleText(List<Token> tokens, int from, int to, String text) {
        return new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end()).coveredText(text);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
