package dev.herald.actors.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.actors.AgentCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTabariAgentParser {
    @Test
    void addsRegularAndGivenPlurals() {
        assertEquals(List.of("REBEL", "REBELS", "ARMY", "ARMIES", "ATTORNEY", "ATTORNEYS", "BOSS", "BOSSES",
                        "THIEF ", "THIEVES", "POLICE "),
                phrases("REBEL [~REB]", "ARMY [~MIL]", "ATTORNEY [~JUD]", "BOSS [~BUS]", "THIEF {THIEVES} [~CRM]", "POLICE {} [~COP]"));
    }

    @Test
    void expandsSubstitutionSetsWithoutPlurals() {
        assertEquals(List.of("CONGRESSMAN", "CONGRESSWOMAN", "FOREIGN_MINISTER", "FOREIGN_MINISTRY"),
                phrases("!PERSON! = MAN, WOMAN", "!MINIST! = MINISTER, MINISTRY", "CONGRESS!PERSON! [~LEG]", "FOREIGN_!MINIST! [~GOV]"));
    }

    @Test
    void readsCodePositionsAndReportsBadLines() {
        TabariAgentParser parser = TabariAgentParser.parse(List.of(
                "TRUCE_MONITOR [IGO~]", "DEPARMENT_OF_ENVIRONMENT [~ENV}", "NO_CODE_HERE", "X [GOV]"), "a");
        assertEquals(AgentCode.parse("IGO~"), parser.agents().get(0).code());
        assertEquals(AgentCode.parse("~ENV"), parser.agents().get(2).code());
        assertEquals(2, parser.problems().size(), parser.problems().toString());
    }

    private static List<String> phrases(String... lines) {
        TabariAgentParser parser = TabariAgentParser.parse(List.of(lines), "test");
        assertEquals(List.of(), parser.problems());
        return parser.agents().stream().map(TabariAgentParser.Agent::phrase).toList();
    }
}
