package dev.herald.quotes.eval;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.metrics.Counts;
import dev.herald.spi.CharSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A port of {@code shared/eval/scorers/polnear_score.py}: exact, overlap and token-overlap matching of source, cue
 * and content spans, and fully correct attributions. It gives the same counts as the reference scorer on the same
 * predictions; see that script's documentation for the protocol. All span arithmetic is done in code points, as
 * the reference does.
 */
public final class PolnearScorer {
    /** Which roles are scored, in report order. */
    public static final List<String> ROLES = List.of("source", "cue", "content");

    private final Options options;

    public PolnearScorer(Options options) {
        this.options = requireNonNull(options, "options");
    }

    /**
     * What to score.
     *
     * @param directOnly restrict to direct quotes: gold with a quote mark in the content, predictions whose raw
     *     content holds one of “ ” "
     * @param tokenThresholds token-Jaccard thresholds for the {@code tok>=T} modes
     * @param pieces score every contiguous piece of a role on its own instead of whole piece sets
     */
    public record Options(boolean directOnly, List<Double> tokenThresholds, boolean pieces) {
        public Options {
            tokenThresholds = List.copyOf(tokenThresholds);
            for (double t : tokenThresholds) {
                checkArgument(t > 0 && t <= 1, "token threshold must be in (0, 1]: %s", t);
            }
        }

        /** The reference scorer's defaults: all attributions, {@code tok>=0.8}, piece sets. */
        public static Options defaults() {
            return new Options(false, List.of(0.8), false);
        }

        public Options withDirectOnly(boolean value) {
            return new Options(value, tokenThresholds, pieces);
        }
    }

    /** Scores predictions (by document id) against the first annotation of every gold document. */
    public PolnearScore score(Map<String, PolnearDocument> gold, Map<String, List<PolnearPrediction>> predictions) {
        List<String> modes = new ArrayList<>(List.of("exact", "overlap"));
        for (double t : options.tokenThresholds()) {
            modes.add("tok>=" + formatG(t));
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String role : ROLES) {
            for (String mode : modes) {
                counts.put(role + "/" + mode, new long[3]);
            }
        }
        long[] attribution = new long[3];
        long goldUnits = 0;
        long predictedUnits = 0;
        for (PolnearDocument document : gold.values()) {
            Doc doc = new Doc(document.text());
            List<Unit> g = new ArrayList<>();
            for (PolnearAttribution a : document.attributions()) {
                if (!options.directOnly() || a.contentHasQuoteMark()) {
                    g.add(doc.unit(a.source(), a.cue(), a.content()));
                }
            }
            List<Unit> p = new ArrayList<>();
            for (PolnearPrediction q : predictions.getOrDefault(document.docId(), List.of())) {
                if (!options.directOnly() || doc.hasQuoteMark(q.content())) {
                    p.add(doc.unit(q.source(), q.cue(), q.content()));
                }
            }
            goldUnits += g.size();
            predictedUnits += p.size();
            for (int r = 0; r < ROLES.size(); r++) {
                List<Item> gi = items(doc, g, r);
                List<Item> pi = items(doc, p, r);
                for (String mode : modes) {
                    long[] c = counts.get(ROLES.get(r) + "/" + mode);
                    c[0] += gi.size();
                    c[1] += pi.size();
                    c[2] += gi.isEmpty() || pi.isEmpty() ? 0 : greedy(gi, pi, matcher(mode));
                }
            }
            List<Item> ga = new ArrayList<>();
            List<Item> pa = new ArrayList<>();
            for (Unit u : g) {
                if (!u.roles()[2].isEmpty()) {
                    ga.add(doc.item(u.roles()[2], u.roles()[0]));
                }
            }
            for (Unit u : p) {
                if (!u.roles()[2].isEmpty()) {
                    pa.add(doc.item(u.roles()[2], u.roles()[0]));
                }
            }
            attribution[0] += ga.size();
            attribution[1] += pa.size();
            attribution[2] += ga.isEmpty() || pa.isEmpty() ? 0 : greedy(ga, pa, (x, y) -> {
                if (!x.source().equals(y.source()) || charOverlap(x, y) == 0) {
                    return null;
                }
                return new double[] {charJaccard(x, y)};
            });
        }
        Map<String, Counts> roleCounts = new LinkedHashMap<>();
        counts.forEach((key, c) -> roleCounts.put(key, new Counts(c[2], c[1], c[0])));
        return new PolnearScore(gold.size(), goldUnits, predictedUnits, modes, roleCounts,
                new Counts(attribution[2], attribution[1], attribution[0]));
    }

    /**
     * How the exact mode sees a role's spans in {@code text}: each span list becomes its trimmed, sorted and merged
     * code-point pieces, so two span lists match exactly when their keys are equal. One function serves one text.
     */
    public static Function<List<CharSpan>, List<?>> exactKeys(String text) {
        Doc doc = new Doc(text);
        return doc::normalise;
    }

    private List<Item> items(Doc doc, List<Unit> units, int role) {
        Set<List<Piece>> distinct = new LinkedHashSet<>();
        for (Unit u : units) {
            if (options.pieces()) {
                for (Piece piece : u.roles()[role]) {
                    distinct.add(List.of(piece));
                }
            } else if (!u.roles()[role].isEmpty()) {
                distinct.add(u.roles()[role]);
            }
        }
        List<Item> out = new ArrayList<>();
        for (List<Piece> pieces : distinct) {
            out.add(doc.item(pieces, List.of()));
        }
        return out;
    }

    private interface Matcher {
        /** A ranking key (higher is better), or null when the pair does not match. */
        double[] key(Item gold, Item predicted);
    }

    private static Matcher matcher(String mode) {
        if (mode.equals("exact")) {
            return (g, p) -> g.pieces().equals(p.pieces()) ? new double[] {1.0} : null;
        }
        if (mode.equals("overlap")) {
            return (g, p) -> charOverlap(g, p) > 0 ? new double[] {charJaccard(g, p)} : null;
        }
        double threshold = Double.parseDouble(mode.substring("tok>=".length()));
        return (g, p) -> {
            double j = tokenJaccard(g, p);
            return j >= threshold && j > 0 ? new double[] {j, charJaccard(g, p)} : null;
        };
    }

    private record Candidate(double[] key, int gold, int predicted) {}

    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int byKey = Arrays.compare(b.key(), a.key());
        if (byKey != 0) {
            return byKey;
        }
        return a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold()) : Integer.compare(a.predicted(), b.predicted());
    };

    /** One-to-one matching, best pair first; ties go to the earlier gold item, then the earlier prediction. */
    private static int greedy(List<Item> gold, List<Item> predicted, Matcher matcher) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double[] key = matcher.key(gold.get(g), predicted.get(p));
                if (key != null) {
                    candidates.add(new Candidate(key, g, p));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        BitSet usedGold = new BitSet();
        BitSet usedPredicted = new BitSet();
        int matched = 0;
        for (Candidate c : candidates) {
            if (!usedGold.get(c.gold()) && !usedPredicted.get(c.predicted())) {
                usedGold.set(c.gold());
                usedPredicted.set(c.predicted());
                matched++;
            }
        }
        return matched;
    }

    private static long charOverlap(Item a, Item b) {
        long overlap = 0;
        for (Piece x : a.pieces()) {
            for (Piece y : b.pieces()) {
                int d = Math.min(x.end(), y.end()) - Math.max(x.start(), y.start());
                if (d > 0) {
                    overlap += d;
                }
            }
        }
        return overlap;
    }

    private static double charJaccard(Item a, Item b) {
        long overlap = charOverlap(a, b);
        return overlap == 0 ? 0.0 : (double) overlap / (a.length() + b.length() - overlap);
    }

    private static double tokenJaccard(Item a, Item b) {
        if (a.tokens().isEmpty() && b.tokens().isEmpty()) {
            return a.pieces().equals(b.pieces()) ? 1.0 : 0.0;
        }
        BitSet inter = (BitSet) a.tokens().clone();
        inter.and(b.tokens());
        int common = inter.cardinality();
        return (double) common / (a.tokens().cardinality() + b.tokens().cardinality() - common);
    }

    /** Python's {@code %g} for the thresholds people use (0.3, 0.8, 0.75, 1). */
    static String formatG(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A half-open range of code points. */
    private record Piece(int start, int end) {}

    /** One attribution's normalised pieces per role, in {@link #ROLES} order. */
    private record Unit(List<Piece>[] roles) {}

    private record Item(List<Piece> pieces, long length, BitSet tokens, List<Piece> source) {}

    /** A gold text in code points, with the whitespace tokens the token-overlap mode counts. */
    private static final class Doc {
        private final CodePoints offsets;
        private final int[] cps;
        private final int[] tokenStarts;
        private final int[] tokenEnds;

        Doc(String text) {
            offsets = new CodePoints(text);
            cps = text.codePoints().toArray();
            List<int[]> tokens = new ArrayList<>();
            int i = 0;
            while (i < cps.length) {
                if (isPythonSpace(cps[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < cps.length && !isPythonSpace(cps[i])) {
                    i++;
                }
                tokens.add(new int[] {start, i});
            }
            tokenStarts = tokens.stream().mapToInt(t -> t[0]).toArray();
            tokenEnds = tokens.stream().mapToInt(t -> t[1]).toArray();
        }

        boolean hasQuoteMark(List<CharSpan> content) {
            for (CharSpan span : content) {
                int[] cp = offsets.toCodePoints(span);
                for (int i = cp[0]; i < cp[1]; i++) {
                    if (cps[i] == '\u201c' || cps[i] == '\u201d' || cps[i] == '"') {
                        return true;
                    }
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        Unit unit(List<CharSpan> source, List<CharSpan> cue, List<CharSpan> content) {
            return new Unit(new List[] {normalise(source), normalise(cue), normalise(content)});
        }

        Item item(List<Piece> pieces, List<Piece> source) {
            long length = 0;
            BitSet tokens = new BitSet();
            for (Piece p : pieces) {
                length += p.end() - p.start();
                int i = firstTokenEndingAfter(p.start());
                while (i < tokenStarts.length && tokenStarts[i] < p.end()) {
                    tokens.set(i);
                    i++;
                }
            }
            return new Item(pieces, length, tokens, source);
        }

        private int firstTokenEndingAfter(int offset) {
            int lo = 0;
            int hi = tokenEnds.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokenEnds[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Trim, drop empty pieces (unless all vanish), sort, and merge pieces that touch or are only trim apart. */
        private List<Piece> normalise(List<CharSpan> spans) {
            List<Piece> raw = new ArrayList<>();
            List<Piece> out = new ArrayList<>();
            for (CharSpan span : spans) {
                int[] cp = offsets.toCodePoints(span);
                int s = cp[0];
                int e = cp[1];
                if (e <= s) {
                    continue;
                }
                raw.add(new Piece(s, e));
                while (s < e && isTrim(cps[s])) {
                    s++;
                }
                while (e > s && isTrim(cps[e - 1])) {
                    e--;
                }
                if (s < e) {
                    out.add(new Piece(s, e));
                }
            }
            if (out.isEmpty()) {
                out = raw;
            }
            out.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
            List<Piece> merged = new ArrayList<>();
            for (Piece p : out) {
                if (!merged.isEmpty()) {
                    Piece last = merged.get(merged.size() - 1);
                    if (p.start() <= last.end() || allTrim(last.end(), p.start())) {
                        if (p.end() > last.end()) {
                            merged.set(merged.size() - 1, new Piece(last.start(), p.end()));
                        }
                        continue;
                    }
                }
                merged.add(p);
            }
            return List.copyOf(merged);
        }

        private boolean allTrim(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!isTrim(cps[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whitespace, a Unicode punctuation character (category P*), a backtick or an acute accent. */
    public static boolean isTrim(int cp) {
        if (isPythonSpace(cp) || cp == '`' || cp == '\u00b4') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Python's {@code str.isspace()}, which is also what {@code \s} matches in a Python 3 regex. */
    static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
