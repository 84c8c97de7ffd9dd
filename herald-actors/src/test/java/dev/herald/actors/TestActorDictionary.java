package dev.herald.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestActorDictionary {
    private static final ActorDictionary ACTORS = ActorDictionary.standard();

    @Test
    void codesInstitutionsAndGroups() {
        assertCode("USAMIL", "Pentagon");
        assertCode("ISRMIL", "IDF");
        assertCode("ISRMIL", "Israel Defense Forces");
        assertCode("LBNREB", "Hezbollah");
        assertCode("LBNREB", "HIZBOLLAH");
        assertCode("USAMIL", "Joint Chiefs of Staff");
        assertCode("USAGOV", "State Department");
        assertCode("IGOUNO", "United Nations");
    }

    @Test
    void codesTheUnitedStatesHoweverWritten() {
        assertCode("USA", "U.S.");
        assertCode("USA", "US");
        assertCode("USA", "United States");
        assertCode("USA", "united states");
        assertCode("USA", "U.S");
    }

    @Test
    void doesNotCodeThePronounUs() {
        assertEquals(Optional.empty(), ACTORS.lookup("us"));
        assertEquals(Optional.empty(), ACTORS.longestMatch(List.of("they", "told", "us"), 2));
    }

    @Test
    void foldsAccents() {
        assertEquals(ACTORS.lookup("Erdogan"), ACTORS.lookup("Erdoğan"));
        assertEquals(Optional.of("TUR"), ACTORS.lookup("Erdoğan").flatMap(ActorCode::country));
    }

    @Test
    void picksTheCodeThatHoldsOnTheDate() {
        assertEquals(code("ISRGOV"), ACTORS.lookup("Netanyahu", LocalDate.of(1997, 1, 1)));
        assertEquals(code("ISRELI"), ACTORS.lookup("Netanyahu", LocalDate.of(2005, 1, 1)));
        assertEquals(code("ISRGOV"), ACTORS.lookup("Benjamin Netanyahu", LocalDate.of(2015, 6, 1)));
        assertEquals(code("IRQOCC"), ACTORS.lookup("Baghdad", LocalDate.of(2004, 1, 1)));
        assertEquals(code("IRQ"), ACTORS.lookup("Baghdad", LocalDate.of(2010, 1, 1)));
        assertEquals(ActorKind.PERSON, ACTORS.entry("Netanyahu").orElseThrow().kind());
    }

    @Test
    void withoutADateUsesTheLatestCode() {
        assertEquals(code("ISRGOV"), ACTORS.lookup("Netanyahu"));
        assertEquals(code("IRQ"), ACTORS.lookup("Iraq"));
    }

    @Test
    void prefersTheLongestPhrase() {
        List<String> words = List.of("the", "Israel", "Defense", "Forces", "said");
        ActorMatch match = ACTORS.longestMatch(words, 1).orElseThrow();
        assertEquals(new TokenSpan(1, 4), match.span());
        assertEquals(new ActorCode("ISRMIL"), match.code());
        assertEquals(Optional.empty(), ACTORS.longestMatch(words, 0));
    }

    @Test
    void joinsACountryToItsOwnInstitution() {
        List<String> words = List.of("U.S.", "Joint", "Chiefs", "of", "Staff", "said");
        ActorMatch match = ACTORS.longestMatch(words, 0).orElseThrow();
        assertEquals(new TokenSpan(0, 5), match.span());
        assertEquals(new ActorCode("USAMIL"), match.code());
        assertEquals("us joint chiefs of staff", match.phrase());
        assertEquals(new TokenSpan(1, 5), ACTORS.longestMatch(words, 1).orElseThrow().span());
    }

    @Test
    void doesNotJoinACountryToAnotherCountrysGroup() {
        ActorMatch match = ACTORS.longestMatch(List.of("Iranian", "Hezbollah"), 0).orElseThrow();
        assertEquals(new TokenSpan(0, 1), match.span());
        assertEquals(new ActorCode("IRN"), match.code());
        assertEquals(ActorKind.COUNTRY, match.kind());
    }

    @Test
    void phrasesMarkedAsNoActorMatchNothing() {
        assertEquals(code("IND"), ACTORS.lookup("Indian"));
        assertEquals(Optional.empty(), ACTORS.lookup("Indian Ocean"));
        assertEquals(Optional.empty(), ACTORS.longestMatch(List.of("Indian", "Ocean"), 0));
    }

    @Test
    void unknownPhrasesAreEmpty() {
        assertEquals(Optional.empty(), ACTORS.lookup("Ministry of Silly Walks"));
        assertEquals(Optional.empty(), ACTORS.lookup(""));
        assertEquals(Optional.empty(), ACTORS.longestMatch(List.of("quietly", "Pentagon"), 0));
        assertEquals(Optional.empty(), ACTORS.longestMatch(List.of("Pentagon"), 1));
        assertEquals(Optional.empty(), ACTORS.lookup("Joint Chiefs"));
    }

    @Test
    void rejectsAStartOutsideTheWords() {
        assertThrows(IllegalArgumentException.class, () -> ACTORS.longestMatch(List.of("Pentagon"), 2));
    }

    @Test
    void standardIsLoadedOnce() {
        assertSame(ACTORS, ActorDictionary.standard());
        assertTrue(ACTORS.size() > 30_000, "size " + ACTORS.size());
    }

    @Test
    void readsTheTsvFormatWithInclusiveDateBounds() throws IOException {
        ActorDictionary dictionary = ActorDictionary.fromTsv(new StringReader(ActorDictionary.HEADER + "\n"
                + "jane doe\tFRAGOV\t2001-01-01\t2001-12-31\tPERSON\n"
                + "jane doe\tFRAELI\t\t\tPERSON\n"
                + "nowhere\t---\t\t\tGROUP\n"));
        assertEquals(code("FRAGOV"), dictionary.lookup("Jane Doe", LocalDate.of(2001, 1, 1)));
        assertEquals(code("FRAGOV"), dictionary.lookup("Jane Doe", LocalDate.of(2001, 12, 31)));
        assertEquals(code("FRAELI"), dictionary.lookup("Jane Doe", LocalDate.of(2002, 1, 1)));
        assertEquals(code("FRAELI"), dictionary.lookup("Jane Doe"));
        assertEquals(Optional.empty(), dictionary.lookup("nowhere"));
        assertEquals(List.of(), dictionary.entry("nowhere").orElseThrow().codes());
    }

    @Test
    void rejectsBadTsv() {
        HeraldException header = assertThrows(HeraldException.class, () -> ActorDictionary.fromTsv(new StringReader("phrase\tcode\n")));
        assertEquals(ErrorCode.BAD_INPUT, header.errorCode());
        HeraldException row = assertThrows(HeraldException.class, () -> ActorDictionary.fromTsv(
                new StringReader(ActorDictionary.HEADER + "\nx\tUSAMIL\t\t\tPLANET\n")));
        assertEquals(ErrorCode.BAD_INPUT, row.errorCode());
        assertTrue(row.getMessage().contains("line 2"), row.getMessage());
    }

    private static void assertCode(String expected, String phrase) {
        assertEquals(code(expected), ACTORS.lookup(phrase), phrase);
    }

    private static Optional<ActorCode> code(String code) {
        return Optional.of(new ActorCode(code));
    }
}
