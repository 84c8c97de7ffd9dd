package dev.herald.actors.tools;

import dev.herald.actors.ActorDictionary;
import dev.herald.actors.ActorKind;
import dev.herald.actors.AgentCode;
import dev.herald.actors.AgentDictionary;
import dev.herald.actors.DatedCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the Phoenix/PETRARCH2 actor and agent dictionaries, plus Herald's additions, into the
 * bundled resources {@code actors.tsv.gz}, {@code agents.tsv.gz} and {@code countries.txt}.
 * Herald's additions are read first, then the Phoenix files in PETRARCH's order (countries,
 * international, non-state military); when two records give the same phrase, the first one wins.
 * The output is sorted and byte-for-byte the same for the same input.
 *
 * <p>Usage: {@code BuildActorDictionary PHOENIX_DIR ADDITIONS_DIR OUTPUT_DIR}
 */
public final class BuildActorDictionary {
    static final String COUNTRIES_FILE = "Phoenix.Countries.actors.txt";
    static final List<String> PHOENIX_ACTOR_FILES =
            List.of(COUNTRIES_FILE, "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    static final String PHOENIX_AGENT_FILE = "Phoenix.agents.txt";
    static final String HERALD_ACTOR_FILE = "herald.actors.txt";
    static final String HERALD_AGENT_FILE = "herald.agents.txt";

    private record Row(ActorKind kind, List<DatedCode> codes) {}

    private final Map<String, Row> actors = new LinkedHashMap<>();
    private final Map<String, AgentCode> agents = new LinkedHashMap<>();
    private final SortedSet<String> countries = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    private BuildActorDictionary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildActorDictionary PHOENIX_DIR ADDITIONS_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path phoenix = Path.of(args[0]);
        Path additions = Path.of(args[1]);
        Path output = Path.of(args[2]);
        BuildActorDictionary build = new BuildActorDictionary();
        build.readActors(additions.resolve(HERALD_ACTOR_FILE), false);
        for (String file : PHOENIX_ACTOR_FILES) {
            build.readActors(phoenix.resolve(file), file.equals(COUNTRIES_FILE));
        }
        build.readAgents(additions.resolve(HERALD_AGENT_FILE));
        build.readAgents(phoenix.resolve(PHOENIX_AGENT_FILE));
        Files.createDirectories(output);
        build.write(output);
        build.problems.forEach(System.err::println);
        System.out.printf("%d actor phrases, %d agent phrases, %d countries, %d source problems; written to %s%n",
                build.actors.size(), build.agents.size(), build.countries.size(), build.problems.size(), output);
    }

    private void readActors(Path file, boolean countryFile) throws IOException {
        TabariActorParser parser = TabariActorParser.parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
        problems.addAll(parser.problems());
        for (TabariActorParser.Record record : parser.records()) {
            List<DatedCode> codes = precedence(record.codes());
            ActorKind kind = kind(codes, countryFile);
            if (kind == ActorKind.COUNTRY) {
                codes.stream().map(code -> code.code().code()).filter(code -> code.length() == 3).forEach(countries::add);
            }
            for (String phrase : record.phrases()) {
                Optional<String> key = Tabari.phraseKey(phrase);
                if (key.isEmpty()) {
                    problems.add(record.where() + ": phrase '" + phrase + "' has no usable words, left out");
                } else {
                    actors.putIfAbsent(key.get(), new Row(kind, codes));
                }
            }
        }
    }

    /** Dated codes in source order, then the first default; later defaults can never apply. */
    private static List<DatedCode> precedence(List<DatedCode> codes) {
        List<DatedCode> kept = new ArrayList<>();
        codes.stream().filter(DatedCode::isDated).forEach(kept::add);
        codes.stream().filter(code -> !code.isDated()).findFirst().ifPresent(kept::add);
        return kept;
    }

    /**
     * A record of the countries file with a bare three-letter code (dated or not, as for states that
     * changed) is a country; any other record with a dated code is a person.
     */
    private static ActorKind kind(List<DatedCode> codes, boolean countryFile) {
        if (countryFile && codes.stream().anyMatch(code -> code.code().code().length() == 3)) {
            return ActorKind.COUNTRY;
        }
        return codes.stream().anyMatch(DatedCode::isDated) ? ActorKind.PERSON : ActorKind.GROUP;
    }

    private void readAgents(Path file) throws IOException {
        TabariAgentParser parser = TabariAgentParser.parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
        problems.addAll(parser.problems());
        for (TabariAgentParser.Agent agent : parser.agents()) {
            Optional<String> key = Tabari.phraseKey(agent.phrase());
            if (key.isEmpty()) {
                problems.add(agent.where() + ": phrase '" + agent.phrase() + "' has no usable words, left out");
            } else {
                agents.putIfAbsent(key.get(), agent.code());
            }
        }
    }

    private void write(Path output) throws IOException {
        StringBuilder actorTsv = new StringBuilder(ActorDictionary.HEADER).append('\n');
        SortedMap<String, Row> sortedActors = new TreeMap<>(actors);
        sortedActors.forEach((phrase, row) -> {
            if (row.codes().isEmpty()) {
                actorTsv.append(phrase).append('\t').append(ActorDictionary.NO_ACTOR).append("\t\t\t").append(row.kind()).append('\n');
            }
            for (DatedCode code : row.codes()) {
                actorTsv.append(phrase).append('\t').append(code.code()).append('\t')
                        .append(code.from().map(Object::toString).orElse("")).append('\t')
                        .append(code.to().map(Object::toString).orElse("")).append('\t')
                        .append(row.kind()).append('\n');
            }
        });
        StringBuilder agentTsv = new StringBuilder(AgentDictionary.HEADER).append('\n');
        new TreeMap<>(agents).forEach((phrase, code) -> agentTsv.append(phrase).append('\t').append(code).append('\n'));
        writeGzip(output.resolve("actors.tsv.gz"), actorTsv);
        writeGzip(output.resolve("agents.tsv.gz"), agentTsv);
        Files.writeString(output.resolve("countries.txt"), String.join("\n", countries) + "\n", StandardCharsets.UTF_8);
    }

    /** Java's gzip header carries no time stamp, so the bytes depend on the text alone. */
    private static void writeGzip(Path file, CharSequence text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.append(text);
        }
    }
}
