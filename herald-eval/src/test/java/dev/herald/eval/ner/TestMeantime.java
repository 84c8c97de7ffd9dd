package dev.herald.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.metrics.Counts;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestMeantime {
    private static final String XML = """
            <?xml version="1.0" ?><Document doc_id="1" lang="en">
            <token number="0" sentence="0" t_id="1">Boeing</token>
            <token number="1" sentence="0" t_id="2">wins</token>
            <token number="2" sentence="1" t_id="3">President</token>
            <token number="3" sentence="1" t_id="4">Obama</token>
            <token number="4" sentence="1" t_id="5">thanked</token>
            <token number="5" sentence="1" t_id="6">it</token>
            <token number="6" sentence="2" t_id="7">Seattle</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="6"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="4" syntactic_type=""><token_anchor t_id="2"/></ENTITY_MENTION>
            <ENTITY_MENTION TAG_DESCRIPTOR="Empty_Mark" m_id="5" syntactic_type=""/>
            <ENTITY ent_type="ORG" m_id="10"/>
            <ENTITY ent_type="PER" m_id="11"/>
            <EVENT_MENTION m_id="20" pred="thank"><token_anchor t_id="5"/></EVENT_MENTION>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    @Test
    void readsTokensSentencesAndTypedMentions() {
        MeantimeDocument document = parse(XML);
        assertEquals(List.of(List.of("Boeing", "wins"), List.of("President", "Obama", "thanked", "it"),
                List.of("Seattle")), document.sentences());
        assertEquals(List.of(
                new MeantimeMention("1", new TokenSpan(0, 1), "ORG", "NAM"),
                new MeantimeMention("2", new TokenSpan(2, 4), "PER", "NAM"),
                new MeantimeMention("3", new TokenSpan(5, 6), "ORG", "PRO"),
                new MeantimeMention("4", new TokenSpan(1, 2), "", "")), document.mentions());
        assertEquals(2, document.annotatedSentences());
        assertEquals(6, document.annotatedTokens());
    }

    @Test
    void rejectsAnAnchorToAnUnknownToken() {
        HeraldException e = assertThrows(HeraldException.class,
                () -> parse(XML.replace("<token_anchor t_id=\"6\"/>", "<token_anchor t_id=\"99\"/>")));
        assertEquals(ErrorCode.BAD_INPUT, e.errorCode());
    }

    @Test
    void scoresNamesOnlyInAnnotatedSentences() {
        List<EntityMention> predicted = List.of(
                TestIobTags.mention(0, 1, EntityType.ORGANIZATION),
                TestIobTags.mention(3, 4, EntityType.PERSON),
                TestIobTags.mention(5, 6, EntityType.LOCATION),
                TestIobTags.mention(2, 3, EntityType.MISC),
                TestIobTags.mention(6, 7, EntityType.LOCATION));
        MentionScore score = MeantimeScorer.score(List.of(parse(XML)), List.of(predicted), Set.of("NAM"));
        assertEquals(new Counts(1, 2, 2), score.perOrgLoc());
        assertEquals(new Counts(1, 1, 1), score.type("ORG"));
        assertEquals(new Counts(0, 1, 1), score.type("PER"));
        assertEquals(2, score.overlapGoldFound());
        assertEquals(1, score.ignored());
        assertEquals(1, score.misc());
    }

    private static MeantimeDocument parse(String xml) {
        return MeantimeReader.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "doc");
    }
}
