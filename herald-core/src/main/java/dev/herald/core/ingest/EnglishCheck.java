package dev.herald.core.ingest;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that is plainly not English, since every model behind Herald is English-only and would
 * produce confident nonsense. English prose is a quarter or more function words; other languages share few of
 * them. Short texts pass: a headline gives too little evidence.
 */
public final class EnglishCheck {
    static final int MIN_WORDS = 30;
    static final double MIN_FUNCTION_WORD_SHARE = 0.08;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "is", "that", "for",
            "it", "with", "was", "on", "as", "he", "she", "by", "at", "from", "his", "her", "they", "have", "has",
            "are", "be", "this", "which", "or", "were", "been", "their", "not", "but", "an", "will", "would", "said",
            "who", "its", "had", "we", "after", "about", "than", "also");

    private EnglishCheck() {}

    public static void requireEnglish(String text, String origin) {
        int words = 0;
        int functionWords = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words++;
            if (FUNCTION_WORDS.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                functionWords++;
            }
        }
        if (words >= MIN_WORDS && functionWords < MIN_FUNCTION_WORD_SHARE * words) {
            throw new HeraldException(ErrorCode.BAD_INPUT, String.format(Locale.ROOT,
                    "%s: does not look like English (%d of %d words are English function words); "
                            + "Herald analyses English news only", origin, functionWords, words));
        }
    }
}
