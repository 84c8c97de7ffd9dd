package dev.herald.eval.ner;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact-entity scoring from IOB tags, a port of {@code conll_score.py} (itself conlleval.pl's chunk rules): an
 * entity starts at {@code B-X}, or at {@code I-X} after {@code O} or after another type, and ends before
 * {@code O}, {@code B-*}, a type change or a sentence boundary; IOB1 and IOB2 both read correctly. A predicted
 * entity is correct when gold has one with the same first token, last token and type.
 */
public final class ConllScorer {
    private static final Set<String> BARE_PREFIXES = Set.of("O", "B", "I", "E", "S", "[", "]", ".");

    private ConllScorer() {}

    /** Scores {@code predicted} against {@code gold}; sentence boundaries are taken from gold. */
    public static ConllScore score(TagSequence gold, TagSequence predicted) {
        requireNonNull(gold, "gold");
        requireNonNull(predicted, "predicted");
        for (int i = 0; i < Math.min(gold.size(), predicted.size()); i++) {
            if (!gold.tokens().get(i).equals(predicted.tokens().get(i))) {
                throw new HeraldException(ErrorCode.BAD_INPUT, "token mismatch at token " + i + ": gold '"
                        + gold.tokens().get(i) + "' pred '" + predicted.tokens().get(i) + "'");
            }
        }
        if (gold.size() != predicted.size()) {
            throw new HeraldException(ErrorCode.BAD_INPUT,
                    "token count mismatch: gold " + gold.size() + " pred " + predicted.size());
        }
        int sameTags = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.tags().get(i).equals(predicted.tags().get(i))) {
                sameTags++;
            }
        }
        return new ConllScore(gold.size(), sameTags, chunks(gold.tags(), gold.sentenceStarts()),
                chunks(predicted.tags(), gold.sentenceStarts()),
                !gold.sentenceStarts().equals(predicted.sentenceStarts()));
    }

    /** Scores a prediction file against a gold file, as {@code conll_score.py GOLD PRED} does. */
    public static ConllScore scoreFiles(Path gold, Path predicted) {
        return score(TagSequence.of(ConllReader.read(gold)), TagSequence.of(ConllReader.read(predicted)));
    }

    /** The entities in {@code tags}; a sentence start closes the open entity as a blank line does. */
    public static Set<Chunk> chunks(List<String> tags, List<Boolean> sentenceStarts) {
        Set<Chunk> out = new HashSet<>();
        String prevTag = "O";
        String prevType = "";
        int start = -1;
        String openType = null;
        for (int i = 0; i <= tags.size(); i++) {
            boolean real = i < tags.size();
            if (real && sentenceStarts.get(i)) {
                if (openType != null) {
                    out.add(new Chunk(start, i - 1, openType));
                    openType = null;
                }
                prevTag = "O";
                prevType = "";
            }
            String[] split = split(real ? tags.get(i) : "O");
            String tag = split[0];
            String type = split[1];
            if (openType != null && endOfChunk(prevTag, tag, prevType, type)) {
                out.add(new Chunk(start, i - 1, openType));
                openType = null;
            }
            if (real && startOfChunk(prevTag, tag, prevType, type)) {
                start = i;
                openType = type;
            }
            prevTag = tag;
            prevType = type;
        }
        return out;
    }

    /** {@code [prefix, type]}; a tag without a dash that is no known prefix (WikiGold's {@code 0}) is {@code O}. */
    private static String[] split(String tag) {
        int dash = tag.indexOf('-');
        if (tag.equals("O") || dash < 0) {
            return new String[] {BARE_PREFIXES.contains(tag) ? tag : "O", ""};
        }
        return new String[] {tag.substring(0, dash), tag.substring(dash + 1)};
    }

    private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        return (isBorI(prevTag) && (tag.equals("B") || tag.equals("O")))
                || (prevTag.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O")))
                || (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type))
                || prevTag.equals("]") || prevTag.equals("[");
    }

    private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        return (tag.equals("B") && (isBorI(prevTag) || prevTag.equals("O")))
                || (prevTag.equals("O") && (tag.equals("I") || tag.equals("E")))
                || (prevTag.equals("E") && (tag.equals("E") || tag.equals("I")))
                || (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type))
                || tag.equals("[") || tag.equals("]");
    }

    private static boolean isBorI(String tag) {
        return tag.equals("B") || tag.equals("I");
    }

    /** {@code GOLD PRED}: prints what {@code conll_score.py GOLD PRED} prints. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new HeraldException(ErrorCode.BAD_REQUEST, "usage: ConllScorer GOLD PRED; got " + List.of(args));
        }
        ConllScore score = scoreFiles(Path.of(args[0]), Path.of(args[1]));
        if (score.boundariesDiffer()) {
            System.err.println("warning: sentence boundaries in PRED differ from GOLD; GOLD's are used");
        }
        score.report().forEach(System.out::println);
    }
}
