package dev.herald.quotes;

import dev.herald.quotes.eval.PolnearAttribution;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.quotes.eval.PolnearScorer;
import dev.herald.spi.CharSpan;
import dev.herald.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the models of {@link QuoteStage} are trained from analysed PolNeAR documents. */
final class Training {
    static final int EPOCHS = 10;
    /** Rounds of training: each proposes the candidates with the previous round's model gating the rules. */
    static final int ROUNDS = 2;

    /** The cue lexicon and the two models trained with it. */
    record Models(CueLexicon cues, AttributionModel attribution, BoundsModel bounds) {
        QuoteStage stage() {
            return new QuoteStage(cues, QuoteStage.DEFAULT_MIN_CUE_COUNT, attribution, bounds, 0);
        }

        Models withoutBounds() {
            return new Models(cues, attribution, BoundsModel.untrained());
        }
    }

    private Training() {}

    /**
     * The models for {@code items}. The first round of the attribution model sees every candidate the rules propose
     * (an untrained model rejects nothing), each later round the candidates the rules propose when the previous
     * model gates them, as {@link QuoteStage} will; the bounds model then learns from the candidates that stand.
     */
    static Models train(List<ParsedCorpus.Item> items) throws IOException {
        Models models = new Models(lexicon(items), AttributionModel.untrained(), BoundsModel.untrained());
        for (int round = 0; round < ROUNDS; round++) {
            models = new Models(models.cues(), AttributionModel.train(examples(items, models.stage()), EPOCHS),
                    models.bounds());
        }
        return new Models(models.cues(), models.attribution(),
                BoundsModel.train(boundsExamples(items, models.stage()), EPOCHS));
    }

    /**
     * The cue lexicon of the items' documents, built as {@link CueLexiconBuilder} builds the shipped one from all
     * of train (every annotation of a document counts): cross-validation must not know the held-out fold's cues.
     */
    static CueLexicon lexicon(List<ParsedCorpus.Item> items) throws IOException {
        Set<String> ids = items.stream().map(item -> item.gold().docId()).collect(Collectors.toSet());
        List<PolnearDocument> annotations = PolnearFiles.readGold(SharedData.path(
                "eval/quotes/polnear/polnear_train.jsonl")).stream().filter(d -> ids.contains(d.docId())).toList();
        return CueLexicon.parse(CueLexiconBuilder.build(annotations));
    }

    /**
     * Every candidate the rules propose on {@code items}, positive when its content overlaps a gold content and its
     * cue (when it has one) a gold cue of the same attribution.
     */
    static List<AttributionModel.Example> examples(List<ParsedCorpus.Item> items, QuoteStage stage) {
        return items.parallelStream().flatMap(item -> stage.candidates(item.document()).stream()
                .map(c -> new AttributionModel.Example(c.features(), match(item.gold(), c) != null))).toList();
    }

    /**
     * For each candidate that stands and has bounds to choose from: the start and the end the annotators chose,
     * when they are among the places offered (one contiguous gold content).
     */
    static List<BoundsModel.Example> boundsExamples(List<ParsedCorpus.Item> items, QuoteStage stage) {
        return items.parallelStream().flatMap(item -> {
            String text = item.gold().text();
            List<BoundsModel.Example> out = new ArrayList<>();
            for (QuoteFinder.Candidate c : stage.candidates(item.document())) {
                PolnearAttribution gold = c.bounds() == null ? null : match(item.gold(), c);
                CharSpan content = gold == null ? null : contiguous(gold.content(), text);
                if (content == null) {
                    continue;
                }
                int start = indexOf(c.bounds().starts(), text, s -> s.start() == content.start());
                int end = indexOf(c.bounds().ends(), text, s -> s.end() == content.end());
                if (start >= 0) {
                    out.add(new BoundsModel.Example(c.bounds().starts().features(), start));
                }
                if (end >= 0) {
                    out.add(new BoundsModel.Example(c.bounds().ends().features(), end));
                }
            }
            return out.stream();
        }).toList();
    }

    /** The gold attribution whose content overlaps the candidate's most, with the candidate's cue if it has one. */
    private static PolnearAttribution match(PolnearDocument document, QuoteFinder.Candidate candidate) {
        PolnearAttribution best = null;
        int bestOverlap = 0;
        for (PolnearAttribution gold : document.attributions()) {
            int overlap = overlap(gold.content(), candidate.quote().content());
            boolean cue = candidate.quote().cue().map(c -> overlap(gold.cue(), List.of(c)) > 0).orElse(true);
            if (cue && overlap > bestOverlap) {
                best = gold;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static int overlap(List<CharSpan> a, List<CharSpan> b) {
        int out = 0;
        for (CharSpan x : a) {
            for (CharSpan y : b) {
                out += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return out;
    }

    private static int indexOf(ContentBounds.Choice choice, String text, java.util.function.Predicate<CharSpan> hit) {
        for (int i = 0; i < choice.spans().size(); i++) {
            CharSpan trimmed = trim(choice.spans().get(i), text);
            if (trimmed != null && hit.test(trimmed)) {
                return i;
            }
        }
        return -1;
    }

    /** The pieces as one span trimmed as the scorer trims them, or null when text lies between them. */
    private static CharSpan contiguous(List<CharSpan> pieces, String text) {
        List<CharSpan> sorted = pieces.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            for (int k = sorted.get(i - 1).end(); k < sorted.get(i).start(); k++) {
                if (!PolnearScorer.isTrim(text.charAt(k))) {
                    return null;
                }
            }
        }
        return sorted.isEmpty() ? null : trim(new CharSpan(sorted.get(0).start(),
                sorted.get(sorted.size() - 1).end()), text);
    }

    private static CharSpan trim(CharSpan span, String text) {
        int s = span.start();
        int e = span.end();
        while (s < e && PolnearScorer.isTrim(text.charAt(s))) {
            s++;
        }
        while (e > s && PolnearScorer.isTrim(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new CharSpan(s, e) : null;
    }
}
