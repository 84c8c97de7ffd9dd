package dev.herald.time;

import static dev.herald.spi.Checks.requireNonNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves relative expressions against the document's creation day. Without a day, the calendar fields that
 * depend on it are left as TIMEX3 unknowns ({@code XXXX-04}, {@code XXXX-WXX}, {@code XXXX-XX-XX}) while the
 * fields the text itself gives are kept.
 */
final class Anchor {
    private final Optional<LocalDate> day;

    Anchor(Optional<LocalDate> day) {
        this.day = requireNonNull(day, "day");
    }

    boolean isKnown() {
        return day.isPresent();
    }

    String day(int offset) {
        return day.map(d -> d.plusDays(offset).toString()).orElse("XXXX-XX-XX");
    }

    String week(int offset) {
        return day.map(d -> weekOf(d.plusWeeks(offset))).orElse("XXXX-WXX");
    }

    String month(int offset) {
        return day.map(d -> yearMonth(d.plusMonths(offset).getYear(), d.plusMonths(offset).getMonthValue()))
                .orElse("XXXX-XX");
    }

    String year(int offset) {
        return day.map(d -> yyyy(d.getYear() + offset)).orElse("XXXX");
    }

    String decade(int offset) {
        return day.map(d -> String.format("%03d", Math.floorDiv(d.getYear(), 10) + offset)).orElse("XXX");
    }

    String quarter(int offset) {
        return day.map(d -> {
            int index = d.getYear() * 4 + quarterOf(d) - 1 + offset;
            return yyyy(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
        }).orElse("XXXX-QX");
    }

    /** The quarter {@code q} of the anchor's year, or of last year when a later quarter is reported in the past. */
    String namedQuarter(int q, Tense tense) {
        return day.map(d -> {
            int current = quarterOf(d);
            int y = d.getYear();
            if (tense == Tense.PAST && q > current) {
                y--;
            }
            return yyyy(y) + "-Q" + q;
        }).orElse("XXXX-Q" + q);
    }

    /**
     * The month {@code m} nearest the anchor, a candidate on the side the tense points away from counting as
     * seven months further off: "April" in a June article is this April, "December" read in a February
     * article is last December unless the sentence is in the future tense.
     */
    String namedMonth(int m, Tense tense) {
        return day.map(d -> {
            int now = d.getYear() * 12 + d.getMonthValue() - 1;
            int past = now - Math.floorMod(now - (m - 1), 12);
            int future = past == now ? now : past + 12;
            int index = nearer(now - past, future - now, tense, 7) ? past : future;
            return yearMonth(Math.floorDiv(index, 12), m);
        }).orElse("XXXX-" + two(m));
    }

    /** Quarter {@code q} a year before the one {@link #namedQuarter} gives for a past report. */
    String quarterYearBefore(int q) {
        return day.map(d -> yyyy(d.getYear() - (q > quarterOf(d) ? 2 : 1)) + "-Q" + q).orElse("XXXX-Q" + q);
    }

    /** The most recent month {@code m} before the anchor's month ("last April"), or the next one ("next April"). */
    String shiftedMonth(int m, int direction) {
        return day.map(d -> {
            int y = d.getYear();
            if (direction < 0 && m >= d.getMonthValue()) {
                y--;
            } else if (direction > 0 && m <= d.getMonthValue()) {
                y++;
            }
            return yearMonth(y, m);
        }).orElse("XXXX-" + two(m));
    }

    /** A day of the year nearest the anchor, with the tense weighing as in {@link #namedMonth}: 90 days. */
    String namedDay(int m, int dayOfMonth, Tense tense) {
        return day.map(d -> {
            Optional<LocalDate> past = dayOf(d.getYear(), m, dayOfMonth).filter(x -> !x.isAfter(d))
                    .or(() -> dayOf(d.getYear() - 1, m, dayOfMonth));
            Optional<LocalDate> future = dayOf(d.getYear(), m, dayOfMonth).filter(x -> !x.isBefore(d))
                    .or(() -> dayOf(d.getYear() + 1, m, dayOfMonth));
            if (past.isEmpty() || future.isEmpty()) {
                return yearMonth(d.getYear(), m) + "-" + two(dayOfMonth);
            }
            boolean usePast = nearer(d.toEpochDay() - past.get().toEpochDay(),
                    future.get().toEpochDay() - d.toEpochDay(), tense, 90);
            return (usePast ? past : future).get().toString();
        }).orElse("XXXX-" + two(m) + "-" + two(dayOfMonth));
    }

    /** The occurrence of {@code holiday} nearest the anchor, weighed by tense as a named day is. */
    String holiday(Holiday holiday, Tense tense) {
        return day.map(d -> {
            LocalDate thisYear = holiday.in(d.getYear());
            LocalDate past = thisYear.isAfter(d) ? holiday.in(d.getYear() - 1) : thisYear;
            LocalDate future = thisYear.isBefore(d) ? holiday.in(d.getYear() + 1) : thisYear;
            boolean usePast = nearer(d.toEpochDay() - past.toEpochDay(), future.toEpochDay() - d.toEpochDay(),
                    tense, 90);
            return (usePast ? past : future).toString();
        }).orElseGet(() -> holiday.unanchored());
    }

    /** The most recent day {@code m}/{@code dayOfMonth} before the anchor ("last Oct. 23"). */
    String lastDay(int m, int dayOfMonth) {
        return namedDay(m, dayOfMonth, Tense.PAST);
    }

    /**
     * The weekday nearest the anchor in the direction of the tense: the most recent one (the anchor day
     * included) for the past, the next one (the anchor day included) for the future, the nearer of the two
     * otherwise, ties going to the past.
     */
    String weekday(DayOfWeek weekday, Tense tense) {
        return day.map(d -> {
            LocalDate before = d.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate after = d.with(TemporalAdjusters.nextOrSame(weekday));
            return switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                case UNKNOWN -> d.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - d.toEpochDay() + 3
                        ? before : after;
            };
        }).map(LocalDate::toString).orElse("XXXX-WXX-" + weekday.getValue());
    }

    /** "last Friday" (strictly before the anchor), "next Friday" (strictly after). */
    String shiftedWeekday(DayOfWeek weekday, int direction) {
        return day.map(d -> direction < 0 ? d.with(TemporalAdjusters.previous(weekday))
                : d.with(TemporalAdjusters.next(weekday)))
                .map(LocalDate::toString).orElse("XXXX-WXX-" + weekday.getValue());
    }

    /** A season of the current year ("this summer"), or the last or next one ({@code direction} -1 or 1). */
    String season(String code, int direction) {
        return day.map(d -> {
            int now = seasonIndex(d.getMonthValue());
            int target = seasonIndex(code);
            int y = d.getYear();
            if (direction < 0) {
                y = target < now ? y : y - 1;
            } else if (direction > 0) {
                y = target > now ? y : y + 1;
            }
            return yyyy(y) + "-" + code;
        }).orElse("XXXX-" + code);
    }

    /** Whether the past candidate wins: distances compared after adding {@code bias} to the one the tense disfavours. */
    private static boolean nearer(long toPast, long toFuture, Tense tense, long bias) {
        long past = toPast + (tense == Tense.FUTURE ? bias : 0);
        long future = toFuture + (tense == Tense.PAST ? bias : 0);
        return past <= future;
    }

    private static Optional<LocalDate> dayOf(int y, int m, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(y, m, dayOfMonth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int seasonIndex(int month) {
        return month <= 2 || month == 12 ? 0 : month <= 5 ? 1 : month <= 8 ? 2 : 3;
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "WI" -> 0;
            case "SP" -> 1;
            case "SU" -> 2;
            default -> 3;
        };
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static String weekOf(LocalDate d) {
        return yyyy(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String yyyy(int y) {
        return String.format("%04d", y);
    }

    static String yearMonth(int y, int m) {
        return yyyy(y) + "-" + two(m);
    }

    static String two(int n) {
        return String.format("%02d", n);
    }
}
