package dev.herald.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words of the time grammar, as regular expression pieces and their meanings. */
final class Lexicon {
    /** Month names and abbreviations; capitalised, so "may" and "march" stay verbs. */
    static final String MONTH = "(?-i:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?))";
    static final String WEEKDAY = "(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    static final String DAY_OF_MONTH = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    static final String NUMBER_WORD = "(?:(?:" + TENS + ")(?:[- ](?:" + ONES + "))?|" + TEENS + "|" + ONES
            + "|a hundred|one hundred)";
    static final String VAGUE = "(?:several|a few|few|a couple of|couple of|a couple|many|some|numerous)";
    static final String COUNT = "(?:\\d{1,3}(?: 1/2|\\.\\d+)?|" + NUMBER_WORD + "|a|an|" + VAGUE + ")";
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?"
            + "|decades?|century|centuries)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    static final String ORDINAL_QUARTER = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a hundred", 100), Map.entry("one hundred", 100), Map.entry("a couple", 2),
            Map.entry("a couple of", 2), Map.entry("couple of", 2));

    /** Half of one unit in the next smaller unit, by the unit's first letter ('n' for minutes). */
    private static final Map<Character, String> HALVES = Map.of('y', "6M", 'm', "15D", 'w', "3DT12H", 'd', "T12H",
            'h', "30M", 'n', "30S");

    private Lexicon() {}

    /** The number a count word stands for; empty for vague counts ("several", "a few"). */
    static Optional<String> count(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        if (Character.isDigit(w.charAt(0))) {
            return Optional.of(w.endsWith(" 1/2") ? w.replace(" 1/2", ".5") : w.endsWith(".0")
                    ? w.substring(0, w.length() - 2) : w);
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return Optional.of(Integer.toString(n));
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            return Optional.of(Integer.toString(NUMBERS.get(parts[0]) + NUMBERS.get(parts[1])));
        }
        return Optional.empty();
    }

    static int month(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static int dayOfMonth(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    static int quarter(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT).charAt(0)) {
            case 'f', '1' -> ordinal.toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            default -> 4;
        };
    }

    static String season(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
    }

    static String partOfDay(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** The TIMEX3 duration of {@code count} units: "P3Y", "PT5H", "PXD" for a vague count. */
    static String duration(Optional<String> count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (count.isPresent() && count.get().matches("[1-9]\\d*\\.5") && HALVES.containsKey(u.charAt(0))) {
            String whole = count.get().substring(0, count.get().length() - 2);
            return duration(Optional.of(whole), unit) + HALVES.get(u.startsWith("mi") ? 'n' : u.charAt(0));
        }
        String n = count.orElse("X");
        if (u.startsWith("decade")) {
            return count.map(c -> "P" + scale(c, 10) + "Y").orElse("PXDE");
        }
        if (u.startsWith("centur")) {
            return count.map(c -> "P" + scale(c, 100) + "Y").orElse("PXCE");
        }
        if (u.startsWith("weekend")) {
            return count.map(c -> "P" + scale(c, 2) + "D").orElse("PXWE");
        }
        return switch (u.charAt(0)) {
            case 's' -> "PT" + n + "S";
            case 'h' -> "PT" + n + "H";
            case 'd' -> "P" + n + "D";
            case 'w' -> "P" + n + "W";
            case 'q' -> "P" + n + "Q";
            case 'y' -> "P" + n + "Y";
            default -> u.startsWith("mi") ? "PT" + n + "M" : "P" + n + "M";
        };
    }

    private static String scale(String count, int factor) {
        return count.contains(".") ? Double.toString(Double.parseDouble(count) * factor).replaceAll("\\.0$", "")
                : Integer.toString(Integer.parseInt(count) * factor);
    }
}
