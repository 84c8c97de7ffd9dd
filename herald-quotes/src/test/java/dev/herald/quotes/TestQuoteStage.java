package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Dependency;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Quote;
import dev.herald.spi.QuoteType;
import dev.herald.spi.Sentence;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import dev.herald.testing.StageTestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stage on hand-parsed documents: each token is "text POS lemma head relation sentence", heads 0-based. */
class TestQuoteStage extends StageTestCase {
    private static final QuoteStage STAGE = QuoteStage.standard();
    /** The rules alone: no model gates their proposals or moves their bounds. */
    private static final QuoteStage RULES = new QuoteStage(CueLexicon.standard(), QuoteStage.DEFAULT_MIN_CUE_COUNT,
            AttributionModel.untrained(), BoundsModel.untrained(), 0);

    @Test
    void findsIndirectSpeech() {
        Document doc = parsed("Gallant said the talks failed.",
                "Gallant NNP Gallant 1 nsubj 0", "said VBD say -1 root 0", "the DT the 3 det 0",
                "talks NNS talk 4 nsubj 0", "failed VBD fail 1 ccomp 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals(QuoteType.INDIRECT, quote.type());
        assertEquals("the talks failed", text(doc, quote.content().get(0)));
        assertEquals("said", text(doc, quote.cue().orElseThrow()));
        assertEquals("say", quote.cueLemma());
        assertEquals("Gallant", text(doc, quote.source().orElseThrow()));
        assertEquals(List.of("Yoav Gallant"), quote.speakerNames());
    }

    @Test
    void leavesTheDatelineTheParserHungFromTheSubjectOutOfTheSource() {
        Document doc = parsed("WASHINGTON — Sen. Smith said the talks failed.",
                "WASHINGTON NNP Washington 3 dep 0", "— : — 3 punct 0", "Sen. NNP Sen. 3 compound 0",
                "Smith NNP Smith 4 nsubj 0", "said VBD say -1 root 0", "the DT the 6 det 0",
                "talks NNS talk 7 nsubj 0", "failed VBD fail 4 ccomp 0", ". . . 4 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, null)));
        assertEquals("Sen. Smith", text(doc, quote.source().orElseThrow()));
    }

    @Test
    void leavesADatelineTheParserMadeTheSubjectOutOfTheSource() {
        Document doc = parsed("WASHINGTON — President Smith said the talks failed.",
                "WASHINGTON NNP Washington 4 nsubj 0", "— : — 0 punct 0", "President NNP President 3 compound 0",
                "Smith NNP Smith 0 appos 0", "said VBD say -1 root 0", "the DT the 6 det 0",
                "talks NNS talk 7 nsubj 0", "failed VBD fail 4 ccomp 0", ". . . 4 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Smith")));
        assertEquals("President Smith", text(doc, quote.source().orElseThrow()));
        assertEquals(List.of("Yoav Smith"), quote.speakerNames());
    }

    @Test
    void resolvesSheToTheLastWomanNamedNotTheLastPerson() {
        Document doc = parsed("Clinton told CNN that Trump was unfit. She added that voters would see through it.",
                "Clinton NNP Clinton 1 nsubj 0", "told VBD tell -1 root 0", "CNN NNP CNN 1 obj 0",
                "that IN that 6 mark 0", "Trump NNP Trump 6 nsubj 0", "was VBD be 6 cop 0",
                "unfit JJ unfit 1 ccomp 0", ". . . 1 punct 0", "She PRP she 9 nsubj 1", "added VBD add -1 root 1",
                "that IN that 13 mark 1", "voters NNS voter 13 nsubj 1", "would MD would 13 aux 1",
                "see VB see 9 ccomp 1", "through IN through 15 case 1", "it PRP it 13 obl 1", ". . . 9 punct 1");
        Document analysed = checkContract(RULES, withPeople(doc, "Hillary Clinton", "Donald Trump"));
        Quote added = analysed.get(Layers.QUOTES).stream().filter(q -> q.cueLemma().equals("add")).findFirst()
                .orElseThrow();
        assertEquals("She", text(doc, added.source().orElseThrow()));
        assertEquals(List.of("Hillary Clinton"), added.speakerNames());
    }

    @Test
    void resolvesAPronounOpeningASentenceToThePreviousSentencesSubject() {
        Document doc = parsed("Smith told reporters that Jones would sign it. He declined to comment.",
                "Smith NNP Smith 1 nsubj 0", "told VBD tell -1 root 0", "reporters NNS reporter 1 obj 0",
                "that IN that 6 mark 0", "Jones NNP Jones 6 nsubj 0", "would MD would 6 aux 0", "sign VB sign 1 ccomp 0",
                "it PRP it 6 obj 0", ". . . 1 punct 0", "He PRP he 10 nsubj 1", "declined VBD decline -1 root 1",
                "to TO to 12 mark 1", "comment VB comment 10 xcomp 1", ". . . 10 punct 1");
        Document analysed = checkContract(RULES, withPeople(doc, "Smith", "Jones"));
        Quote declined = analysed.get(Layers.QUOTES).stream().filter(q -> q.cueLemma().equals("decline")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Smith"), declined.speakerNames());
    }

    @Test
    void namesTheOwnerOfHisSpokesman() {
        Document doc = parsed("Cruz spoke. His spokesman said the talks failed.",
                "Cruz NNP Cruz 1 nsubj 0", "spoke VBD speak -1 root 0", ". . . 1 punct 0",
                "His PRP$ he 4 nmod:poss 1", "spokesman NN spokesman 5 nsubj 1", "said VBD say -1 root 1",
                "the DT the 7 det 1", "talks NNS talk 8 nsubj 1", "failed VBD fail 5 ccomp 1", ". . . 5 punct 1");
        Quote quote = only(checkContract(RULES, withPeople(doc, "Ted Cruz")));
        assertEquals(List.of("Ted Cruz's spokesman"), quote.speakerNames());
        Quote hers = only(checkContract(RULES, withPeople(parsed("Cruz spoke. Her spokesman said the talks failed.",
                "Cruz NNP Cruz 1 nsubj 0", "spoke VBD speak -1 root 0", ". . . 1 punct 0",
                "Her PRP$ she 4 nmod:poss 1", "spokesman NN spokesman 5 nsubj 1", "said VBD say -1 root 1",
                "the DT the 7 det 1", "talks NNS talk 8 nsubj 1", "failed VBD fail 5 ccomp 1", ". . . 5 punct 1"),
                "Ted Cruz")));
        assertEquals(List.of("Her spokesman"), hers.speakerNames(), "a man named before is not her");
    }

    @Test
    void namesThePersonInAppositionNotThePossessor() {
        Document doc = parsed("Trump's campaign manager, Kellyanne Conway, said the campaign was confident.",
                "Trump NNP Trump 3 nmod:poss 0", "'s POS 's 0 case 0", "campaign NN campaign 3 compound 0",
                "manager NN manager 8 nsubj 0", ", , , 3 punct 0", "Kellyanne NNP Kellyanne 6 compound 0",
                "Conway NNP Conway 3 appos 0", ", , , 3 punct 0", "said VBD say -1 root 0", "the DT the 10 det 0",
                "campaign NN campaign 12 nsubj 0", "was VBD be 12 cop 0", "confident JJ confident 8 ccomp 0",
                ". . . 8 punct 0");
        Quote quote = only(checkContract(STAGE, withPeople(doc, "Donald Trump", "Kellyanne Conway")));
        assertEquals(List.of("Kellyanne Conway"), quote.speakerNames());
    }

    @Test
    void takesTheNameSetOffAfterAccordingToIntoTheSource() {
        Document doc = parsed("According to her spokesman, Brian Fallon, the speech was weak.",
                "According VBG accord 3 case 0", "to IN to 0 fixed 0", "her PRP$ she 3 nmod:poss 0",
                "spokesman NN spokesman 11 obl 0", ", , , 3 punct 0", "Brian NNP Brian 6 compound 0",
                "Fallon NNP Fallon 9 appos 0", ", , , 6 punct 0", "the DT the 9 det 0", "speech NN speech 11 nsubj 0",
                "was VBD be 11 cop 0", "weak JJ weak -1 root 0", ". . . 11 punct 0");
        Quote quote = only(checkContract(RULES, withPeople(doc, "Brian Fallon")));
        assertEquals("her spokesman, Brian Fallon", text(doc, quote.source().orElseThrow()));
        assertEquals(List.of("Brian Fallon"), quote.speakerNames());
        assertEquals(List.of("the speech was weak"), pieces(doc, quote));
    }

    @Test
    void leavesATimeHungFromTheSubjectOutOfTheSource() {
        Document doc = parsed("Trump on Saturday said the talks failed.",
                "Trump NNP Trump 3 nsubj 0", "on IN on 2 case 0", "Saturday NNP Saturday 0 nmod 0",
                "said VBD say -1 root 0", "the DT the 5 det 0", "talks NNS talk 6 nsubj 0", "failed VBD fail 3 ccomp 0",
                ". . . 3 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Trump")));
        assertEquals("Trump", text(doc, quote.source().orElseThrow()));
    }

    @Test
    void leavesTheAddresseeOutOfAZeroThatClause() {
        Document doc = parsed("Trump promised supporters he would win.",
                "Trump NNP Trump 1 nsubj 0", "promised VBD promise -1 root 0", "supporters NNS supporter 1 obj 0",
                "he PRP he 5 nsubj 0", "would MD would 5 aux 0", "win VB win 1 dep 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, "Trump")));
        assertEquals(List.of("he would win"), pieces(doc, quote));
    }

    @Test
    void findsTheSourceOfARelativeClauseTheParserTurnedInsideOut() {
        // CoreNLP's parse: "who" the object of "said", "asked" its subject, "said" a relative clause of "diplomat"
        Document doc = parsed("A diplomat, who asked not to be named, said the talks failed.",
                "A DT a 1 det 0", "diplomat NN diplomat 13 nsubj 0", ", , , 1 punct 0", "who WP who 10 obj 0",
                "asked VBD ask 10 nsubj 0", "not RB not 8 advmod 0", "to TO to 8 mark 0", "be VB be 8 aux:pass 0",
                "named VBN name 4 acl 0", ", , , 10 punct 0", "said VBD say 1 acl:relcl 0", "the DT the 12 det 0",
                "talks NNS talk 13 nsubj 0", "failed VBD fail -1 root 0", ". . . 13 punct 0");
        Quote said = checkContract(RULES, withPerson(doc, null)).get(Layers.QUOTES).stream()
                .filter(q -> q.cueLemma().equals("say")).findFirst().orElseThrow();
        assertEquals("A diplomat", text(doc, said.source().orElseThrow()));
        assertTrue(said.anonymous(), "asked not to be named");
    }

    @Test
    void countedOfficialsAreAnonymousAndOneOfThemIsOneOfThem() {
        Document doc = parsed("Two officials said the plan failed. One of them said it was late.",
                "Two CD two 1 nummod 0", "officials NNS official 2 nsubj 0", "said VBD say -1 root 0",
                "the DT the 4 det 0", "plan NN plan 5 nsubj 0", "failed VBD fail 2 ccomp 0", ". . . 2 punct 0",
                "One CD one 10 nsubj 1", "of IN of 9 case 1", "them PRP they 7 nmod 1", "said VBD say -1 root 1",
                "it PRP it 13 nsubj 1", "was VBD be 13 cop 1", "late JJ late 10 ccomp 1", ". . . 10 punct 1");
        List<Quote> quotes = checkContract(RULES, withPerson(doc, null)).get(Layers.QUOTES);
        assertEquals(List.of(List.of("Two officials"), List.of("one of two officials")),
                quotes.stream().map(Quote::speakerNames).toList());
        assertTrue(quotes.stream().allMatch(Quote::anonymous), quotes.toString());
    }

    @Test
    void theGroupIsTheOrganisationNamedBefore() {
        Document doc = parsed("Hamas vowed revenge. The group said it would fight.",
                "Hamas NNP Hamas 1 nsubj 0", "vowed VBD vow -1 root 0", "revenge NN revenge 1 obj 0",
                ". . . 1 punct 0", "The DT the 5 det 1", "group NN group 6 nsubj 1", "said VBD say -1 root 1",
                "it PRP it 9 nsubj 1", "would MD would 9 aux 1", "fight VB fight 6 ccomp 1", ". . . 6 punct 1");
        CharSpan hamas = new CharSpan(0, 5);
        Entity organisation = new Entity("e0", "Hamas", EntityType.ORGANIZATION,
                List.of(new EntityMention(hamas, "Hamas", EntityType.ORGANIZATION, new TokenSpan(0, 1))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Quote said = checkContract(RULES, doc.with(Layers.ENTITIES, List.of(organisation))).get(Layers.QUOTES)
                .stream().filter(q -> q.cueLemma().equals("say")).findFirst().orElseThrow();
        assertEquals(List.of("Hamas"), said.speakerNames());
    }

    @Test
    void takesAThatClauseTheParserHungFromTheCuesOblique() {
        Document doc = parsed("Jones wrote to donors that the campaign raised money.",
                "Jones NNP Jones 1 nsubj 0", "wrote VBD write -1 root 0", "to IN to 3 case 0",
                "donors NNS donor 1 obl 0", "that IN that 7 mark 0", "the DT the 6 det 0", "campaign NN campaign 7 nsubj 0",
                "raised VBD raise 3 ccomp 0", "money NN money 7 obj 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, "Jones")));
        assertEquals("write", quote.cueLemma());
        assertEquals(List.of("that the campaign raised money"), pieces(doc, quote));
    }

    @Test
    void whoAskedGoesUnsaid() {
        Document doc = parsed("Asked whether she would quit, Haley laughed.",
                "Asked VBN ask 7 advcl 0", "whether IN whether 4 mark 0", "she PRP she 4 nsubj 0",
                "would MD would 4 aux 0", "quit VB quit 0 ccomp 0", ", , , 7 punct 0", "Haley NNP Haley 7 nsubj 0",
                "laughed VBD laugh -1 root 0", ". . . 7 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, "Haley")));
        assertEquals(List.of("whether she would quit"), pieces(doc, quote));
        assertTrue(quote.source().isEmpty(), quote.toString());
    }

    @Test
    void aNewsOutletToldIsAnInterview() {
        Document doc = parsed("“We won,” Smith told CNN.",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win 6 ccomp 0", ", , , 2 punct 0",
                "” '' ” 2 punct 0", "Smith NNP Smith 6 nsubj 0", "told VBD tell -1 root 0", "CNN NNP CNN 6 obj 0",
                ". . . 6 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Smith")));
        assertEquals(Optional.of("interview"), quote.medium());
        assertEquals("CNN", text(doc, quote.mediumSpan().orElseThrow()));
    }

    @Test
    void aRelativeClauseLeftABareDependentStillNamesItsNoun() {
        // CoreNLP's parse: "wrote" and "defended" bare dependents, "who" the subject of "wrote"
        Document doc = parsed("Sanders, who wrote the bill, defended it.",
                "Sanders NNP Sanders -1 root 0", ", , , 0 punct 0", "who WP who 3 nsubj 0", "wrote VBD write 0 dep 0",
                "the DT the 5 det 0", "bill NN bill 3 obj 0", ", , , 3 punct 0", "defended VBD defend 3 dep 0",
                "it PRP it 7 obj 0", ". . . 0 punct 0");
        Quote defended = checkContract(STAGE, withPerson(doc, "Sanders")).get(Layers.QUOTES).stream()
                .filter(q -> q.cueLemma().equals("defend")).findFirst().orElseThrow();
        assertEquals("Sanders", text(doc, defended.source().orElseThrow()));
    }

    @Test
    void theCompanyIsTheOrganisationLastNamedAsASubject() {
        Document doc = parsed(
                "Boeing said Smith, an Airbus executive, would lead it. The company said he would start soon.",
                "Boeing NNP Boeing 1 nsubj 0", "said VBD say -1 root 0", "Smith NNP Smith 9 nsubj 0", ", , , 2 punct 0",
                "an DT a 6 det 0", "Airbus NNP Airbus 6 compound 0", "executive NN executive 2 appos 0",
                ", , , 2 punct 0", "would MD would 9 aux 0", "lead VB lead 1 ccomp 0", "it PRP it 9 obj 0",
                ". . . 1 punct 0", "The DT the 13 det 1", "company NN company 14 nsubj 1", "said VBD say -1 root 1",
                "he PRP he 17 nsubj 1", "would MD would 17 aux 1", "start VB start 14 ccomp 1",
                "soon RB soon 17 advmod 1", ". . . 14 punct 1");
        List<Entity> entities = List.of(organisation(doc, "Boeing", 0), organisation(doc, "Airbus", 5));
        List<Quote> quotes = checkContract(RULES, doc.with(Layers.ENTITIES, entities)).get(Layers.QUOTES);
        assertEquals(List.of("Boeing"), quotes.get(quotes.size() - 1).speakerNames(), quotes.toString());
    }

    private static Entity organisation(Document doc, String name, int token) {
        CharSpan span = doc.get(Layers.TOKENS).get(token).span();
        return new Entity("o" + token, name, EntityType.ORGANIZATION,
                List.of(new EntityMention(span, name, EntityType.ORGANIZATION, new TokenSpan(token, token + 1))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void findsDirectQuoteWithPronounSpeaker() {
        Document doc = parsed("Gallant spoke. “We won,” he said.",
                "Gallant NNP Gallant 1 nsubj 0", "spoke VBD speak -1 root 0", ". . . 1 punct 0",
                "“ `` “ 5 punct 1", "We PRP we 5 nsubj 1", "won VBD win 9 ccomp 1", ", , , 5 punct 1",
                "” '' ” 5 punct 1", "he PRP he 9 nsubj 1", "said VBD say -1 root 1", ". . . 9 punct 1");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals(QuoteType.DIRECT, quote.type());
        assertEquals("“We won,”", text(doc, quote.content().get(0)));
        assertEquals("he", text(doc, quote.source().orElseThrow()));
        assertEquals(List.of("Yoav Gallant"), quote.speakerNames());
        assertFalse(quote.anonymous());
    }

    @Test
    void joinsAQuoteParagraphThatContinuesTheSpeaker() {
        Document doc = parsed("“We won,” he said.\n\n“It was close.”",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win 6 ccomp 0", ", , , 2 punct 0",
                "” '' ” 2 punct 0", "he PRP he 6 nsubj 0", "said VBD say -1 root 0", ". . . 6 punct 0",
                "“ `` “ 11 punct 1", "It PRP it 11 nsubj 1", "was VBD be 11 cop 1", "close JJ close -1 root 1",
                ". . . 11 punct 1", "” '' ” 11 punct 1");
        Quote quote = only(checkContract(STAGE, withPerson(doc, null)));
        assertEquals(List.of("“We won,”", "“It was close.”"), pieces(doc, quote));
        assertEquals("said", text(doc, quote.cue().orElseThrow()));
    }

    @Test
    void flagsHedgedAnonymousSources() {
        Document doc = parsed("“Wait,” the official reportedly said.",
                "“ `` “ 1 punct 0", "Wait VB wait 7 ccomp 0", ", , , 1 punct 0", "” '' ” 1 punct 0",
                "the DT the 5 det 0", "official NN official 7 nsubj 0", "reportedly RB reportedly 7 advmod 0",
                "said VBD say -1 root 0", ". . . 7 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, null)));
        assertTrue(quote.hedged());
        assertTrue(quote.anonymous());
        assertEquals(List.of("official"), quote.speakerNames());
    }

    @Test
    void takesAdverbsAndTheContentsPrepositionIntoTheCue() {
        Document doc = parsed("Gallant also warned about the talks.",
                "Gallant NNP Gallant 2 nsubj 0", "also RB also 2 advmod 0", "warned VBD warn -1 root 0",
                "about IN about 5 case 0", "the DT the 5 det 0", "talks NNS talk 2 obl 0", ". . . 2 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals("also warned about", text(doc, quote.cue().orElseThrow()), "as PolNeAR marks it");
        assertEquals("warn", quote.cueLemma());
        assertEquals("the talks", text(doc, quote.content().get(0)));
    }

    @Test
    void takesTheDocumentPhraseAndTheVerbItContinuesIntoTheCue() {
        Document doc = parsed("Gallant said in a statement that talks failed.",
                "Gallant NNP Gallant 1 nsubj 0", "said VBD say -1 root 0", "in IN in 4 case 0", "a DT a 4 det 0",
                "statement NN statement 1 obl 0", "that IN that 7 mark 0", "talks NNS talk 7 nsubj 0",
                "failed VBD fail 1 ccomp 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals("said in a statement", text(doc, quote.cue().orElseThrow()));
        assertEquals("that talks failed", text(doc, quote.content().get(0)));

        doc = parsed("Gallant went on to say that talks failed.",
                "Gallant NNP Gallant 1 nsubj 0", "went VBD go -1 root 0", "on RP on 1 compound:prt 0",
                "to TO to 4 mark 0", "say VB say 1 xcomp 0", "that IN that 7 mark 0", "talks NNS talk 7 nsubj 0",
                "failed VBD fail 4 ccomp 0", ". . . 1 punct 0");
        quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals("went on to say", text(doc, quote.cue().orElseThrow()));
        assertEquals("Gallant", text(doc, quote.source().orElseThrow()));
    }

    @Test
    void givesAnImpersonalItNoSource() {
        Document doc = parsed("It seems that talks failed.",
                "It PRP it 1 nsubj 0", "seems VBZ seem -1 root 0", "that IN that 4 mark 0",
                "talks NNS talk 4 nsubj 0", "failed VBD fail 1 ccomp 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, null)));
        assertEquals("seems", text(doc, quote.cue().orElseThrow()));
        assertTrue(quote.source().isEmpty());
    }

    @Test
    void marksTheRelativePronounAsSourceAndResolvesTheNoun() {
        Document doc = parsed("Gallant, who said the talks failed, left.",
                "Gallant NNP Gallant 8 nsubj 0", ", , , 3 punct 0", "who WP who 3 nsubj 0",
                "said VBD say 0 acl:relcl 0", "the DT the 5 det 0", "talks NNS talk 6 nsubj 0",
                "failed VBD fail 3 ccomp 0", ", , , 3 punct 0", "left VBD leave -1 root 0", ". . . 8 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals("who", text(doc, quote.source().orElseThrow()));
        assertEquals(List.of("Yoav Gallant"), quote.speakerNames());
        assertEquals("the talks failed", text(doc, quote.content().get(0)));
    }

    @Test
    void cutsAQuoteRunningOverParagraphsIntoOnePiecePerParagraph() {
        Document doc = parsed("“We won.\n\n“We will win,” Gallant said.",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win 11 ccomp 0", ". . . 2 punct 0",
                "“ `` “ 7 punct 1", "We PRP we 7 nsubj 1", "will MD will 7 aux 1", "win VB win 2 conj 1",
                ", , , 7 punct 1", "” '' ” 7 punct 1", "Gallant NNP Gallant 11 nsubj 1", "said VBD say -1 root 1",
                ". . . 11 punct 1");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Gallant")));
        assertEquals(List.of("“We won.", "“We will win,”"), pieces(doc, quote));
        assertEquals(List.of("Yoav Gallant"), quote.speakerNames());
    }

    @Test
    void attributesEachQuoteToTheNameAfterItsDash() {
        Document doc = parsed("“We won.” ― Ana Ruiz\n“We lost.”\n\n- Lee.",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win -1 root 0", ". . . 2 punct 0",
                "” '' ” 2 punct 0", "― SYM ― 7 dep 0", "Ana NNP Ana 7 compound 0", "Ruiz NNP Ruiz 2 dep 0",
                "“ `` “ 10 punct 1", "We PRP we 10 nsubj 1", "lost VBD lose -1 root 1", ". . . 10 punct 1",
                "” '' ” 10 punct 1", "- HYPH - 14 punct 2", "Lee NNP Lee -1 root 2", ". . . 14 punct 2");
        List<Quote> quotes = checkContract(STAGE, withPerson(doc, null)).get(Layers.QUOTES);
        assertEquals(List.of("“We won.”", "“We lost.”"), quotes.stream().map(q -> text(doc, q.content().get(0)))
                .toList());
        assertEquals(List.of("Ana Ruiz", "Lee"), quotes.stream().map(q -> text(doc, q.source().orElseThrow()))
                .toList());
        assertEquals(List.of(1, 1), quotes.stream().map(q -> q.content().size()).toList());
    }

    @Test
    void joinsAQuoteWithNoCueToTheMixedQuoteBeforeIt() {
        Document doc = parsed("The deal “looks bad,” Sanders wrote. “That is wrong.”",
                "The DT the 1 det 0", "deal NN deal 3 nsubj 0", "“ `` “ 3 punct 0", "looks VBZ look 8 ccomp 0",
                "bad JJ bad 3 xcomp 0", ", , , 8 punct 0", "” '' ” 8 punct 0", "Sanders NNP Sanders 8 nsubj 0",
                "wrote VBD write -1 root 0", ". . . 8 punct 0", "“ `` “ 14 punct 1", "That DT that 14 nsubj 1",
                "is VBZ be 14 cop 1", "wrong JJ wrong -1 root 1", ". . . 14 punct 1", "” '' ” 14 punct 1");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Sanders")));
        assertEquals(QuoteType.MIXED, quote.type());
        assertEquals(List.of("The deal “looks bad,”", "“That is wrong.”"), pieces(doc, quote));
        assertEquals(List.of("Yoav Sanders"), quote.speakerNames());
    }

    @Test
    void joinsTheNextParagraphWhenTheCueSentenceClosesThisOne() {
        Document doc = parsed("“Are they small?” Trump said.\n\n“They are not.”",
                "“ `` “ 3 punct 0", "Are VBP be 3 cop 0", "they PRP they 3 nsubj 0", "small JJ small -1 root 0",
                "? . ? 3 punct 0", "” '' ” 3 punct 0", "Trump NNP Trump 7 nsubj 1", "said VBD say -1 root 1",
                ". . . 7 punct 1", "“ `` “ 11 punct 2", "They PRP they 11 nsubj 2", "are VBP be -1 root 2",
                "not RB not 11 advmod 2", ". . . 11 punct 2", "” '' ” 11 punct 2");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Trump")));
        assertEquals(List.of("“Are they small?”", "“They are not.”"), pieces(doc, quote));
    }

    @Test
    void resumesASplitQuoteRightAfterItsCue() {
        Document doc = parsed("“We won,” Trump said “and we will win again.”",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win 6 ccomp 0", ", , , 2 punct 0",
                "” '' ” 2 punct 0", "Trump NNP Trump 6 nsubj 0", "said VBD say -1 root 0", "“ `` “ 11 punct 0",
                "and CC and 11 cc 0", "we PRP we 11 nsubj 0", "will MD will 11 aux 0", "win VB win 6 ccomp 0",
                "again RB again 11 advmod 0", ". . . 6 punct 0", "” '' ” 11 punct 0");
        Quote quote = only(checkContract(STAGE, withPerson(doc, "Trump")));
        assertEquals(List.of("“We won,”", "“and we will win again.”"), pieces(doc, quote));
    }

    @Test
    void leavesACueWithItsOwnComplementToThatComplement() {
        Document doc = parsed("“We won.” Greene added that turnout rose.",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win -1 root 0", ". . . 2 punct 0",
                "” '' ” 2 punct 0", "Greene NNP Greene 6 nsubj 1", "added VBD add -1 root 1", "that IN that 9 mark 1",
                "turnout NN turnout 9 nsubj 1", "rose VBD rise 6 ccomp 1", ". . . 6 punct 1");
        for (Quote quote : checkContract(RULES, withPerson(doc, "Greene")).get(Layers.QUOTES)) {
            boolean direct = quote.type() == QuoteType.DIRECT;
            assertEquals(direct ? "" : "added", quote.cue().map(cue -> text(doc, cue)).orElse(""));
        }
    }

    @Test
    void givesTheQuoteAfterAParticipleToTheParticiple() {
        Document doc = parsed("“We won,” he said, adding, “We will win again.”",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win 6 ccomp 0", ", , , 2 punct 0",
                "” '' ” 2 punct 0", "he PRP he 6 nsubj 0", "said VBD say -1 root 0", ", , , 8 punct 0",
                "adding VBG add 6 advcl 0", ", , , 8 punct 0", "“ `` “ 14 punct 0", "We PRP we 14 nsubj 0",
                "will MD will 14 aux 0", "win VB win 8 ccomp 0", "again RB again 14 advmod 0", ". . . 14 punct 0",
                "” '' ” 14 punct 0");
        List<Quote> quotes = checkContract(STAGE, withPerson(doc, null)).get(Layers.QUOTES);
        assertEquals(List.of("said", "adding"), quotes.stream().map(q -> text(doc, q.cue().orElseThrow())).toList());
        assertEquals(List.of("“We won,”", "“We will win again.”"),
                quotes.stream().map(q -> text(doc, q.content().get(0))).toList());
    }

    @Test
    void leavesACueTheParserHungFromTheNextClauseToThatClause() {
        Document doc = parsed("“We won.” Greene said turnout rose.",
                "“ `` “ 2 punct 0", "We PRP we 2 nsubj 0", "won VBD win -1 root 0", ". . . 2 punct 0",
                "” '' ” 2 punct 0", "Greene NNP Greene 6 nsubj 1", "said VBD say 8 parataxis 1",
                "turnout NN turnout 8 nsubj 1", "rose VBD rise -1 root 1", ". . . 8 punct 1");
        for (Quote quote : checkContract(RULES, withPerson(doc, "Greene")).get(Layers.QUOTES)) {
            assertFalse(quote.type() == QuoteType.DIRECT && quote.cue().isPresent(), quote.toString());
        }
    }

    @Test
    void stopsAParticiplesContentBeforeACueWithAClauseOfItsOwn() {
        Document doc = parsed("Clinton won, declaring a big victory and said it was close.",
                "Clinton NNP Clinton 1 nsubj 0", "won VBD win -1 root 0", ", , , 1 punct 0",
                "declaring VBG declare 1 conj 0", "a DT a 6 det 0", "big JJ big 6 amod 0",
                "victory NN victory 3 obj 0", "and CC and 8 cc 0", "said VBD say 1 conj 0", "it PRP it 11 nsubj 0",
                "was VBD be 11 cop 0", "close JJ close 8 ccomp 0", ". . . 1 punct 0");
        List<Quote> quotes = checkContract(RULES, withPerson(doc, "Clinton")).get(Layers.QUOTES);
        assertEquals(List.of("declaring: a big victory", "said: it was close"), cuesAndContents(doc, quotes));

        Document other = parsed("Rivals won, saying it was fair, though Fiorina said she doubted it.",
                "Rivals NNS rival 1 nsubj 0", "won VBD win -1 root 0", ", , , 1 punct 0", "saying VBG say 1 dep 0",
                "it PRP it 6 nsubj 0", "was VBD be 6 cop 0", "fair JJ fair 3 ccomp 0", ", , , 1 punct 0",
                "though IN though 10 mark 0", "Fiorina NNP Fiorina 10 nsubj 0", "said VBD say 1 advcl 0",
                "she PRP she 12 nsubj 0", "doubted VBD doubt 10 ccomp 0", "it PRP it 12 obj 0", ". . . 1 punct 0");
        quotes = checkContract(RULES, withPerson(other, "Fiorina")).get(Layers.QUOTES);
        assertEquals(List.of("saying: it was fair", "said: she doubted it"), cuesAndContents(other, quotes));
    }

    private static List<String> cuesAndContents(Document doc, List<Quote> quotes) {
        return quotes.stream().map(q -> text(doc, q.cue().orElseThrow()) + ": " + String.join(" ", pieces(doc, q)))
                .toList();
    }

    @Test
    void takesTheClauseTheParserHungACueFromAsItsContent() {
        // a parse with no verb after the subject for the zero-that rule (CoreNLP tagged a curly "’s" so)
        Document doc = parsed("Trump says he’s a counterpuncher.",
                "Trump NNP Trump 1 nsubj 0", "says VBZ say 5 parataxis 0", "he PRP he 5 nsubj 0",
                "’s POS ’s 5 dep 0", "a DT a 5 det 0", "counterpuncher NN counterpuncher -1 root 0",
                ". . . 5 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, "Trump")));
        assertEquals(List.of("he’s a counterpuncher"), pieces(doc, quote));
        assertEquals("Trump", text(doc, quote.source().orElseThrow()));
    }

    @Test
    void endsAContentThatOpensWithAQuotationWithIt() {
        Document doc = parsed("Kasich cautioned “let’s wait,” before predicting a win.",
                "Kasich NNP Kasich 1 nsubj 0", "cautioned VBD caution -1 root 0", "“ `` “ 4 punct 0",
                "let VB let 1 ccomp 0", "’s PRP we 5 nsubj 0", "wait VB wait 3 xcomp 0", ", , , 4 punct 0",
                "” '' ” 4 punct 0", "before IN before 9 mark 0", "predicting VBG predict 3 advcl 0",
                "a DT a 11 det 0", "win NN win 9 obj 0", ". . . 1 punct 0");
        Quote quote = only(checkContract(RULES, withPerson(doc, "Kasich")));
        assertEquals(List.of("“let’s wait,”"), pieces(doc, quote));
    }

    @Test
    void survivesRandomText() {
        checkRandomArticles(STAGE, article -> Document.of(article).with(Layers.SENTENCES, List.of())
                .with(Layers.TOKENS, List.of()).with(Layers.DEPENDENCIES, List.of())
                .with(Layers.ENTITIES, List.of()), 50);
    }

    private static Quote only(Document doc) {
        List<Quote> quotes = doc.get(Layers.QUOTES);
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    private static List<String> pieces(Document doc, Quote quote) {
        return quote.content().stream().map(span -> text(doc, span)).toList();
    }

    private static String text(Document doc, CharSpan span) {
        return span.coveredText(doc.text());
    }

    private static Document withPerson(Document doc, String name) {
        return name == null ? withPeople(doc) : withPeople(doc, "Yoav " + name);
    }

    /** One person entity for each full name, mentioned where its last word first occurs. */
    private static Document withPeople(Document doc, String... fullNames) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Entity> people = new ArrayList<>();
        for (String fullName : fullNames) {
            String last = fullName.substring(fullName.lastIndexOf(' ') + 1);
            int at = doc.text().indexOf(last);
            CharSpan span = new CharSpan(at, at + last.length());
            int token = 0;
            while (!tokens.get(token).span().intersects(span)) {
                token++;
            }
            EntityMention mention = new EntityMention(span, last, EntityType.PERSON, new TokenSpan(token, token + 1));
            people.add(new Entity("e" + people.size(), fullName, EntityType.PERSON, List.of(mention),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return doc.with(Layers.ENTITIES, people);
    }

    private static Document parsed(String text, String... specs) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < specs.length; i++) {
            String[] f = specs[i].split(" ");
            int start = text.indexOf(f[0], offset);
            offset = start + f[0].length();
            int sentence = Integer.parseInt(f[5]);
            tokens.add(new Token(new CharSpan(start, offset), f[0], f[1], f[2], "O", sentence));
            deps.add(new Dependency(Integer.parseInt(f[3]), i, f[4]));
        }
        int first = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(first).sentence()) {
                sentences.add(new Sentence(new CharSpan(tokens.get(first).span().start(),
                        tokens.get(i - 1).span().end()), new TokenSpan(first, i)));
                first = i;
            }
        }
        return Document.of(Article.of("test", text)).with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens)
                .with(Layers.DEPENDENCIES, deps);
    }
}
