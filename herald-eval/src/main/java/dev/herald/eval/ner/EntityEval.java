package dev.herald.eval.ner;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.core.pipeline.Pipeline;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.engine.StandardPipeline;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.Layers;
import dev.herald.spi.Token;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Named-entity evaluation of Herald on WikiGold (CoNLL tags, conlleval scoring) and MEANTIME (exact mention
 * spans). Each document goes in as its gold tokens joined by single spaces, one sentence a line, so that CoreNLP's
 * tokens and sentences are exactly the gold ones; any difference fails the evaluation. Two systems are scored: the
 * final {@link Layers#ENTITIES} layer (every mention of every entity, with the entity's type) and the backbone's
 * raw {@link Layers#MENTIONS}, which shows what entity resolution adds or loses.
 */
public final class EntityEval {
    private static final String RESOLVED = "resolved (ENTITIES)";
    private static final String BACKBONE = "backbone (MENTIONS)";

    private EntityEval() {}

    /** WikiGold scores of the resolved entities and of the raw backbone mentions. */
    public record WikiGoldResult(ConllScore resolved, ConllScore backbone, int documents, int tokens,
            double seconds) {
        public WikiGoldResult {
            requireNonNull(resolved, "resolved");
            requireNonNull(backbone, "backbone");
        }
    }

    /**
     * MEANTIME scores over proper-name (NAM) gold mentions, of the resolved entities and of the raw backbone
     * mentions, and of the resolved entities when premodifying names (PRE.NAM: "US" in "US contract") count too.
     */
    public record MeantimeResult(MentionScore resolved, MentionScore backbone, MentionScore resolvedWithPremodifiers,
            int documents, int tokens, double seconds) {
        public MeantimeResult {
            requireNonNull(resolved, "resolved");
            requireNonNull(backbone, "backbone");
            requireNonNull(resolvedWithPremodifiers, "resolvedWithPremodifiers");
        }
    }

    /** The standard pipeline as the evaluations run it: whitespace tokens, line-end sentences, no parser. */
    public static Pipeline pipeline() {
        return StandardPipeline.entities(CoreNlpConfig.defaults().withWhitespaceTokens(true).withDependencies(false));
    }

    /** {@link #wikigold(Path, Pipeline, PrintStream, Optional)} with {@link #pipeline()}. */
    public static WikiGoldResult wikigold(Path conllFile, PrintStream out, Optional<Path> predictionOut) {
        return wikigold(conllFile, loadPipeline(out), out, predictionOut);
    }

    /**
     * Scores {@code pipeline} on a WikiGold-style CoNLL file ({@code token TAG}, IOB1, {@code -DOCSTART-} between
     * documents) and prints both systems' tables and {@code conll_score.py}'s report for the resolved entities.
     * When {@code predictionOut} is given, the resolved entities' tags are written there as {@code token TAG}
     * lines with a blank line after each sentence, and the backbone's to the same name with {@code .backbone}
     * appended, so that {@code conll_score.py GOLD PRED} checks the numbers.
     */
    public static WikiGoldResult wikigold(Path conllFile, Pipeline pipeline, PrintStream out,
            Optional<Path> predictionOut) {
        requireNonNull(pipeline, "pipeline");
        requireNonNull(out, "out");
        requireNonNull(predictionOut, "predictionOut");
        List<ConllDocument> documents = ConllReader.read(conllFile);
        TagSequence gold = TagSequence.of(documents);
        long start = System.nanoTime();
        List<Predicted> predicted = documents.parallelStream()
                .map(d -> analyze(pipeline, d.id(), d.tokenSentences()))
                .toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<ConllDocument> resolvedDocuments = tagged(documents, predicted, true);
        List<ConllDocument> backboneDocuments = tagged(documents, predicted, false);
        predictionOut.ifPresent(path -> {
            ConllReader.write(path, resolvedDocuments);
            ConllReader.write(path.resolveSibling(path.getFileName() + ".backbone"), backboneDocuments);
        });
        ConllScore resolved = ConllScorer.score(gold, TagSequence.of(resolvedDocuments));
        ConllScore backbone = ConllScorer.score(gold, TagSequence.of(backboneDocuments));
        out.printf(Locale.ROOT, "WikiGold %s: %d documents, %d tokens; exact entities, conlleval rules%n",
                conllFile, documents.size(), gold.size());
        List<ScoreTable.Row> rows = new ArrayList<>();
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            rows.add(new ScoreTable.Row(type, List.of(resolved.type(type), backbone.type(type))));
        }
        rows.add(new ScoreTable.Row("PER/ORG/LOC", List.of(resolved.perOrgLoc(), backbone.perOrgLoc())));
        rows.add(new ScoreTable.Row("all", List.of(resolved.overall(), backbone.overall())));
        ScoreTable.lines(List.of(RESOLVED, BACKBONE), rows).forEach(out::println);
        out.println();
        out.println("conll_score.py report, " + RESOLVED + ":");
        resolved.report().forEach(out::println);
        printSpeed(out, gold.size(), seconds);
        return new WikiGoldResult(resolved, backbone, documents.size(), gold.size(), seconds);
    }

    /** {@link #meantime(Path, Pipeline, PrintStream)} with {@link #pipeline()}. */
    public static MeantimeResult meantime(Path meantimeDir, PrintStream out) {
        return meantime(meantimeDir, loadPipeline(out), out);
    }

    /**
     * Scores {@code pipeline} on MEANTIME: every {@code corpus_*\/*.xml} under {@code meantimeDir} (the corpus's
     * {@code intra-doc_annotation} folder, or the corpus root that holds it). Gold mentions are the proper-name
     * (NAM) mentions whose entity is PER, ORG or LOC; matches are exact token spans with the same type.
     */
    public static MeantimeResult meantime(Path meantimeDir, Pipeline pipeline, PrintStream out) {
        requireNonNull(meantimeDir, "meantimeDir");
        requireNonNull(pipeline, "pipeline");
        requireNonNull(out, "out");
        Path intraDoc = meantimeDir.resolve("intra-doc_annotation");
        List<MeantimeDocument> documents = MeantimeReader.readCorpus(
                intraDoc.toFile().isDirectory() ? intraDoc : meantimeDir);
        int tokens = documents.stream().mapToInt(MeantimeDocument::tokenCount).sum();
        long start = System.nanoTime();
        List<Predicted> predicted = documents.parallelStream()
                .map(d -> analyze(pipeline, d.id(), d.sentences()))
                .toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<List<EntityMention>> resolvedMentions = predicted.stream().map(Predicted::resolved).toList();
        List<List<EntityMention>> backboneMentions = predicted.stream().map(Predicted::backbone).toList();
        MentionScore resolved = MeantimeScorer.score(documents, resolvedMentions, Set.of("NAM"));
        MentionScore backbone = MeantimeScorer.score(documents, backboneMentions, Set.of("NAM"));
        MentionScore withPremodifiers = MeantimeScorer.score(documents, resolvedMentions, Set.of("NAM", "PRE.NAM"));
        int annotated = documents.stream().mapToInt(MeantimeDocument::annotatedTokens).sum();
        out.printf(Locale.ROOT, "MEANTIME %s: %d documents, %d tokens, %d of them in the annotated sentences"
                + " (title and first sentences; Herald reads whole documents, only those sentences are scored)%n",
                meantimeDir, documents.size(), tokens, annotated);
        out.println("gold PER/ORG/LOC mentions by syntactic_type: " + syntacticTypes(documents));
        out.println("scored: NAM (proper-name) mentions only. MEANTIME also marks nominal (NOM), pronominal (PRO),");
        out.println("appositive (APP), conjoined (CONJ) and premodifier-name (PRE.NAM) mentions, and its NAM spans");
        out.println("include titles and determiners ('U.S. President Barack Obama', 'the Chrysler Group'); a");
        out.println("prediction whose span is exactly an unscored gold mention is left out; Herald's MISC is not scored.");
        out.println(meantimeTable(resolved, backbone, "NAM"));
        out.println(meantimeTable(withPremodifiers, null, "NAM + PRE.NAM"));
        printSpeed(out, tokens, seconds);
        return new MeantimeResult(resolved, backbone, withPremodifiers, documents.size(), tokens, seconds);
    }

    private static String meantimeTable(MentionScore resolved, MentionScore backbone, String scope) {
        List<String> systems = backbone == null ? List.of(RESOLVED) : List.of(RESOLVED, BACKBONE);
        List<MentionScore> scores = backbone == null ? List.of(resolved) : List.of(resolved, backbone);
        List<ScoreTable.Row> rows = new ArrayList<>();
        for (String type : List.of("PER", "ORG", "LOC")) {
            rows.add(new ScoreTable.Row(type, scores.stream().map(s -> s.type(type)).toList()));
        }
        rows.add(new ScoreTable.Row("PER/ORG/LOC", scores.stream().map(MentionScore::perOrgLoc).toList()));
        List<String> lines = new ArrayList<>();
        lines.add("gold: " + scope);
        lines.addAll(ScoreTable.lines(systems, rows));
        for (int i = 0; i < scores.size(); i++) {
            MentionScore s = scores.get(i);
            lines.add(String.format(Locale.ROOT,
                    "%s: overlap (same type) P %s R %s F1 %s; left out: %d exact unscored-mention spans, %d MISC",
                    systems.get(i), ConllScore.fixed(s.overlapPrecision(), 0), ConllScore.fixed(s.overlapRecall(), 0),
                    ConllScore.fixed(s.overlapF1(), 0), s.ignored(), s.misc()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String syntacticTypes(List<MeantimeDocument> documents) {
        Map<String, Long> counts = documents.stream()
                .flatMap(d -> d.mentions().stream())
                .filter(m -> ConllScore.PER_ORG_LOC.contains(m.type()))
                .collect(Collectors.groupingBy(m -> m.syntacticType().isEmpty() ? "(none)" : m.syntacticType(),
                        TreeMap::new, Collectors.counting()));
        return counts.toString();
    }

    private static Pipeline loadPipeline(PrintStream out) {
        long start = System.nanoTime();
        Pipeline pipeline = pipeline();
        out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return pipeline;
    }

    private static void printSpeed(PrintStream out, int tokens, double seconds) {
        out.printf(Locale.ROOT, "analysis: %.1f s, %.0f tokens/s (%d threads)%n", seconds, tokens / seconds,
                Runtime.getRuntime().availableProcessors());
    }

    /** A document's backbone mentions and resolved entity mentions, in token order. */
    record Predicted(List<EntityMention> backbone, List<EntityMention> resolved) {}

    /** Runs {@code pipeline} on the sentences as text and checks that its tokens are the gold tokens. */
    static Predicted analyze(Pipeline pipeline, String id, List<List<String>> sentences) {
        String text = sentences.stream().map(s -> String.join(" ", s)).collect(Collectors.joining("\n"));
        Document document = pipeline.analyze(Article.of(id, text));
        checkAligned(id, sentences, document.get(Layers.TOKENS));
        List<EntityMention> resolved = new ArrayList<>();
        for (Entity entity : document.get(Layers.ENTITIES)) {
            resolved.addAll(entity.mentions());
        }
        Comparator<EntityMention> order = Comparator.comparingInt(m -> m.tokens().first());
        resolved.sort(order);
        List<EntityMention> backbone = new ArrayList<>(document.get(Layers.MENTIONS));
        backbone.sort(order);
        return new Predicted(backbone, resolved);
    }

    static void checkAligned(String id, List<List<String>> sentences, List<Token> tokens) {
        int i = 0;
        for (int s = 0; s < sentences.size(); s++) {
            for (String gold : sentences.get(s)) {
                if (i >= tokens.size() || !tokens.get(i).text().equals(gold) || tokens.get(i).sentence() != s) {
                    String found = i >= tokens.size() ? "no token"
                            : "'" + tokens.get(i).text() + "' in sentence " + tokens.get(i).sentence();
                    throw new HeraldException(ErrorCode.INTERNAL, id + ": token " + i + " is '" + gold
                            + "' in sentence " + s + " of the gold but " + found
                            + " in Herald's analysis; the evaluation needs tokens split at spaces and sentences"
                            + " at line ends");
                }
                i++;
            }
        }
        if (i != tokens.size()) {
            throw new HeraldException(ErrorCode.INTERNAL, id + ": Herald has " + tokens.size() + " tokens, the gold " + i);
        }
    }

    private static List<ConllDocument> tagged(List<ConllDocument> documents, List<Predicted> predicted,
            boolean resolved) {
        List<ConllDocument> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            ConllDocument document = documents.get(d);
            Predicted p = predicted.get(d);
            List<List<String>> tags = IobTags.of(document.tokenSentences(), resolved ? p.resolved() : p.backbone(),
                    document.id());
            List<ConllSentence> sentences = new ArrayList<>();
            for (int s = 0; s < tags.size(); s++) {
                sentences.add(document.sentences().get(s).withTags(tags.get(s)));
            }
            out.add(new ConllDocument(document.id(), sentences));
        }
        return out;
    }
}
