package dev.herald.actors.tools;

import dev.herald.actors.AgentCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH {@code .agents} file: lines {@code PHRASE {PLURAL} [~CODE]}. Without braces the
 * regular plural is added (Y after a consonant to IES, S to SES, else S); {@code {}} means no plural. Substitution sets
 * are defined as {@code !PERSON! = MAN, MEN, ...} and every member is put in place of the marker,
 * with no plural added.
 */
final class TabariAgentParser {
    /** One phrase with its code, in source spelling. */
    record Agent(String phrase, AgentCode code, String where) {}

    private final Map<String, List<String>> markers = new LinkedHashMap<>();
    private final List<Agent> agents = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private TabariAgentParser() {}

    static TabariAgentParser parse(List<String> lines, String source) {
        TabariAgentParser parser = new TabariAgentParser();
        for (int i = 0; i < lines.size(); i++) {
            String text = Tabari.stripComment(lines.get(i)).strip();
            if (!text.isEmpty()) {
                parser.line(text, source + ":" + (i + 1));
            }
        }
        return parser;
    }

    List<Agent> agents() {
        return List.copyOf(agents);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void line(String text, String at) {
        if (text.startsWith("!") && text.contains("=")) {
            String name = text.substring(1, text.indexOf('!', 1));
            List<String> members = new ArrayList<>();
            for (String member : text.substring(text.indexOf('=') + 1).split(",")) {
                members.add(member.strip());
            }
            markers.put(name, List.copyOf(members));
            return;
        }
        int bracket = text.indexOf('[');
        if (bracket < 0) {
            problems.add(at + ": no code, line left out");
            return;
        }
        String codeText = text.substring(bracket + 1).split("[\\]}]", 2)[0].strip();
        AgentCode code;
        try {
            code = AgentCode.parse(codeText);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
            return;
        }
        String names = text.substring(0, bracket).strip();
        if (names.contains("!")) {
            for (String phrase : substitute(names, at)) {
                agents.add(new Agent(phrase, code, at));
            }
        } else if (names.contains("{")) {
            agents.add(new Agent(names.substring(0, names.indexOf('{')), code, at));
            String plural = names.substring(names.indexOf('{') + 1, Math.max(names.indexOf('}'), names.indexOf('{') + 1)).strip();
            if (!plural.isEmpty()) {
                agents.add(new Agent(plural, code, at));
            }
        } else {
            agents.add(new Agent(names, code, at));
            agents.add(new Agent(plural(names), code, at));
        }
    }

    private List<String> substitute(String phrase, String at) {
        int open = phrase.indexOf('!');
        int close = phrase.indexOf('!', open + 1);
        if (open < 0) {
            return List.of(phrase);
        }
        List<String> members = close < 0 ? null : markers.get(phrase.substring(open + 1, close));
        if (members == null) {
            problems.add(at + ": unknown substitution marker in '" + phrase + "'");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String member : members) {
            out.addAll(substitute(phrase.substring(0, open) + member + phrase.substring(close + 1), at));
        }
        return out;
    }

    static String plural(String noun) {
        String stem = noun.replaceAll("[\\s_]+$", "");
        if (stem.endsWith("Y") && stem.length() > 1 && "AEIOU".indexOf(stem.charAt(stem.length() - 2)) < 0) {
            return stem.substring(0, stem.length() - 1) + "IES";
        }
        return stem.endsWith("S") ? stem + "ES" : stem + "S";
    }
}
