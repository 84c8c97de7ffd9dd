package dev.herald.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.entities.EntityResolver;
import dev.herald.entities.OrganizationCountries;
import dev.herald.quotes.eval.PolnearDocument;
import dev.herald.quotes.eval.PolnearFiles;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Dependency;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Sentence;
import dev.herald.spi.Token;
import dev.herald.spi.TokenSpan;
import dev.herald.testing.SharedData;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A PolNeAR split analysed by CoreNLP and entity resolution, cached under {@code target/} as gzipped JSON lines
 * (only the layers {@link QuoteStage} requires), so that experiments and retraining parse each split once. Delete
 * the cache file after changing the backbone or the entity resolver.
 */
final class ParsedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold document with its analysed form. */
    record Item(PolnearDocument gold, Document document) {}

    private ParsedCorpus() {}

    /** The first annotation of every document of {@code polnear_<split>.jsonl}, analysed, in file order. */
    static List<Item> load(String split) throws IOException {
        List<PolnearDocument> gold = List.copyOf(PolnearFiles.firstAnnotations(PolnearFiles.readGold(
                SharedData.path("eval/quotes/polnear/polnear_" + split + ".jsonl"))).values());
        Path cache = Path.of("target/polnear-" + split + "-parsed.jsonl.gz");
        if (!Files.exists(cache)) {
            CoreNlpBackbone backbone = new CoreNlpBackbone(CoreNlpConfig.defaults());
            EntityResolver entities = new EntityResolver(OrganizationCountries.none());
            List<String> lines = gold.parallelStream()
                    .map(d -> write(entities.apply(backbone.apply(Document.of(d.toArticle())))).toString())
                    .toList();
            Files.createDirectories(cache.getParent());
            Path partial = Path.of(cache + ".partial");
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8))) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            Files.move(partial, cache);
        }
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
            for (PolnearDocument d : gold) {
                items.add(new Item(d, read(Document.of(d.toArticle()), JSON.readTree(in.readLine()))));
            }
        }
        return items;
    }

    private static ObjectNode write(Document document) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : document.get(Layers.SENTENCES)) {
            sentences.addArray().add(s.span().start()).add(s.span().end()).add(s.tokens().first())
                    .add(s.tokens().endExclusive());
        }
        ArrayNode tokens = root.putArray("tokens");
        for (Token t : document.get(Layers.TOKENS)) {
            tokens.addArray().add(t.span().start()).add(t.span().end()).add(t.text()).add(t.pos()).add(t.lemma())
                    .add(t.ner()).add(t.sentence());
        }
        ArrayNode dependencies = root.putArray("dependencies");
        for (Dependency d : document.get(Layers.DEPENDENCIES)) {
            dependencies.addArray().add(d.head()).add(d.dependent()).add(d.relation());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : document.get(Layers.ENTITIES)) {
            ObjectNode entity = entities.addObject().put("id", e.id()).put("name", e.name())
                    .put("type", e.type().name());
            ArrayNode mentions = entity.putArray("mentions");
            for (EntityMention m : e.mentions()) {
                mentions.addArray().add(m.span().start()).add(m.span().end()).add(m.text()).add(m.type().name())
                        .add(m.tokens().first()).add(m.tokens().endExclusive());
            }
        }
        return root;
    }

    private static Document read(Document document, JsonNode root) {
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.get("sentences")) {
            sentences.add(new Sentence(new CharSpan(s.get(0).asInt(), s.get(1).asInt()),
                    new TokenSpan(s.get(2).asInt(), s.get(3).asInt())));
        }
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : root.get("tokens")) {
            tokens.add(new Token(new CharSpan(t.get(0).asInt(), t.get(1).asInt()), t.get(2).asText(),
                    t.get(3).asText(), t.get(4).asText(), t.get(5).asText(), t.get(6).asInt()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (JsonNode d : root.get("dependencies")) {
            dependencies.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.get("entities")) {
            List<EntityMention> mentions = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                mentions.add(new EntityMention(new CharSpan(m.get(0).asInt(), m.get(1).asInt()), m.get(2).asText(),
                        EntityType.valueOf(m.get(3).asText()), new TokenSpan(m.get(4).asInt(), m.get(5).asInt())));
            }
            entities.add(new Entity(e.get("id").asText(), e.get("name").asText(),
                    EntityType.valueOf(e.get("type").asText()), mentions, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        return document.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens)
                .with(Layers.DEPENDENCIES, dependencies).with(Layers.ENTITIES, entities);
    }
}
