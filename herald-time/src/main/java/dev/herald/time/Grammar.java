package dev.herald.time;

import static dev.herald.time.Lexicon.COUNT;
import static dev.herald.time.Lexicon.DAY_OF_MONTH;
import static dev.herald.time.Lexicon.MONTH;
import static dev.herald.time.Lexicon.ORDINAL_QUARTER;
import static dev.herald.time.Lexicon.PART_OF_DAY;
import static dev.herald.time.Lexicon.SEASON;
import static dev.herald.time.Lexicon.UNIT;
import static dev.herald.time.Lexicon.WEEKDAY;
import static dev.herald.time.Lexicon.YEAR;

import dev.herald.spi.TimeType;
import dev.herald.time.Rule.Context;
import dev.herald.time.Rule.Normaliser;
import dev.herald.time.Rule.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the English news time grammar, in priority order (an earlier rule wins a tie between matches of
 * the same span). Extents follow TimeML: determiners and modifiers ("the past three years", "mid-July", "about
 * two weeks") belong to the expression, prepositions do not.
 */
final class Grammar {
    private static final String MODIFIER = "(?:(?:about|almost|nearly|no more than|more than|less than|at least"
            + "|up to|some|roughly|around|approximately|barely|at most) )?";
    private static final String TIME_OF_DAY = "(?:(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))? ?"
            + "(?<meridiem>a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?: (?:[ECMP][SD]T|GMT|UTC))?"
            + "|(?<clock>[01]?\\d|2[0-3]):(?<clockMinute>[0-5]\\d)(?: (?:[ECMP][SD]T|GMT|UTC))?"
            + "|(?<named>noon|midnight|midday))";
    private static final String DAY_REFERENCE = "(?:(?<weekday>" + WEEKDAY + ")|(?<relative>yesterday|today"
            + "|tomorrow|tonight))";

    private static final Pattern SEASON_CUES = Pattern.compile("(?i)(?:in|by|until|till|since|during|before|after"
            + "|through|throughout|of|this|last|next|early|late|that|each|every)\\s+$");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:until|through|till|by|before|effective)\\s+$");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+|shortly\\s+after\\s+the\\s+)?$");
    private static final Pattern NAMED_QUARTER = Pattern.compile("(?i)\\b(" + ORDINAL_QUARTER
            + ")[- ](?:fiscal[- ])?quarter");
    private static final Pattern DOTLESS_ABBREVIATION = Pattern.compile("Jan|Feb|Apr|Aug|Sept?|Oct|Nov|Dec");

    private Grammar() {}

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rule(rules, "iso-date", "(?<y>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])",
                (m, c) -> date(m.group("y"), Integer.parseInt(m.group("m")), m.group("d")));
        rule(rules, "numeric-date", "(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})", Grammar::numericDate);
        rule(rules, "month-day-year", "(?:" + WEEKDAY + ",? )?(?:(?<month>" + MONTH + ") (?<day>"
                + DAY_OF_MONTH + ")|(?<day2>" + DAY_OF_MONTH + ") (?:of )?(?<month2>" + MONTH + ")),? (?<y>"
                + YEAR + ")", (m, c) -> date(m.group("y"), Lexicon.month(first(m, "month", "month2")),
                first(m, "day", "day2")));
        rule(rules, "month-day", "(?:" + WEEKDAY + ",? )?(?:(?<month>" + MONTH + ") (?<day>"
                + DAY_OF_MONTH + ")(?![\\d:,.]\\d)|(?<day2>" + DAY_OF_MONTH + ") (?:of )?(?<month2>" + MONTH + "))",
                (m, c) -> {
                    int month = Lexicon.month(first(m, "month", "month2"));
                    int day = Lexicon.dayOfMonth(first(m, "day", "day2"));
                    if (day > 31) {
                        return Optional.empty();
                    }
                    return Optional.of(new Timex(TimeType.DATE, c.anchor().namedDay(month, day, prepositionTense(c))));
                });
        rule(rules, "last-month-day", "last (?<month>" + MONTH + ") (?<day>" + DAY_OF_MONTH + ")",
                (m, c) -> dateValue(c.anchor().lastDay(Lexicon.month(m.group("month")),
                        Lexicon.dayOfMonth(m.group("day")))));
        rule(rules, "month-relative-year", "(?<month>" + MONTH + ") (?:of )?(?<dir>last|this|next) year",
                (m, c) -> {
                    String dir = m.group("dir").toLowerCase(Locale.ROOT);
                    String year = c.anchor().year(dir.equals("last") ? -1 : dir.equals("next") ? 1 : 0);
                    return dateValue(year + "-" + Anchor.two(Lexicon.month(m.group("month"))));
                });
        rule(rules, "month-year", "(?:(?<mod>early|mid|late)[- ]|the (?:end|beginning|start|middle) of )?(?<month>"
                + MONTH + "),? (?:of )?(?<y>" + YEAR + ")",
                (m, c) -> dateValue(m.group("y") + "-" + Anchor.two(Lexicon.month(m.group("month")))));
        rule(rules, "shifted-month", "(?<dir>last|next|this|this past|this coming) (?<month>" + MONTH + ")",
                (m, c) -> {
                    int month = Lexicon.month(m.group("month"));
                    String dir = m.group("dir").toLowerCase(Locale.ROOT);
                    return dateValue(dir.equals("this") ? c.anchor().year(0) + "-" + Anchor.two(month)
                            : c.anchor().shiftedMonth(month, dir.contains("next") || dir.contains("coming") ? 1 : -1));
                });
        rule(rules, "month", "(?:(?:early|mid|late)[- ]|the (?:end|beginning|start|middle) of |(?:early|late) in )?"
                + "(?<month>" + MONTH + ")(?!\\.? ?\\d)",
                (m, c) -> {
                    String name = m.group("month");
                    if ((name.equals("May") || DOTLESS_ABBREVIATION.matcher(name).matches()) && !monthContext(c)) {
                        return Optional.empty();
                    }
                    return dateValue(c.anchor().namedMonth(Lexicon.month(m.group("month")), prepositionTense(c)));
                });
        rule(rules, "year", "(?:(?:early|mid|late)[- ]|the (?:end|beginning|start|middle|first half|second half)"
                + " of |(?:fiscal|calendar|the fiscal|the calendar|the year|post|pre)[ -](?:year )?)?(?<y>" + YEAR + ")"
                + "(?!\\s?%|[,.]\\d|-\\d|\\s(?:percent|people|troops|shares|tons|miles|feet|meters|acres|points))",
                (m, c) -> c.text().charAt(Math.max(0, c.start() - 1)) == '$' ? Optional.empty()
                        : dateValue(m.group("y")));
        rule(rules, "decade", "(?:the )?(?:(?:early|mid|late)[- ]?)?(?:(?<century>1[0-9]|20)(?<decade>\\d)0'?s"
                + "|'(?<short>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
                Grammar::decade);
        rule(rules, "century", "(?:the )?(?:(?:early|mid|late)[- ]?)?(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th)[- ]century",
                (m, c) -> dateValue(Anchor.two(Integer.parseInt(m.group("n")) - 1)));
        rule(rules, "time-and-day", TIME_OF_DAY + ",? (?:on )?(?:" + DAY_REFERENCE + "|(?<month>" + MONTH
                + ") (?<day>" + DAY_OF_MONTH + "))", Grammar::timeAndDay);
        rule(rules, "day-and-time", DAY_REFERENCE + ",? (?:at )?(?:about |around )?" + TIME_OF_DAY,
                Grammar::timeAndDay);
        rule(rules, "time", "(?:(?:about|around|approximately|shortly after|shortly before|just after"
                + "|just before) )?" + TIME_OF_DAY, Grammar::timeAndDay);
        rule(rules, "day-part", "(?:(?<early>early|late|mid)[- ])?(?<day>" + WEEKDAY + "|yesterday|today|tomorrow)"
                + " (?<part>" + PART_OF_DAY + ")|(?<part2>mid-?" + PART_OF_DAY + "|" + PART_OF_DAY + ") (?<day2>"
                + WEEKDAY + "|yesterday|today|tomorrow)",
                (m, c) -> {
                    String day = first(m, "day", "day2");
                    String part = first(m, "part", "part2").replaceFirst("(?i)^mid-?", "");
                    return timeValue(dayReference(day, c) + "T" + Lexicon.partOfDay(part));
                });
        rule(rules, "this-part", "(?:(?:early|later|earlier|late) )?(?<which>this|last|tomorrow|yesterday)"
                + " (?<part>morning|afternoon|evening|night)|(?<tonight>tonight)",
                (m, c) -> {
                    if (m.group("tonight") != null) {
                        return timeValue(c.anchor().day(0) + "TNI");
                    }
                    String which = m.group("which").toLowerCase(Locale.ROOT);
                    int offset = which.equals("yesterday") || (which.equals("last") && !m.group("part")
                            .equalsIgnoreCase("night")) ? -1 : which.equals("tomorrow") ? 1
                            : which.equals("last") ? -1 : 0;
                    return timeValue(c.anchor().day(offset) + "T" + Lexicon.partOfDay(m.group("part")));
                });
        rule(rules, "holiday", "(?<name>Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)"
                + "|Independence Day|the Fourth of July|Labor Day|Memorial Day|Election Day|Veterans Day"
                + "|Halloween|Valentine's Day)",
                (m, c) -> Character.isUpperCase(m.group("name").charAt(0)) || m.group("name").startsWith("the")
                        ? dateValue(c.anchor().holiday(Holiday.of(m.group("name")), c.tense())) : Optional.empty());
        rule(rules, "relative-day", "(?:the day (?<before>before|after) |(?:early|late) )?(?<day>yesterday|today|tomorrow)",
                (m, c) -> {
                    String day = m.group("day").toLowerCase(Locale.ROOT);
                    int offset = day.equals("yesterday") ? -1 : day.equals("tomorrow") ? 1 : 0;
                    if (m.group("before") != null) {
                        offset += m.group("before").equalsIgnoreCase("before") ? -1 : 1;
                    }
                    return dateValue(c.anchor().day(offset));
                });
        rule(rules, "shifted-weekday", "(?<dir>last|next|this|this past|this coming|past|coming) (?<weekday>"
                + WEEKDAY + ")",
                (m, c) -> {
                    String dir = m.group("dir").toLowerCase(Locale.ROOT);
                    var weekday = Lexicon.weekday(m.group("weekday"));
                    if (dir.equals("this")) {
                        return dateValue(c.anchor().weekday(weekday, c.tense()));
                    }
                    boolean forward = dir.contains("next") || dir.contains("coming");
                    return dateValue(c.anchor().shiftedWeekday(weekday, forward ? 1 : -1));
                });
        rule(rules, "weekday", "(?<weekday>" + WEEKDAY + ")(?!,? " + MONTH + ")",
                (m, c) -> dateValue(c.anchor().weekday(Lexicon.weekday(m.group("weekday")), c.tense())));
        rule(rules, "relative-unit", "(?:(?<mod>early|late|the end of|the beginning of|the start of|the middle of"
                + "|sometime) )?(?<dir>last|this|next|the past|the previous|the coming|the current|the following"
                + "|this past|this coming|past|coming|the latest) (?<unit>week|weekend|month|year|quarter|decade"
                + "|century|fiscal year|calendar year|(?<season>" + SEASON + "))(?: or so)?", Grammar::relativeUnit);
        rule(rules, "season", "(?:the )?(?:(?:early|late|mid)[- ])?(?<season>" + SEASON + ")(?: (?:of )?(?<y>" + YEAR + "))?",
                (m, c) -> {
                    String code = Lexicon.season(m.group("season"));
                    if (m.group("y") != null) {
                        return dateValue(m.group("y") + "-" + code);
                    }
                    if (m.group().equalsIgnoreCase(m.group("season")) && !precededBy(c, SEASON_CUES)) {
                        return Optional.empty();
                    }
                    return dateValue(c.anchor().season(code, 0));
                });
        rule(rules, "named-quarter", "(?:the (?![\\w' ]*?" + ORDINAL_QUARTER + "-quarter))?(?:(?<y>" + YEAR + ")(?:'s)? |(?<rel>this year's|last year's"
                + "|next year's) )?(?:fiscal |calendar )?(?<q>" + ORDINAL_QUARTER + ")[- ](?:fiscal[- ])?quarter"
                + "(?: of (?:fiscal )?(?<y2>" + YEAR + "))?", Grammar::namedQuarter);
        rule(rules, "named-half", "(?:the )?(?<h>first|second) half(?: of (?:fiscal )?(?<y>" + YEAR + "))?",
                (m, c) -> {
                    String h = m.group("h").equalsIgnoreCase("first") ? "H1" : "H2";
                    return dateValue((m.group("y") != null ? m.group("y") : c.anchor().year(0)) + "-" + h);
                });
        rule(rules, "reported-quarter", "(?:the )?(?:(?<which>latest|last|past|previous|most recent|recent|current"
                + "|same|comparable|year-earlier|year-ago|fiscal) )?quarter",
                Grammar::reportedQuarter);
        rule(rules, "ago", MODIFIER + "(?<n>" + COUNT + ") (?:more )?(?<unit>" + UNIT + ")(?: or so)? (?<dir>ago"
                + "|earlier|later|from now|hence|(?:before|after)(?!\\s+[\\p{L}\\d\"“]))", Grammar::ago);
        rule(rules, "year-ago-period", "(?:the )?(?:comparable |corresponding |same )?(?:year-earlier|year-ago"
                + "|year earlier|year ago|prior-year|previous-year) (?:(?<q>" + ORDINAL_QUARTER + ") )?(?:fiscal )?"
                + "(?<what>period|quarter|(?<n>" + COUNT + ") months)",
                (m, c) -> {
                    if (m.group("n") != null) {
                        return Optional.of(new Timex(TimeType.DURATION,
                                Lexicon.duration(Lexicon.count(m.group("n")), "months")));
                    }
                    if (m.group("q") != null) {
                        return dateValue(c.anchor().year(-1) + "-Q" + Lexicon.quarter(m.group("q")));
                    }
                    return dateValue(c.anchor().quarter(-5));
                });
        rule(rules, "last-year-quarter", "(?:the )?(?:(?:same|corresponding|comparable) )?(?:period|quarter)"
                + " (?:of |in )?(?:a year (?:ago|earlier)|last year)|last year's (?:(?:same|comparable) )?"
                + "(?:period|quarter)", (m, c) -> dateValue(c.anchor().quarter(-5)));
        rule(rules, "year-period", "the (?<y>" + YEAR + ") (?:fiscal )?(?:period|quarter)",
                (m, c) -> {
                    String quarter = c.anchor().quarter(-1);
                    return dateValue(m.group("y") + (c.anchor().isKnown() ? quarter.substring(4) : "-QX"));
                });
        rule(rules, "latest-period", "the (?:latest|most recent|recent|same|comparable) period",
                (m, c) -> dateValue(c.anchor().quarter(-1)));
        rule(rules, "the-weekend", "the weekend",
                (m, c) -> dateValue(c.anchor().week(c.tense() == Tense.PAST ? -1 : 0) + "-WE"));
        rule(rules, "year-ended", "the (?:fiscal )?year(?= (?:ended|ending|that ended|through) )",
                (m, c) -> Optional.of(new Timex(TimeType.DURATION, "P1Y")));
        rule(rules, "full-year", "the (?:full|whole|entire) year", (m, c) -> dateValue(c.anchor().year(0)));
        rule(rules, "year-end", "(?:the )?year[- ]end|the end of the year|year's end",
                (m, c) -> dateValue(c.anchor().year(0)));
        rule(rules, "spelled-year", "(?:the year )?(?<century>nineteen|two thousand(?: and)?) ?(?<rest>"
                + Lexicon.NUMBER_WORD + ")?",
                Grammar::spelledYear);
        rule(rules, "year-ago", "(?<adj>year-earlier|year-ago|year earlier|year ago)",
                (m, c) -> yearAgo(c));
        rule(rules, "duration", MODIFIER + "(?:the )?(?:(?:past|last|next|coming|previous|first|final|latest"
                + "|remaining|following|recent|initial|ensuing|additional|further|same|other|entire|whole) )?"
                + "(?<n>" + COUNT + ")(?: more| additional| full| straight| consecutive| long)? (?<unit>" + UNIT
                + ")(?: or so)?",
                (m, c) -> {
                    Optional<String> n = Lexicon.count(m.group("n"));
                    if (m.group("n").equalsIgnoreCase("a") && m.group("unit").equalsIgnoreCase("second")) {
                        return Optional.empty();
                    }
                    return Optional.of(new Timex(TimeType.DURATION, Lexicon.duration(n, m.group("unit"))));
                });
        rule(rules, "hyphen-duration", "(?:(?<n>" + Lexicon.NUMBER_WORD + "|a)-(?<unit>second|minute|hour|day|week"
                + "|month|year|decade)|(?<digits>\\d{1,3})-(?<short>minute|hour|day|week|month))(?:-long)?",
                (m, c) -> Optional.of(new Timex(TimeType.DURATION, m.group("digits") != null
                        ? Lexicon.duration(Optional.of(m.group("digits")), m.group("short"))
                        : Lexicon.duration(Lexicon.count(m.group("n")), m.group("unit")))));
        rule(rules, "recent-years", "recent years", (m, c) -> dateValue("PAST_REF"));
        rule(rules, "vague-duration", "(?:(?:the )?(?:past|last|next|coming|recent|previous|first) )(?:few |several"
                + " |couple of |many )?(?<unit>seconds|minutes|hours|days|weeks|months|years|decades)",
                (m, c) -> Optional.of(new Timex(TimeType.DURATION, Lexicon.duration(Optional.empty(),
                        m.group("unit")))));
        rule(rules, "bare-plural", "(?<=\\b(?:for|within|in|over|took|takes|take|last|lasted) )(?<unit>hours|days"
                + "|weeks|months|years|decades)(?! (?:of|ago|old|later|earlier|before|after))",
                (m, c) -> Optional.of(new Timex(TimeType.DURATION, Lexicon.duration(Optional.empty(),
                        m.group("unit")))));
        rule(rules, "set", "(?:every|each) (?:other )?(?:(?<unit>second|minute|hour|day|week|month|quarter|year"
                + "|decade)|(?<weekday>" + WEEKDAY + ")|(?<month>" + MONTH + ")|(?<part>morning|afternoon|evening"
                + "|night))", Grammar::set);
        rule(rules, "set-adverb", "(?<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
                + "|semiannually)",
                (m, c) -> setValue(switch (m.group("adverb").toLowerCase(Locale.ROOT)) {
                    case "daily" -> "P1D";
                    case "nightly" -> "P1D";
                    case "weekly" -> "P1W";
                    case "biweekly" -> "P2W";
                    case "monthly" -> "P1M";
                    case "hourly" -> "PT1H";
                    case "quarterly" -> "P1Q";
                    case "semiannually" -> "P6M";
                    default -> "P1Y";
                }));
        rule(rules, "rate", "(?<=(?:\\d%?|\\bdollars|\\bcents|\\btwice|\\bonce|\\btimes|\\bthrice) )(?:a|per)"
                + " (?<unit>year|month|week|day|hour|quarter)",
                (m, c) -> setValue(Lexicon.duration(Optional.of("1"), m.group("unit"))));
        rule(rules, "present", "(?<word>now|currently|nowadays|these days|at present|presently|at the moment"
                + "|the present|present day)",
                (m, c) -> dateValue("PRESENT_REF"));
        rule(rules, "past", "(?<word>recently|formerly|the past|lately)",
                (m, c) -> dateValue("PAST_REF"));
        rule(rules, "future", "(?<word>the (?:near |distant |foreseeable |immediate )?future|as soon as possible"
                + "|some day|someday)",
                (m, c) -> dateValue("FUTURE_REF"));
        return List.copyOf(rules);
    }

    private static void rule(List<Rule> rules, String name, String regex, Normaliser normaliser) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
        rules.add(new Rule(name, pattern, normaliser));
    }

    private static String first(Matcher m, String group, String alternative) {
        String value = group(m, group);
        return value != null ? value : group(m, alternative);
    }

    /** The named group, or null when it did not take part or the rule's pattern has no such group. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Timex> dateValue(String value) {
        return Optional.of(new Timex(TimeType.DATE, value));
    }

    private static Optional<Timex> timeValue(String value) {
        return Optional.of(new Timex(TimeType.TIME, value));
    }

    private static Optional<Timex> setValue(String value) {
        return Optional.of(new Timex(TimeType.SET, value));
    }

    private static Optional<Timex> date(String year, int month, String day) {
        try {
            return dateValue(LocalDate.of(Integer.parseInt(year), month, Lexicon.dayOfMonth(day)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Timex> numericDate(Matcher m, Context c) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String y = m.group("y");
        int year = y.length() == 4 ? Integer.parseInt(y) : Integer.parseInt(y) + (Integer.parseInt(y) >= 50 ? 1900 : 2000);
        int month = a <= 12 ? a : b;
        int day = a <= 12 ? b : a;
        return date(Integer.toString(year), month, Integer.toString(day));
    }

    /**
     * The tense a preposition implies, else the sentence's: "through January", "until Nov. 17" and "effective
     * June 1" give a deadline, which news reports ahead of time; "since" looks back.
     */
    private static Tense prepositionTense(Context c) {
        if (precededBy(c, DEADLINE)) {
            return Tense.FUTURE;
        }
        return precededBy(c, SINCE) ? Tense.PAST : c.tense();
    }

    private static boolean precededBy(Context c, Pattern cue) {
        return cue.matcher(c.text().substring(Math.max(0, c.start() - 30), c.start())).find();
    }

    private static boolean monthContext(Context c) {
        String before = c.text().substring(Math.max(0, c.start() - 12), c.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(in|since|until|by|from|to|of|through|during|early|late|mid|last|next|this"
                + "|before|after)\\s+$");
    }

    private static Optional<Timex> decade(Matcher m, Context c) {
        if (m.group("century") != null) {
            return dateValue(m.group("century") + m.group("decade"));
        }
        if (m.group("short") != null) {
            return dateValue("19" + m.group("short"));
        }
        String word = m.group("word").toLowerCase(Locale.ROOT);
        int decade = switch (word.substring(0, 3)) {
            case "twe" -> 2;
            case "thi" -> 3;
            case "for" -> 4;
            case "fif" -> 5;
            case "six" -> 6;
            case "sev" -> 7;
            case "eig" -> 8;
            default -> 9;
        };
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
            return Optional.empty();
        }
        return dateValue("19" + decade);
    }

    private static Optional<Timex> timeAndDay(Matcher m, Context c) {
        String clock;
        if (m.group("named") != null) {
            String named = m.group("named").toLowerCase(Locale.ROOT);
            clock = named.equals("midnight") ? "24:00" : "12:00";
        } else if (m.group("clock") != null) {
            clock = Anchor.two(Integer.parseInt(m.group("clock"))) + ":" + m.group("clockMinute");
        } else {
            int hour = Integer.parseInt(m.group("hour"));
            boolean pm = m.group("meridiem").toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
            clock = Anchor.two(hour) + ":" + (m.group("minute") != null ? m.group("minute") : "00");
        }
        String day;
        if (group(m, "month") != null) {
            day = c.anchor().namedDay(Lexicon.month(m.group("month")), Lexicon.dayOfMonth(m.group("day")), c.tense());
        } else if (group(m, "weekday") != null || group(m, "relative") != null) {
            day = dayReference(first(m, "weekday", "relative"), c);
        } else {
            day = c.anchor().day(0);
        }
        return timeValue(day + "T" + clock);
    }

    private static String dayReference(String day, Context c) {
        return switch (day.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> c.anchor().day(-1);
            case "tomorrow" -> c.anchor().day(1);
            case "today", "tonight" -> c.anchor().day(0);
            default -> c.anchor().weekday(Lexicon.weekday(day), c.tense());
        };
    }

    private static Optional<Timex> relativeUnit(Matcher m, Context c) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int offset = dir.contains("last") || dir.contains("past") || dir.contains("previous")
                || dir.contains("latest") ? -1 : dir.contains("next") || dir.contains("coming")
                || dir.contains("following") ? 1 : 0;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        Anchor a = c.anchor();
        if (m.group("season") != null) {
            return dateValue(a.season(Lexicon.season(m.group("season")), offset));
        }
        if (dir.equals("the past") && !unit.equals("decade") && !unit.equals("century")) {
            offset = -1;
        }
        return switch (unit) {
            case "week" -> dateValue(a.week(offset));
            case "weekend" -> dateValue(a.week(offset) + "-WE");
            case "month" -> dateValue(a.month(offset));
            case "quarter" -> dateValue(a.quarter(offset));
            case "decade" -> dir.contains("past") || dir.equals("the previous")
                    ? Optional.of(new Timex(TimeType.DURATION, "P10Y")) : dateValue(a.decade(offset));
            case "century" -> dir.contains("past") ? Optional.of(new Timex(TimeType.DURATION, "P100Y"))
                    : dateValue(a.isKnown() ? a.year(0).substring(0, 2) : "XX");
            default -> dateValue(a.year(offset));
        };
    }

    private static Optional<Timex> namedQuarter(Matcher m, Context c) {
        int q = Lexicon.quarter(m.group("q"));
        String year = m.group("y") != null ? m.group("y") : m.group("y2");
        if (year != null) {
            return dateValue(year + "-Q" + q);
        }
        if (m.group("rel") != null) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int offset = rel.startsWith("last") ? -1 : rel.startsWith("next") ? 1 : 0;
            return dateValue(c.anchor().year(offset) + "-Q" + q);
        }
        return dateValue(c.anchor().namedQuarter(q, c.tense()));
    }

    private static Optional<Timex> reportedQuarter(Matcher m, Context c) {
        String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
        boolean determiner = m.group().toLowerCase(Locale.ROOT).startsWith("the");
        if (!determiner) {
            return Optional.empty();
        }
        return switch (which) {
            case "current" -> dateValue(c.anchor().quarter(0));
            case "year-earlier", "year-ago" -> dateValue(c.anchor().quarter(-5));
            case "" , "latest", "last", "past", "previous", "most recent", "recent", "same", "comparable", "fiscal" ->
                    c.tense() == Tense.FUTURE && which.isEmpty() ? dateValue(c.anchor().quarter(0))
                            : dateValue(c.anchor().quarter(-1));
            default -> Optional.empty();
        };
    }

    private static Optional<Timex> ago(Matcher m, Context c) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        if (dir.equals("since")) {
            return Optional.empty();
        }
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
        Optional<String> count = Lexicon.count(m.group("n"));
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (count.isEmpty() || count.get().contains(".")) {
            return dateValue(back ? "PAST_REF" : "FUTURE_REF");
        }
        int n = Integer.parseInt(count.get()) * (back ? -1 : 1);
        Anchor a = c.anchor();
        if (unit.startsWith("year") && n == -1 && c.nearby("quarter", 1000, 100)) {
            return yearAgo(c);
        }
        return switch (unit.replaceAll("s$", "")) {
            case "second", "minute", "hour" -> dateValue(a.day(0));
            case "day" -> dateValue(a.day(n));
            case "week", "weekend" -> dateValue(a.week(n));
            case "month" -> dateValue(a.month(n));
            case "quarter" -> dateValue(a.quarter(n));
            case "decade" -> dateValue(a.year(10 * n));
            case "century", "centurie" -> dateValue(a.year(100 * n));
            default -> dateValue(a.year(n));
        };
    }

    private static Optional<Timex> spelledYear(Matcher m, Context c) {
        boolean nineteen = m.group("century").toLowerCase(Locale.ROOT).startsWith("nineteen");
        Optional<String> rest = m.group("rest") == null ? Optional.of("0") : Lexicon.count(m.group("rest"));
        if (rest.isEmpty() || (nineteen && m.group("rest") == null)
                || (!nineteen && m.group("rest") == null && !m.group().toLowerCase(Locale.ROOT).startsWith("the"))) {
            return Optional.empty();
        }
        int year = (nineteen ? 1900 : 2000) + Integer.parseInt(rest.get());
        return year >= 2100 ? Optional.empty() : dateValue(Integer.toString(year));
    }

    /**
     * "a year ago" in an earnings report means the same quarter a year before: the quarter last named before the
     * match, or else the one before the anchor's.
     */
    private static Optional<Timex> yearAgo(Context c) {
        if (c.nearby("quarter", 1000, 100)) {
            Matcher named = NAMED_QUARTER.matcher(c.text()).region(Math.max(0, c.start() - 1000), c.start());
            int quarter = 0;
            while (named.find()) {
                quarter = Lexicon.quarter(named.group(1));
            }
            return dateValue(quarter == 0 ? c.anchor().quarter(-5) : c.anchor().quarterYearBefore(quarter));
        }
        return dateValue(c.anchor().year(-1));
    }

    private static Optional<Timex> set(Matcher m, Context c) {
        if (m.group("weekday") != null) {
            return setValue("XXXX-WXX-" + Lexicon.weekday(m.group("weekday")).getValue());
        }
        if (m.group("month") != null) {
            return setValue("XXXX-" + Anchor.two(Lexicon.month(m.group("month"))));
        }
        if (m.group("part") != null) {
            return setValue("XXXX-XX-XXT" + Lexicon.partOfDay(m.group("part")));
        }
        boolean other = m.group().toLowerCase(Locale.ROOT).contains("other");
        return setValue(Lexicon.duration(Optional.of(other ? "2" : "1"), m.group("unit")));
    }
}
