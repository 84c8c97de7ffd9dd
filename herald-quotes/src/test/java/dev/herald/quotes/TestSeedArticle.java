package dev.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Layers;
import dev.herald.spi.Provenance;
import dev.herald.spi.Quote;
import dev.herald.spi.QuoteType;
import dev.herald.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article end to end (CoreNLP, entity resolution, quotes, provenance) against its hand annotation
 * {@code gold/gallant-pentagon.json}: a gold quote is found when some content piece overlaps its text fragment.
 */
class TestSeedArticle {
    private static Document document;
    private static JsonNode gold;

    @BeforeAll
    static void analyze() throws IOException {
        String text = SharedData.read("articles/gallant-pentagon.txt");
        gold = new ObjectMapper().readTree(SharedData.read("gold/gallant-pentagon.json"));
        Document parsed = new CoreNlpBackbone(CoreNlpConfig.defaults()).apply(Document.of(Article.of("seed", text)));
        Document resolved = new EntityResolver(OrganizationCountries.none()).apply(parsed);
        document = new ProvenanceStage().apply(QuoteStage.standard().apply(resolved));
    }

    @Test
    void findsEveryGoldQuoteWithTypeAndSpeakers() {
        List<String> problems = new ArrayList<>();
        for (JsonNode item : gold.get("quotes")) {
            String fragment = item.get("text").asText();
            Optional<Quote> found = overlapping(fragmentSpan(fragment));
            if (found.isEmpty()) {
                problems.add("missed: " + fragment);
                continue;
            }
            Quote quote = found.get();
            QuoteType type = QuoteType.valueOf(item.get("type").asText().toUpperCase(Locale.ROOT));
            if (quote.type() != type) {
                problems.add("type " + quote.type() + " for: " + fragment);
            }
            Set<String> speakers = new TreeSet<>(List.of(item.get("speaker").asText()));
            item.path("also_speakers").forEach(s -> speakers.add(s.asText()));
            if (!speakers.equals(new TreeSet<>(quote.speakerNames()))) {
                problems.add("speakers " + quote.speakerNames() + " instead of " + speakers + " for: " + fragment);
            }
            if (quote.anonymous() != item.path("anonymous").asBoolean(false)) {
                problems.add("anonymous " + quote.anonymous() + " for: " + fragment);
            }
            if (quote.hedged() != item.path("hedged").asBoolean(false)) {
                problems.add("hedged " + quote.hedged() + " for: " + fragment);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + describe());
    }

    @Test
    void reportsNothingElse() {
        List<CharSpan> fragments = new ArrayList<>();
        gold.get("quotes").forEach(item -> fragments.add(fragmentSpan(item.get("text").asText())));
        List<String> extra = new ArrayList<>();
        for (Quote quote : document.get(Layers.QUOTES)) {
            for (CharSpan piece : quote.content()) {
                if (fragments.stream().noneMatch(piece::intersects)) {
                    extra.add(piece.coveredText(document.text()));
                }
            }
        }
        assertEquals(List.of(), extra);
    }

    @Test
    void findsTheProvenance() {
        String text = document.text();
        Quote release = overlapping(fragmentSpan("The President, the Administration")).orElseThrow();
        assertEquals(Optional.of("press release"), release.medium());
        assertTrue(release.mediumSpan().orElseThrow().coveredText(text).contains("release from his office"));
        Quote post = overlapping(fragmentSpan("agreed to a meeting of the strategic")).orElseThrow();
        assertEquals(Optional.of("social post"), post.medium());
        assertTrue(post.mediumSpan().orElseThrow().coveredText(text).contains("social media platform X"));
        Quote anonymous = overlapping(fragmentSpan("bled into Lebanon")).orElseThrow();
        assertTrue(anonymous.anonymous());
        List<Provenance> credits = document.get(Layers.PROVENANCE);
        assertEquals(1, credits.size(), credits.toString());
        assertEquals(Provenance.Kind.WIRE_CREDIT, credits.get(0).kind());
        assertEquals("Associated Press", credits.get(0).name());
        assertEquals("THE Associated Press contributed to this article", credits.get(0).span().coveredText(text));
    }

    private static CharSpan fragmentSpan(String fragment) {
        int at = document.text().indexOf(fragment);
        assertTrue(at >= 0, "fragment not in article: " + fragment);
        return new CharSpan(at, at + fragment.length());
    }

    private static Optional<Quote> overlapping(CharSpan fragment) {
        return document.get(Layers.QUOTES).stream()
                .filter(q -> q.content().stream().anyMatch(fragment::intersects))
                .findFirst();
    }

    private static String describe() {
        StringBuilder out = new StringBuilder();
        String text = document.text();
        for (Quote q : document.get(Layers.QUOTES)) {
            out.append(q.type()).append(" | ").append(q.speakerNames()).append(" | ")
                    .append(q.cue().map(c -> c.coveredText(text)).orElse("-")).append(" | ")
                    .append(q.source().map(c -> c.coveredText(text)).orElse("-")).append(" | ")
                    .append(q.anonymous() ? "anon " : "").append(q.hedged() ? "hedged " : "")
                    .append(q.medium().orElse("")).append(" | ")
                    .append(q.content().stream().map(c -> c.coveredText(text)).toList()).append('\n');
        }
        return out.toString();
    }
}
