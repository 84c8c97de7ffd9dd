package dev.herald.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.spi.TokenSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAgentDictionary {
    private static final AgentDictionary AGENTS = AgentDictionary.standard();

    @Test
    void codesAgentNouns() {
        assertAgent("~GOV", "minister");
        assertAgent("~GOV", "Ministers");
        assertAgent("~GOV", "officials");
        assertAgent("~MIL", "troops");
        assertAgent("~MIL", "soldier");
        assertAgent("~COP", "police");
        assertAgent("~REB", "rebels");
        assertAgent("~GOVMIL", "minister of defense");
        assertAgent("IGO~", "peacekeeping troops");
    }

    @Test
    void unknownNounsAreEmpty() {
        assertEquals(Optional.empty(), AGENTS.lookup("banana"));
        assertEquals(Optional.empty(), AGENTS.longestMatch(List.of("banana", "minister"), 0));
    }

    @Test
    void prefersTheLongestPhrase() {
        AgentMatch match = AGENTS.longestMatch(List.of("the", "Prime", "Minister", "said"), 1).orElseThrow();
        assertEquals(new TokenSpan(1, 3), match.span());
        assertEquals("prime minister", match.phrase());
    }

    @Test
    void codesAnActorWithItsAgent() {
        List<String> words = List.of("Israeli", "officials", "said");
        ActorMatch actor = ActorDictionary.standard().longestMatch(words, 0).orElseThrow();
        AgentMatch agent = AGENTS.longestMatch(words, actor.span().endExclusive()).orElseThrow();
        assertEquals(new ActorCode("ISRGOV"), agent.code().applyTo(actor.code()));
    }

    @Test
    void parsesBothPositions() {
        AgentCode after = AgentCode.parse("~GOVMED");
        assertEquals(List.of("GOV", "MED"), after.sectors());
        assertEquals("~GOVMED", after.toString());
        AgentCode before = AgentCode.parse("NGO~");
        assertEquals(AgentCode.Position.BEFORE_ACTOR, before.position());
        assertEquals(new ActorCode("NGOUSA"), before.applyTo(new ActorCode("USA")));
        assertThrows(IllegalArgumentException.class, () -> AgentCode.parse("GOV"));
        assertThrows(IllegalArgumentException.class, () -> AgentCode.parse("~GO"));
    }

    private static void assertAgent(String expected, String phrase) {
        assertEquals(Optional.of(AgentCode.parse(expected)), AGENTS.lookup(phrase), phrase);
    }
}
