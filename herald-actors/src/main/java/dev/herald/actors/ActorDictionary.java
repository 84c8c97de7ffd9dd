package dev.herald.actors;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Codes named actors (countries, organisations, institutions, armed groups, office holders) with
 * CAMEO actor codes, e.g. "Pentagon" as {@code USAMIL} and "Hezbollah" as {@code LBNREB}.
 * Matching ignores case, accents and full stops, so "U.S.", "US" and "United States" are all
 * {@code USA}; a phrase of one short word such as "US" must be written with a capital, so the
 * pronoun "us" is not coded. Immutable and safe to share between threads.
 *
 * <p>{@link #standard()} holds the dictionary converted from the Phoenix/PETRARCH2 dictionaries
 * (MIT licence, see {@code LICENSE.phoenix-dictionaries.txt}) plus Herald's own additions.
 */
public final class ActorDictionary {
    /** First line of the tab-separated format read by {@link #fromTsv}. */
    public static final String HEADER = "#herald-actors 1\tphrase\tcode\tfrom\tto\tkind";
    /** Code column value of a phrase that names no actor. */
    public static final String NO_ACTOR = "---";
    static final String RESOURCE = "actors.tsv.gz";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PhraseTable<ActorEntry> table;

    private ActorDictionary(Map<String, ActorEntry> entries) {
        this.table = new PhraseTable<>(entries, true);
    }

    /** The bundled dictionary, loaded on first use and then shared by the whole process. */
    public static ActorDictionary standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a dictionary in the bundled format: the {@link #HEADER} line, then one row per code with
     * tab-separated normalised phrase, code (or {@link #NO_ACTOR}), ISO start date, ISO end date (both
     * may be empty) and {@link ActorKind}. Rows of a phrase are consecutive and in order of precedence.
     */
    public static ActorDictionary fromTsv(Reader tsv) throws IOException {
        requireNonNull(tsv, "tsv");
        BufferedReader reader = new BufferedReader(tsv);
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "not an actor dictionary, first line is: " + header);
        }
        Map<String, ActorEntry> entries = new HashMap<>();
        Map<String, ActorCode> interned = new HashMap<>();
        String phrase = null;
        ActorKind kind = null;
        List<DatedCode> codes = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                throw badRow(lineNumber, "expected 5 fields, found " + fields.length, null);
            }
            if (!fields[0].equals(phrase)) {
                if (phrase != null) {
                    entries.put(phrase, new ActorEntry(phrase, kind, codes));
                }
                if (entries.containsKey(fields[0])) {
                    throw badRow(lineNumber, "rows of phrase '" + fields[0] + "' are not consecutive", null);
                }
                phrase = fields[0];
                codes = new ArrayList<>();
            }
            try {
                kind = ActorKind.valueOf(fields[4]);
                if (!fields[1].equals(NO_ACTOR)) {
                    ActorCode code = interned.computeIfAbsent(fields[1], ActorCode::new);
                    codes.add(new DatedCode(code, date(fields[2]), date(fields[3])));
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                throw badRow(lineNumber, e.getMessage(), e);
            }
        }
        if (phrase != null) {
            entries.put(phrase, new ActorEntry(phrase, kind, codes));
        }
        try {
            return new ActorDictionary(entries);
        } catch (IllegalArgumentException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "bad actor dictionary: " + e.getMessage(), e);
        }
    }

    /** Number of phrases. */
    public int size() {
        return table.size();
    }

    /** The entry for a whole phrase, e.g. {@code "Joint Chiefs of Staff"}. */
    public Optional<ActorEntry> entry(String phrase) {
        return table.get(requireNonNull(phrase, "phrase"));
    }

    /** The code of a whole phrase when no date is known (see {@link ActorEntry#latestCode()}). */
    public Optional<ActorCode> lookup(String phrase) {
        return entry(phrase).flatMap(ActorEntry::latestCode);
    }

    /** The code of a whole phrase on {@code date} (see {@link ActorEntry#codeOn(LocalDate)}). */
    public Optional<ActorCode> lookup(String phrase, LocalDate date) {
        requireNonNull(date, "date");
        return entry(phrase).flatMap(entry -> entry.codeOn(date));
    }

    /** {@link #longestMatch(List, int, LocalDate)} when no date is known. */
    public Optional<ActorMatch> longestMatch(List<String> words, int from) {
        return match(words, from, Optional.empty());
    }

    /**
     * The longest dictionary phrase that starts at {@code words.get(from)}, coded for {@code date}.
     * A country followed directly by one of its own institutions or groups ("U.S." + "Joint Chiefs of
     * Staff") is one match with the institution's code. Empty when no phrase starts there, or when
     * the longest one names no actor on that date.
     */
    public Optional<ActorMatch> longestMatch(List<String> words, int from, LocalDate date) {
        return match(words, from, Optional.of(requireNonNull(date, "date")));
    }

    private Optional<ActorMatch> match(List<String> words, int from, Optional<LocalDate> date) {
        Optional<PhraseTable.Hit<ActorEntry>> found = table.longestMatch(words, from);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PhraseTable.Hit<ActorEntry> hit = found.get();
        Optional<ActorCode> code = codeOf(hit.value(), date);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        ActorMatch match = new ActorMatch(new TokenSpan(hit.first(), hit.endExclusive()), hit.phrase(), code.get(), hit.value().kind());
        if (hit.value().kind() == ActorKind.COUNTRY && hit.endExclusive() < words.size()) {
            Optional<ActorMatch> own = table.longestMatch(words, hit.endExclusive())
                    .filter(next -> next.value().kind() != ActorKind.COUNTRY)
                    .flatMap(next -> codeOf(next.value(), date)
                            .filter(nextCode -> nextCode.country().equals(Optional.of(match.code().code())))
                            .map(nextCode -> new ActorMatch(new TokenSpan(hit.first(), next.endExclusive()),
                                    hit.phrase() + " " + next.phrase(), nextCode, next.value().kind())));
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.of(match);
    }

    private static Optional<ActorCode> codeOf(ActorEntry entry, Optional<LocalDate> date) {
        return date.isPresent() ? entry.codeOn(date.get()) : entry.latestCode();
    }

    /** An ISO date {@code yyyy-MM-dd}; read by hand because {@code LocalDate.parse} dominated loading. */
    private static Optional<LocalDate> date(String field) {
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (!ISO_DATE.matcher(field).matches()) {
            throw new IllegalArgumentException("date must be yyyy-MM-dd: " + field);
        }
        return Optional.of(LocalDate.of(Integer.parseInt(field, 0, 4, 10), Integer.parseInt(field, 5, 7, 10),
                Integer.parseInt(field, 8, 10, 10)));
    }

    private static HeraldException badRow(int lineNumber, String message, Throwable cause) {
        return new HeraldException(ErrorCode.BAD_INPUT, "actor dictionary line " + lineNumber + ": " + message, cause);
    }

    static Reader gzipResource(String name) throws IOException {
        InputStream in = ActorDictionary.class.getResourceAsStream(name);
        if (in == null) {
            throw new HeraldException(ErrorCode.MODEL_ERROR, "missing resource dev/herald/actors/" + name);
        }
        return new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8);
    }

    private static final class Standard {
        static final ActorDictionary INSTANCE = load();

        private static ActorDictionary load() {
            try (Reader reader = gzipResource(RESOURCE)) {
                return fromTsv(reader);
            } catch (IOException | HeraldException e) {
                throw new HeraldException(ErrorCode.MODEL_ERROR, "bundled actor dictionary is unreadable: " + e.getMessage(), e);
            }
        }
    }
}
