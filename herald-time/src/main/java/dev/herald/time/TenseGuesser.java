package dev.herald.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense around a time expression from the words of its sentence, without a tagger: the verb cue
 * nearest to the expression wins ("will", "plans to" for the future; "said", "was", regular "-ed" forms and
 * common irregular past forms for the past).
 */
final class TenseGuesser {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s+(?=[\"“‘(]*[\\p{Lu}\\d])|\\n\\s*\\n");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}']+)\\s+$");
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "am", "get", "gets");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "this", "that", "these", "those", "of", "more", "most", "less", "very", "newly", "recently");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "gen", "sen", "rep", "gov", "inc", "corp", "co", "ltd", "jr", "sr", "lt", "col", "capt",
            "sgt", "no", "vs", "u.s", "u.n", "u.k", "prof");
    private static final Set<String> FUTURE = Set.of(
            "will", "'ll", "ll", "shall", "wo", "won't", "plan", "plans", "planning", "scheduled",
            "schedule", "expects", "expect", "intends", "intend", "upcoming", "next", "tomorrow", "might",
            "going", "hopes", "hope", "aims", "await", "awaits", "due", "set");
    private static final Set<String> PAST = Set.of(
            "was", "were", "had", "did", "said", "told", "went", "came", "made", "took", "gave", "met", "won",
            "lost", "began", "fell", "rose", "left", "held", "saw", "became", "found", "got", "sent", "spent",
            "struck", "thought", "knew", "wrote", "paid", "sold", "bought", "brought", "led", "ran", "kept",
            "broke", "chose", "drove", "flew", "forgot", "grew", "heard", "hid", "meant", "rang", "sang", "sat",
            "shot", "slept", "spoke", "stood", "stole", "swore", "taught", "threw", "understood", "woke", "wore",
            "ago", "yesterday", "last", "earlier", "previously", "felt", "fought", "dealt", "built", "lent",
            "quit", "arose", "withdrew", "overtook", "undertook", "beat", "bet", "hit", "cut", "put", "let",
            "shut", "split", "spread", "cost", "hurt", "burst", "cast");
    private static final Set<String> NOT_PAST = Set.of(
            "need", "indeed", "proceed", "exceed", "succeed", "seed", "speed", "feed", "breed", "hundred", "bed",
            "red", "shed", "united", "limited", "embed", "weed", "greed", "creed", "deed", "steed", "bleed",
            "heed", "reed", "sacred", "kindred", "naked", "wicked", "rugged", "ragged", "expected", "scheduled",
            "proposed", "planned", "supposed", "interested", "concerned", "related", "based", "advanced",
            "detailed", "talented", "sophisticated", "called", "so-called", "needed");

    private TenseGuesser() {}

    /** The tense of the sentence around {@code [start, end)} in {@code text}. */
    static Tense tenseAround(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = Math.max(end, sentenceEnd(text, end));
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        Matcher words = WORD.matcher(text).region(from, to);
        while (words.find()) {
            if (words.end() > start && words.start() < end) {
                continue;
            }
            Tense tense = cue(text, words);
            int distance = words.start() < start ? start - words.end() : words.start() - end;
            if (tense == Tense.FUTURE) {
                distance /= 2;
            }
            if (tense != Tense.UNKNOWN && distance < bestDistance) {
                best = tense;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Tense cue(String text, Matcher word) {
        String token = word.group();
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.startsWith("'")) {
            lower = lower.substring(1);
        }
        if (lower.equals("going") || lower.equals("set") || lower.equals("due") || lower.equals("expected")) {
            return followedByTo(text, word.end()) ? Tense.FUTURE : Tense.UNKNOWN;
        }
        if (FUTURE.contains(lower)) {
            return Tense.FUTURE;
        }
        if (afterAuxiliary(text, word.start())) {
            return Tense.UNKNOWN;
        }
        if (PAST.contains(lower)) {
            return Tense.PAST;
        }
        if (lower.length() > 4 && lower.endsWith("ed") && !NOT_PAST.contains(lower)
                && !Character.isUpperCase(token.charAt(0)) && !afterDeterminer(text, word.start())) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /** A participle after "be" ("will be held", "is expected") says nothing about the tense by itself. */
    private static boolean afterAuxiliary(String text, int wordStart) {
        Matcher previous = PREVIOUS_WORD.matcher(text).region(Math.max(0, wordStart - 12), wordStart);
        return previous.find() && AUXILIARIES.contains(previous.group(1).toLowerCase(Locale.ROOT));
    }

    /** "the proposed merger", "its crippled economy": an adjective, not a verb. */
    private static boolean afterDeterminer(String text, int wordStart) {
        Matcher previous = PREVIOUS_WORD.matcher(text).region(Math.max(0, wordStart - 12), wordStart);
        return previous.find() && DETERMINERS.contains(previous.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean followedByTo(String text, int offset) {
        return text.startsWith(" to ", offset);
    }

    private static int sentenceStart(String text, int offset) {
        int from = Math.max(0, offset - 600);
        Matcher end = SENTENCE_END.matcher(text).region(from, offset);
        int start = from;
        while (end.find()) {
            if (!isAbbreviation(text, end.start())) {
                start = end.end();
            }
        }
        return start;
    }

    private static int sentenceEnd(String text, int offset) {
        Matcher end = SENTENCE_END.matcher(text).region(offset, Math.min(text.length(), offset + 600));
        while (end.find()) {
            if (!isAbbreviation(text, end.start())) {
                return end.start();
            }
        }
        return Math.min(text.length(), offset + 600);
    }

    private static boolean isAbbreviation(String text, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int wordStart = period;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
