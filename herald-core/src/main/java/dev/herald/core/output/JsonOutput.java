package dev.herald.core.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.spi.Article;
import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.Layers;
import dev.herald.spi.Provenance;
import dev.herald.spi.Quote;
import dev.herald.spi.TimeExpression;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes an analysed document as Herald JSON, schema {@value #SCHEMA} (docs/SCHEMA.md). */
public final class JsonOutput {
    public static final String SCHEMA = "herald/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    public static String write(Document document) {
        try {
            return MAPPER.writeValueAsString(toJson(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static ObjectNode toJson(Document document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("article", article(document.article()));
        String text = document.text();
        if (document.has(Layers.ENTITIES)) {
            ArrayNode entities = root.putArray("entities");
            document.get(Layers.ENTITIES).forEach(e -> entities.add(entity(e, text)));
        }
        if (document.has(Layers.TIMES)) {
            ArrayNode times = root.putArray("times");
            document.get(Layers.TIMES).forEach(t -> times.add(time(t)));
        }
        if (document.has(Layers.QUOTES)) {
            Map<String, Entity> byId = document.has(Layers.ENTITIES)
                    ? document.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, e -> e))
                    : Map.of();
            ArrayNode quotes = root.putArray("quotes");
            document.get(Layers.QUOTES).forEach(q -> quotes.add(quote(q, text, byId)));
        }
        if (document.has(Layers.PROVENANCE)) {
            ArrayNode provenance = root.putArray("provenance");
            for (Provenance credit : document.get(Layers.PROVENANCE)) {
                ObjectNode node = spanned(credit.span(), text);
                node.put("kind", credit.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                node.put("name", credit.name());
                node.set("nameEvidence", spanned(credit.nameSpan(), text));
                provenance.add(node);
            }
        }
        return root;
    }

    private static ObjectNode article(Article article) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", article.id());
        putIfPresent(node, "title", article.title());
        putIfPresent(node, "url", article.url());
        putIfPresent(node, "outlet", article.outlet());
        putIfPresent(node, "byline", article.byline());
        putIfPresent(node, "published", article.published().map(Object::toString));
        node.put("language", article.language());
        node.put("length", article.text().length());
        return node;
    }

    private static ObjectNode entity(Entity entity, String text) {
        ObjectNode node = spanned(entity.span(), text);
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        putIfPresent(node, "role", entity.role());
        putIfPresent(node, "country", entity.country());
        putIfPresent(node, "affiliation", entity.affiliation());
        entity.roleSpan().ifPresent(span -> node.set("roleEvidence", spanned(span, text)));
        ArrayNode mentions = node.putArray("mentions");
        for (EntityMention mention : entity.mentions()) {
            mentions.add(spanned(mention.span(), text));
        }
        return node;
    }

    private static ObjectNode time(TimeExpression time) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", time.span().start());
        node.put("end", time.span().end());
        node.put("text", time.text());
        node.put("type", time.type().name());
        node.put("value", time.value());
        return node;
    }

    private static ObjectNode quote(Quote quote, String text, Map<String, Entity> entities) {
        ObjectNode node = spanned(quote.span(), text);
        node.put("type", quote.type().name().toLowerCase(Locale.ROOT));
        ArrayNode content = node.putArray("content");
        quote.content().forEach(piece -> content.add(spanned(piece, text)));
        quote.cue().ifPresent(cue -> node.set("cue", spanned(cue, text)));
        node.put("cueLemma", quote.cueLemma());
        quote.source().ifPresent(source -> node.set("source", spanned(source, text)));
        ArrayNode speakers = node.putArray("speakers");
        for (int i = 0; i < quote.speakerNames().size(); i++) {
            ObjectNode speaker = speakers.addObject();
            speaker.put("name", quote.speakerNames().get(i));
            if (i < quote.speakers().size()) {
                speaker.put("entity", quote.speakers().get(i));
                Entity entity = entities.get(quote.speakers().get(i));
                if (entity != null) {
                    putIfPresent(speaker, "role", entity.role());
                }
            }
        }
        node.put("anonymous", quote.anonymous());
        node.put("hedged", quote.hedged());
        putIfPresent(node, "medium", quote.medium());
        quote.mediumSpan().ifPresent(span -> node.set("mediumEvidence", spanned(span, text)));
        node.put("confidence", Math.round(quote.confidence() * 1000) / 1000.0);
        return node;
    }

    private static ObjectNode spanned(CharSpan span, String text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.coveredText(text));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, Optional<String> value) {
        value.ifPresent(v -> node.put(field, v));
    }
}
