package dev.herald.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Public holidays that news names instead of dates, with their day in a given year (U.S. rules). */
enum Holiday {
    NEW_YEARS_DAY(1, 1), NEW_YEARS_EVE(12, 31), VALENTINES_DAY(2, 14), INDEPENDENCE_DAY(7, 4), HALLOWEEN(10, 31),
    VETERANS_DAY(11, 11), CHRISTMAS_EVE(12, 24), CHRISTMAS(12, 25), MEMORIAL_DAY(5, 0), LABOR_DAY(9, 0),
    ELECTION_DAY(11, 0), THANKSGIVING(11, 0);

    private final int month;
    private final int dayOfMonth;

    Holiday(int month, int dayOfMonth) {
        this.month = month;
        this.dayOfMonth = dayOfMonth;
    }

    static Holiday of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("thanksgiving")) {
            return THANKSGIVING;
        }
        if (n.startsWith("christmas")) {
            return n.endsWith("eve") ? CHRISTMAS_EVE : CHRISTMAS;
        }
        if (n.startsWith("new year")) {
            return n.endsWith("eve") ? NEW_YEARS_EVE : NEW_YEARS_DAY;
        }
        if (n.startsWith("independence") || n.contains("fourth of july")) {
            return INDEPENDENCE_DAY;
        }
        return switch (n.substring(0, 3)) {
            case "lab" -> LABOR_DAY;
            case "mem" -> MEMORIAL_DAY;
            case "ele" -> ELECTION_DAY;
            case "vet" -> VETERANS_DAY;
            case "hal" -> HALLOWEEN;
            default -> VALENTINES_DAY;
        };
    }

    LocalDate in(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return switch (this) {
            case MEMORIAL_DAY -> first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case LABOR_DAY -> first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case ELECTION_DAY -> first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case THANKSGIVING -> first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            default -> LocalDate.of(year, month, dayOfMonth);
        };
    }

    /** The TIMEX3 value without a year: the day when it is fixed, the month otherwise. */
    String unanchored() {
        return dayOfMonth > 0 ? String.format("XXXX-%02d-%02d", month, dayOfMonth) : String.format("XXXX-%02d", month);
    }
}
