package dev.herald.core.output;

import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layers;
import dev.herald.spi.Provenance;
import dev.herald.spi.Quote;
import dev.herald.spi.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A report a person can scan: who is named and in what role, when things happened, who said what. */
public final class TextReport {
    private TextReport() {}

    /** The report with countries as codes: "Yoav Gallant (Defense Minister, ISR)". */
    public static String write(Document document) {
        return write(document, code -> Optional.empty());
    }

    /**
     * The report with speakers described by nationality where {@code demonyms} knows the country's adjective:
     * "Yoav Gallant (Israeli Defense Minister) said: …".
     */
    public static String write(Document document, Function<String, Optional<String>> demonyms) {
        StringBuilder out = new StringBuilder();
        var article = document.article();
        out.append(article.title().orElse(article.id()));
        article.published().ifPresent(date -> out.append(" (published ").append(date).append(')'));
        out.append('\n');
        if (document.has(Layers.ENTITIES)) {
            appendEntities(out, document.get(Layers.ENTITIES));
        }
        if (document.has(Layers.TIMES)) {
            appendTimes(out, document.get(Layers.TIMES));
        }
        if (document.has(Layers.QUOTES)) {
            Map<String, Entity> byId = document.has(Layers.ENTITIES)
                    ? document.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, e -> e))
                    : Map.of();
            appendQuotes(out, document.get(Layers.QUOTES), byId, document.text(), demonyms);
        }
        if (document.has(Layers.PROVENANCE)) {
            for (Provenance credit : document.get(Layers.PROVENANCE)) {
                out.append("\nProvenance: ").append(credit.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(", ").append(credit.name()).append('\n');
            }
        }
        return out.toString();
    }

    private static void appendEntities(StringBuilder out, List<Entity> entities) {
        for (EntityType type : EntityType.values()) {
            List<Entity> ofType = entities.stream().filter(e -> e.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            out.append('\n').append(plural(type)).append('\n');
            for (Entity entity : ofType) {
                out.append("  ").append(entity.name());
                List<String> details = new ArrayList<>();
                entity.role().ifPresent(details::add);
                entity.affiliation().ifPresent(a -> details.add("of " + a));
                entity.country().ifPresent(details::add);
                if (!details.isEmpty()) {
                    out.append(" (").append(String.join(", ", details)).append(')');
                }
                out.append("  ×").append(entity.mentions().size()).append('\n');
            }
        }
    }

    private static void appendTimes(StringBuilder out, List<TimeExpression> times) {
        if (times.isEmpty()) {
            return;
        }
        out.append("\nTimes\n");
        for (TimeExpression time : times) {
            out.append("  ").append(time.text()).append(" → ").append(time.value())
                    .append(" (").append(time.type().name().toLowerCase(Locale.ROOT)).append(")\n");
        }
    }

    private static void appendQuotes(StringBuilder out, List<Quote> quotes, Map<String, Entity> entities,
            String text, Function<String, Optional<String>> demonyms) {
        if (quotes.isEmpty()) {
            return;
        }
        out.append("\nQuotes\n");
        for (Quote quote : quotes) {
            List<String> speakers = new ArrayList<>();
            for (int i = 0; i < quote.speakerNames().size(); i++) {
                String name = quote.speakerNames().get(i);
                Entity entity = i < quote.speakers().size() ? entities.get(quote.speakers().get(i)) : null;
                speakers.add(entity == null ? name : name + describe(entity, demonyms));
            }
            // As written: direct and mixed quotes keep their own marks, indirect speech gets none it did not have.
            String content = quote.content().stream().map(piece -> piece.coveredText(text))
                    .collect(Collectors.joining(" … "));
            out.append("  ").append(speakers.isEmpty() ? "(unknown)" : String.join(" and ", speakers))
                    .append(" said: ").append(content).append(" [")
                    .append(quote.type().name().toLowerCase(Locale.ROOT));
            quote.cue().ifPresent(cue -> out.append(", cue: ").append(cue.coveredText(text)));
            quote.medium().ifPresent(medium -> out.append(", via ").append(medium));
            if (quote.anonymous()) {
                out.append(", anonymous");
            }
            if (quote.hedged()) {
                out.append(", hedged");
            }
            out.append("]\n");
        }
    }

    /** " (Israeli Defense Minister)", " (reporter of Axios)", or nothing without a role. */
    private static String describe(Entity entity, Function<String, Optional<String>> demonyms) {
        if (entity.role().isEmpty()) {
            return "";
        }
        String role = entity.role().get();
        Optional<String> demonym = entity.country().flatMap(demonyms);
        String of = entity.affiliation().map(a -> " of " + a).orElse("");
        return " (" + demonym.map(d -> d + " ").orElse("") + role + of + ")";
    }

    private static String plural(EntityType type) {
        switch (type) {
            case PERSON:
                return "People";
            case ORGANIZATION:
                return "Organisations";
            case LOCATION:
                return "Places";
            default:
                return "Other names";
        }
    }
}
