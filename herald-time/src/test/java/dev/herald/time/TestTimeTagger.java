package dev.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.TimeExpression;
import dev.herald.spi.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestTimeTagger {
    /** A Wednesday. */
    private static final LocalDate ANCHOR = LocalDate.of(2024, 6, 26);
    private final TimeTagger tagger = TimeTagger.standard();

    @Test
    void resolvesWeekdayByTense() {
        assertOnly("The minister said on Monday that talks failed.", "Monday", TimeType.DATE, "2024-06-24");
        assertOnly("The two sides will meet on Monday.", "Monday", TimeType.DATE, "2024-07-01");
        assertOnly("Talks collapsed last Friday.", "last Friday", TimeType.DATE, "2024-06-21");
        assertOnly("They meet again next Tuesday.", "next Tuesday", TimeType.DATE, "2024-07-02");
    }

    @Test
    void resolvesMonthByTense() {
        assertOnly("Prices rose in April.", "April", TimeType.DATE, "2024-04");
        assertOnly("The summit will be held in March.", "March", TimeType.DATE, "2025-03");
        assertOnly("Elections were held in November.", "November", TimeType.DATE, "2023-11");
        assertOnly("Talks resume in mid-July.", "mid-July", TimeType.DATE, "2024-07");
        assertOnly("The law took effect last October.", "last October", TimeType.DATE, "2023-10");
    }

    @Test
    void keepsMayAsAVerb() {
        assertEquals(List.of(), tagger.tag("The U.S. may not be able to help.", ANCHOR));
    }

    @Test
    void normalisesAbsoluteDates() {
        assertOnly("It happened on June 25, 2024.", "June 25, 2024", TimeType.DATE, "2024-06-25");
        assertOnly("Filed 2024-06-25 in court.", "2024-06-25", TimeType.DATE, "2024-06-25");
        assertOnly("Filed 5/6/2024 in court.", "5/6/2024", TimeType.DATE, "2024-05-06");
        assertOnly("Officials met Jan. 5 in Geneva.", "Jan. 5", TimeType.DATE, "2024-01-05");
        assertOnly("Growth slowed in early 2023.", "early 2023", TimeType.DATE, "2023");
        assertOnly("Inflation was high in the 1990s.", "the 1990s", TimeType.DATE, "199");
    }

    @Test
    void resolvesRelativeDays() {
        assertOnly("He resigned yesterday.", "yesterday", TimeType.DATE, "2024-06-25");
        assertOnly("He resigns tomorrow.", "tomorrow", TimeType.DATE, "2024-06-27");
        assertOnly("Markets fell this morning.", "this morning", TimeType.TIME, "2024-06-26TMO");
        assertOnly("Markets closed at 3 p.m.", "3 p.m.", TimeType.TIME, "2024-06-26T15:00");
        assertOnly("Costs rose last year.", "last year", TimeType.DATE, "2023");
        assertOnly("Costs rise next month.", "next month", TimeType.DATE, "2024-07");
        assertOnly("The plant closed a year ago.", "a year ago", TimeType.DATE, "2023");
        assertOnly("Sales should rise in the third quarter.", "the third quarter", TimeType.DATE, "2024-Q3");
        assertOnly("The ruling came recently.", "recently", TimeType.DATE, "PAST_REF");
        assertOnly("The army is currently deployed.", "currently", TimeType.DATE, "PRESENT_REF");
    }

    @Test
    void normalisesDurations() {
        assertOnly("Prices rose over the past three years.", "the past three years", TimeType.DURATION, "P3Y");
        assertOnly("The strike lasted three days.", "three days", TimeType.DURATION, "P3D");
        assertOnly("The flight took 16 hours.", "16 hours", TimeType.DURATION, "PT16H");
        assertOnly("It will take the next few weeks.", "the next few weeks", TimeType.DURATION, "PXW");
    }

    @Test
    void readsHalvesOfUnits() {
        assertOnly("The hearing lasted 5 1/2 hours.", "5 1/2 hours", TimeType.DURATION, "PT5H30M");
        assertOnly("He served 2 1/2 years.", "2 1/2 years", TimeType.DURATION, "P2Y6M");
    }

    @Test
    void readsDeadlinesAsAhead() {
        assertOnly("The offer was extended through January.", "January", TimeType.DATE, "2025-01");
        assertOnly("Searches continued since the May 3 attack.", "May 3", TimeType.DATE, "2024-05-03");
    }

    @Test
    void resolvesHolidaysAndReportingPeriods() {
        assertOnly("Shops closed on Thanksgiving.", "Thanksgiving", TimeType.DATE, "2023-11-23");
        assertOnly("Stores will reopen after Christmas.", "Christmas", TimeType.DATE, "2024-12-25");
        List<TimeExpression> times = tagger.tag(
                "Profit rose in the second quarter to $5 million from $4 million a year earlier.", ANCHOR);
        assertEquals(List.of("2024-Q2", "2023-Q2"), times.stream().map(TimeExpression::value).toList());
    }

    @Test
    void normalisesSets() {
        assertOnly("The council meets every Monday.", "every Monday", TimeType.SET, "XXXX-WXX-1");
        assertOnly("The index is published weekly.", "weekly", TimeType.SET, "P1W");
        assertOnly("Dividends are paid annually.", "annually", TimeType.SET, "P1Y");
        assertOnly("Patrols run every day.", "every day", TimeType.SET, "P1D");
    }

    @Test
    void leavesAnchoredFieldsUnknownWithoutAnchor() {
        List<TimeExpression> times = tagger.tag(
                "On Tuesday officials said April was calm, last week too; the 2001 attack lasted two hours.",
                Optional.empty());
        assertEquals(List.of("XXXX-WXX-2", "XXXX-04", "XXXX-WXX", "2001", "PT2H"),
                times.stream().map(TimeExpression::value).toList());
    }

    @Test
    void givesSortedNonOverlappingSpans() {
        String text = "On Monday, June 24, 2024, at 3 p.m. Monday and for the past three years, weekly.";
        List<TimeExpression> times = tagger.tag(text, ANCHOR);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1).span().end() <= times.get(i).span().start(), times.toString());
        }
        assertEquals("Monday, June 24, 2024", times.get(0).text());
    }

    @Test
    void keepsNoStateBetweenDocuments() {
        String text = "The ministers met Tuesday and will meet again in April; a year ago talks failed.";
        List<TimeExpression> alone = tagger.tag(text, ANCHOR);
        tagger.tag("Next Friday, every Monday, the 1990s, 3 p.m. yesterday, last week in May 2020.",
                LocalDate.of(1999, 1, 1));
        tagger.tag(text, Optional.empty());
        assertEquals(alone, tagger.tag(text, ANCHOR));
    }

    @Test
    void rejectsNullArguments() {
        assertThrows(NullPointerException.class, () -> tagger.tag(null, ANCHOR));
        assertThrows(NullPointerException.class, () -> tagger.tag("text", (LocalDate) null));
    }

    private void assertOnly(String text, String expression, TimeType type, String value) {
        List<TimeExpression> times = tagger.tag(text, ANCHOR);
        assertEquals(1, times.size(), () -> text + " gave " + times);
        TimeExpression time = times.get(0);
        assertEquals(expression, time.text(), text);
        assertEquals(type, time.type(), text);
        assertEquals(value, time.value(), text);
    }
}
