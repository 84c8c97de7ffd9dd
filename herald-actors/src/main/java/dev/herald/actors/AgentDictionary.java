package dev.herald.actors;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes agent nouns, the common nouns that give an actor its role: "minister" and "officials" are
 * {@code ~GOV}, "troops" {@code ~MIL}, "police" {@code ~COP}, "rebels" {@code ~REB}. Together with
 * {@link ActorDictionary} this codes "Israeli officials" as {@code ISR} + {@code ~GOV}. Plurals are
 * listed explicitly. Matching ignores case, accents and full stops. Immutable and thread-safe.
 */
public final class AgentDictionary {
    /** First line of the tab-separated format read by {@link #fromTsv}. */
    public static final String HEADER = "#herald-agents 1\tphrase\tcode";
    static final String RESOURCE = "agents.tsv.gz";

    private final PhraseTable<AgentCode> table;

    private AgentDictionary(Map<String, AgentCode> codes) {
        this.table = new PhraseTable<>(codes, false);
    }

    /** The bundled dictionary, loaded on first use and then shared by the whole process. */
    public static AgentDictionary standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a dictionary in the bundled format: the {@link #HEADER} line, then one row per phrase with
     * the tab-separated normalised phrase and the code in source notation ({@code ~GOV} or {@code IGO~}).
     */
    public static AgentDictionary fromTsv(Reader tsv) throws IOException {
        requireNonNull(tsv, "tsv");
        BufferedReader reader = new BufferedReader(tsv);
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "not an agent dictionary, first line is: " + header);
        }
        Map<String, AgentCode> codes = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length != 2) {
                    throw new IllegalArgumentException("expected 2 fields, found " + fields.length);
                }
                if (codes.put(fields[0], AgentCode.parse(fields[1])) != null) {
                    throw new IllegalArgumentException("duplicate phrase '" + fields[0] + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new HeraldException(ErrorCode.BAD_INPUT, "agent dictionary line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        try {
            return new AgentDictionary(codes);
        } catch (IllegalArgumentException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "bad agent dictionary: " + e.getMessage(), e);
        }
    }

    /** Number of phrases. */
    public int size() {
        return table.size();
    }

    /** The code of a whole phrase, e.g. {@code "prime minister"}. */
    public Optional<AgentCode> lookup(String phrase) {
        return table.get(requireNonNull(phrase, "phrase"));
    }

    /** The longest agent phrase that starts at {@code words.get(from)}. */
    public Optional<AgentMatch> longestMatch(List<String> words, int from) {
        return table.longestMatch(words, from)
                .map(hit -> new AgentMatch(new TokenSpan(hit.first(), hit.endExclusive()), hit.phrase(), hit.value()));
    }

    private static final class Standard {
        static final AgentDictionary INSTANCE = load();

        private static AgentDictionary load() {
            try (Reader reader = ActorDictionary.gzipResource(RESOURCE)) {
                return fromTsv(reader);
            } catch (IOException | HeraldException e) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "bundled agent dictionary is unreadable: " + e.getMessage(), e);
            }
        }
    }
}
