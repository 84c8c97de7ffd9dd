package dev.herald.actors.tools;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.actors.ActorCode;
import dev.herald.actors.DatedCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH {@code .actors} file. A record is a primary phrase line, optional
 * {@code +synonym} lines, and codes in square brackets on the primary line or on following lines:
 * {@code [CODE]} (the default), {@code [CODE <YYMMDD]}, {@code [CODE >YYMMDD]} or
 * {@code [CODE YYMMDD-YYMMDD]}, with six- or eight-digit dates (two-digit years up to 30 are 20YY)
 * and {@code [---]} for "no actor". Words are joined by underscores or spaces; {@code #} starts a comment.
 * As in PETRARCH, a primary phrase with no code of its own shares the codes of the record after it.
 * Codes that cannot be read are left out and reported as problems.
 */
final class TabariActorParser {
    /** One record: the raw phrases, the codes in source order, and whether the source said "no actor". */
    record Record(List<String> phrases, List<DatedCode> codes, boolean noActor, String where) {
        Record {
            phrases = List.copyOf(phrases);
            codes = List.copyOf(codes);
            requireNonNull(where, "where");
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

    private final List<Record> records = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private List<String> phrases;
    private List<DatedCode> codes;
    private boolean noActor;
    private String where;

    private TabariActorParser() {}

    /** Parses the lines of one file; {@code source} names it in problem reports. */
    static TabariActorParser parse(List<String> lines, String source) {
        TabariActorParser parser = new TabariActorParser();
        for (int i = 0; i < lines.size(); i++) {
            String text = Tabari.stripComment(lines.get(i)).strip();
            if (text.equals("---STOP---")) {
                break;
            }
            if (!text.isEmpty()) {
                parser.line(text, source + ":" + (i + 1));
            }
        }
        parser.finish();
        return parser;
    }

    List<Record> records() {
        return List.copyOf(records);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void line(String text, String at) {
        int bracket = text.indexOf('[');
        String names = (bracket < 0 ? text : text.substring(0, bracket)).strip();
        if (!text.startsWith("[") && !text.startsWith("+")) {
            if (phrases == null || !codes.isEmpty() || noActor) {
                finish();
                phrases = new ArrayList<>();
                codes = new ArrayList<>();
                noActor = false;
                where = at;
            }
        } else if (phrases == null) {
            problems.add(at + ": synonym or code before any primary phrase");
            return;
        }
        for (String name : names.split("\\+")) {
            if (!name.isBlank()) {
                phrases.add(name.strip());
            }
        }
        if (bracket >= 0) {
            Matcher matcher = BRACKETS.matcher(text.substring(bracket));
            while (matcher.find()) {
                code(matcher.group(1).strip(), at);
            }
        }
    }

    private void code(String content, String at) {
        String[] parts = content.split("\\s+", 2);
        String code = parts[0];
        String restriction = parts.length > 1 ? parts[1].replace(" ", "") : "";
        if (code.equals("---") && restriction.isEmpty()) {
            noActor = true;
            return;
        }
        try {
            ActorCode actorCode = new ActorCode(code);
            if (restriction.isEmpty()) {
                codes.add(DatedCode.undated(actorCode));
            } else if (restriction.startsWith("<")) {
                codes.add(new DatedCode(actorCode, Optional.empty(), Optional.of(date(restriction.substring(1)))));
            } else if (restriction.startsWith(">")) {
                codes.add(new DatedCode(actorCode, Optional.of(date(restriction.substring(1))), Optional.empty()));
            } else if (restriction.indexOf('-') > 0) {
                int dash = restriction.indexOf('-');
                codes.add(new DatedCode(actorCode, Optional.of(date(restriction.substring(0, dash))),
                        Optional.of(date(restriction.substring(dash + 1)))));
            } else {
                codes.add(DatedCode.undated(actorCode));
                problems.add(at + ": code [" + content + "] has no <, > or -, read as the default as PETRARCH does");
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(at + ": code [" + content + "] left out: " + e.getMessage());
        }
    }

    private void finish() {
        if (phrases != null && (codes.isEmpty() && !noActor)) {
            problems.add(where + ": no code, record left out");
        } else if (phrases != null) {
            records.add(new Record(phrases, codes, noActor, where));
        }
        phrases = null;
    }

    /**
     * A date as PETRARCH reads it: more than seven leading digits are YYYYMMDD (extra digits ignored),
     * six or seven are YYMMDD (a seventh ignored) with years up to 30 read as 20YY.
     */
    static LocalDate date(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits < 6 || digits != text.length()) {
            throw new IllegalArgumentException("date must be YYMMDD or YYYYMMDD: " + text);
        }
        if (digits > 7) {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        }
        int yy = Integer.parseInt(text.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(text.substring(2, 4)),
                Integer.parseInt(text.substring(4, 6)));
    }
}
