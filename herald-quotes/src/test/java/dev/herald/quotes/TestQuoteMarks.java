package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestQuoteMarks {

    private static List<String> inners(String text) {
        return QuoteMarks.scan(text).stream().map(q -> q.inner().coveredText(text)).toList();
    }

    @Test
    void findsCurlyQuotes() {
        assertEquals(List.of("We will do what is necessary,"), inners("“We will do what is necessary,” Netanyahu said."));
    }

    @Test
    void findsStraightQuotes() {
        assertEquals(List.of("It is over,", "and we lost."), inners("\"It is over,\" he said, \"and we lost.\""));
    }

    @Test
    void findsTwoApostrophesAsDoubleMarks() {
        String text = "''It is over,'' he said. ''We lost.''\n\nIt's Mr. Obama's call.";
        assertEquals(List.of("It is over,", "We lost."), inners(text));
        assertEquals("''It is over,''", QuoteMarks.scan(text).get(0).span().coveredText(text));
    }

    @Test
    void readsTheLastCharacterOfTheQuotedWords() {
        String text = "“We won, ” he said. “ ” “Go!”";
        assertEquals(List.of(',', (char) 0, '!'), QuoteMarks.scan(text).stream().map(q -> q.lastChar(text)).toList());
    }

    @Test
    void findsGuillemets() {
        assertEquals(List.of("Non"), inners("Il a dit «Non» hier."));
    }

    @Test
    void spanIncludesTheMarks() {
        String text = "He said “no” twice.";
        Quotation quote = QuoteMarks.scan(text).get(0);
        assertEquals("“no”", quote.span().coveredText(text));
        assertTrue(quote.closed());
        assertTrue(quote.embedded());
    }

    @Test
    void findsSingleQuotesInHeadlines() {
        assertEquals(List.of("in Their Heads."),
                inners("Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health; It’s ‘in Their Heads.’"));
    }

    @Test
    void takesTitleCaseQuotesInHeadlinesAsSpeech() {
        List<Quotation> quotes = QuoteMarks.scan("Minister Says 'We Will Not Retreat' as Talks Stall\nHe watched"
                + " “Top Gun” twice.");
        assertEquals(List.of(QuotationKind.SPEECH, QuotationKind.TERM), quotes.stream().map(Quotation::kind).toList());
    }

    @Test
    void ignoresApostrophes() {
        assertEquals(List.of(), inners("Don’t blame Hezbollah’s allies for the ’90s or the '80s, O'Brien said."));
        assertEquals(List.of(), inners("The Joneses’ house and James’ car."));
    }

    @Test
    void singleQuotesInsideDoubleQuotesStayInside() {
        String text = "“He told me ‘never again’ and left,” she said.";
        assertEquals(List.of("He told me ‘never again’ and left,"), inners(text));
    }

    @Test
    void joinsMultiParagraphQuotes() {
        String text = "Intro.\n\n“First paragraph of the speech.\n\n“Second paragraph,” he said.\n\nAfter.";
        List<Quotation> quotes = QuoteMarks.scan(text);
        assertEquals(1, quotes.size());
        Quotation quote = quotes.get(0);
        assertTrue(quote.closed());
        assertEquals(2, quote.paragraphs());
        assertEquals("First paragraph of the speech.\n\n“Second paragraph,", quote.inner().coveredText(text));
    }

    @Test
    void boundsAStrayMarkByItsParagraph() {
        String text = "He said “this never closes.\nNext paragraph “quoted” here.";
        List<Quotation> quotes = QuoteMarks.scan(text);
        assertEquals(2, quotes.size());
        assertEquals("this never closes.", quotes.get(0).inner().coveredText(text));
        assertFalse(quotes.get(0).closed());
        assertEquals("quoted", quotes.get(1).inner().coveredText(text));
        assertTrue(quotes.get(1).closed());
    }

    @Test
    void strayClosingMarkIsIgnored() {
        assertEquals(List.of("yes"), inners("It was done.” Then he said “yes” loudly."));
    }

    @Test
    void unclosedSingleQuoteIsDropped() {
        assertEquals(List.of(), inners("The ‘thing never ends.\nAnd more text."));
    }

    @Test
    void classifiesScareQuotesAndNicknames() {
        assertEquals(QuotationKind.TERM, kindOf("They attacked the so-called “woke” agenda."));
        assertEquals(QuotationKind.TERM, kindOf("They attacked the “woke” agenda."));
        assertEquals(QuotationKind.TERM, kindOf("His friend “Shorty” came along."));
        assertEquals(QuotationKind.TERM, kindOf("He hosted “Saturday Night Live” twice."));
        assertEquals(QuotationKind.TERM, kindOf("She called him “Crooked Hillary” often."));
    }

    @Test
    void classifiesSpeech() {
        assertEquals(QuotationKind.SPEECH, kindOf("Officials said the two forces were on the “brink.”"));
        assertEquals(QuotationKind.SPEECH, kindOf("A spokesman blamed “Hezbollah’s aggression” for it."));
        assertEquals(QuotationKind.SPEECH, kindOf("“Yes,” he said."));
        assertEquals(QuotationKind.SPEECH, kindOf("He said Israel is “committed to the diplomatic process,” too."));
    }

    @Test
    void marksEmbeddedQuotes() {
        assertFalse(QuoteMarks.scan("“Yes,” he said.").get(0).embedded());
        assertFalse(QuoteMarks.scan("He said: “Yes.”").get(0).embedded());
        assertFalse(QuoteMarks.scan("He said, “Yes.”").get(0).embedded());
        assertTrue(QuoteMarks.scan("He said it was “fine.”").get(0).embedded());
    }

    @Test
    void survivesRandomText() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String text = RandomText.generate(random, 1 + random.nextInt(300));
            List<Quotation> quotes = QuoteMarks.scan(text);
            assertEquals(quotes, QuoteMarks.scan(text));
            int previous = -1;
            for (Quotation quote : quotes) {
                assertTrue(quote.span().end() <= text.length());
                assertTrue(quote.span().start() >= previous);
                previous = quote.span().start();
            }
        }
    }

    private static QuotationKind kindOf(String text) {
        return QuoteMarks.scan(text).get(0).kind();
    }
}
