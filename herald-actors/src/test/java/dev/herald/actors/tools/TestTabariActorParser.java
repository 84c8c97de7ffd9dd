package dev.herald.actors.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.actors.ActorCode;
import dev.herald.actors.DatedCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestTabariActorParser {
    @Test
    void readsRecordsWithSynonymsAndDatedCodes() {
        TabariActorParser parser = TabariActorParser.parse(List.of(
                "# comment",
                "AFGHANISTAN_  [AFG]",
                "+AFGHAN_ ",
                "+KABUL_ # capital",
                "",
                "HAMID_KARZAI_  # CountryInfo.txt",
                "+PRESIDENT_KARZAI",
                "\t[AFGELI 570101-011222]",
                "\t[AFGGOV >011222]",
                "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt"), "test");
        assertEquals(List.of(), parser.problems());
        List<TabariActorParser.Record> records = parser.records();
        assertEquals(3, records.size());
        assertEquals(List.of("AFGHANISTAN_", "AFGHAN_", "KABUL_"), records.get(0).phrases());
        assertEquals(List.of(DatedCode.undated(new ActorCode("AFG"))), records.get(0).codes());
        assertEquals(List.of(
                new DatedCode(new ActorCode("AFGELI"), Optional.of(LocalDate.of(1957, 1, 1)), Optional.of(LocalDate.of(2001, 12, 22))),
                new DatedCode(new ActorCode("AFGGOV"), Optional.of(LocalDate.of(2001, 12, 22)), Optional.empty())),
                records.get(1).codes());
        assertEquals(2, records.get(2).codes().size());
    }

    @Test
    void aPrimaryPhraseWithoutCodesSharesTheNextRecord() {
        TabariActorParser parser = TabariActorParser.parse(List.of(
                "LEONID_BREZHNEV_", "SECRETARY_BREZHNEV", "\t[RUSGOV 641014-821110]"), "test");
        assertEquals(List.of("LEONID_BREZHNEV_", "SECRETARY_BREZHNEV"), parser.records().get(0).phrases());
    }

    @Test
    void readsNoActorMarkers() {
        TabariActorParser.Record record = TabariActorParser.parse(List.of("INDIAN_OCEAN  [---]"), "test").records().get(0);
        assertTrue(record.noActor());
        assertEquals(List.of(), record.codes());
    }

    @Test
    void reportsUnreadableCodesAndLeavesThemOut() {
        TabariActorParser parser = TabariActorParser.parse(List.of(
                "X_ [NGOEEURENV]", "\t[EGYGOV 20121207-20120802]", "\t[FRA]", "Y_"), "f");
        assertEquals(List.of(DatedCode.undated(new ActorCode("FRA"))), parser.records().get(0).codes());
        assertEquals(3, parser.problems().size(), parser.problems().toString());
        assertTrue(parser.problems().get(0).startsWith("f:1: "), parser.problems().get(0));
        assertTrue(parser.problems().get(2).startsWith("f:4: no code"), parser.problems().get(2));
    }

    @Test
    void readsDatesAsPetrarchDoes() {
        assertEquals(LocalDate.of(2030, 1, 1), TabariActorParser.date("300101"));
        assertEquals(LocalDate.of(1931, 1, 1), TabariActorParser.date("310101"));
        assertEquals(LocalDate.of(1927, 1, 1), TabariActorParser.date("19270101"));
        assertEquals(LocalDate.of(2010, 5, 1), TabariActorParser.date("201005011"));
        assertThrows(IllegalArgumentException.class, () -> TabariActorParser.date("0101"));
        assertThrows(java.time.DateTimeException.class, () -> TabariActorParser.date("100231"));
    }

    @Test
    void keysDropParenthesesAndUndecodableText() {
        assertEquals(Optional.of("aden abyan islamic army"), Tabari.phraseKey("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_"));
        assertEquals(Optional.of("us state department"), Tabari.phraseKey("U.S._STATE_DEPARTMENT"));
        assertEquals(Optional.empty(), Tabari.phraseKey("COTE_D\uFFFDIVOIRE_"));
    }
}
