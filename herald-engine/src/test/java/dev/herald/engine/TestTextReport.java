package dev.herald.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.output.TextReport;
import dev.herald.entities.CountryLexicon;
import dev.herald.spi.Article;
import dev.herald.testing.SharedData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report a person scans: roles and countries beside names, times with their values, quotes with speakers. */
class TestTextReport {
    private static String report;

    @BeforeAll
    static void analyze() {
        Article article = Article.of("gallant-pentagon", SharedData.read("articles/gallant-pentagon.txt"))
                .withPublished(LocalDate.of(2024, 6, 26));
        report = TextReport.write(StandardPipeline.create().analyze(article), CountryLexicon.standard()::demonym);
    }

    @Test
    void showsPeopleWithRoleAndCountry() {
        assertContains("Yoav Gallant (Defense Minister, ISR)");
        assertContains("Benjamin Netanyahu (Prime Minister, ISR)");
        assertContains("Barak Ravid (reporter, of Axios)");
    }

    @Test
    void showsTimesWithTheirValues() {
        assertContains("Tuesday → 2024-06-25 (date)");
        assertContains("mid-July → 2024-07 (date)");
    }

    @Test
    void showsQuotesWithSpeakerTypeCueAndMedium() {
        assertContains("Yoav Gallant (Israeli Defense Minister) said: “The President, the Administration, and you,"
                + " Mr. Secretary, have been with us since day one,” … “This includes");
        assertContains("U.S. official said: the U.S. is unlikely to help Israel in an all-out conflict against"
                + " Hezbollah [indirect, cue: warned, anonymous]");
        assertContains("[direct, cue: said, via press release]");
        assertContains("Provenance: wire credit, Associated Press");
    }

    private static void assertContains(String expected) {
        assertTrue(report.contains(expected), "report lacks: " + expected + "\n" + report);
    }
}
