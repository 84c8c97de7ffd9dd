package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.Document;
import dev.herald.spi.Entity;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Provenance;
import dev.herald.spi.Sentence;
import dev.herald.spi.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the credit lines of an article ("The Associated Press contributed to this article.", "Jane Roe contributed
 * reporting.") and records them as {@link Provenance}: the article's sources, not quotes. A credit is a wire credit
 * unless the entities layer resolves its name to a person. Immutable and thread-safe.
 */
public final class ProvenanceStage implements Stage {
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:(?i:the)\\s+)?(\\p{Lu}[\\p{L}\\p{N}.&'’ -]{1,80}?)\\s+(?i:contributed|contributes)\\s+"
                    + "(?i:to\\s+this\\s+(?:article|report|story)|(?:additional\\s+)?reporting(?:\\s+to\\s+this\\s+"
                    + "(?:article|report|story))?)\\s*[.]?$");

    @Override
    public String name() {
        return "provenance";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PROVENANCE);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Provenance> credits = new ArrayList<>();
        for (Sentence sentence : document.get(Layers.SENTENCES)) {
            String line = sentence.span().coveredText(text);
            Matcher m = CREDIT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int start = sentence.span().start();
            int end = start + line.length();
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            CharSpan name = new CharSpan(start + m.start(1), start + m.end(1));
            Provenance.Kind kind = isPerson(document, name) ? Provenance.Kind.CONTRIBUTOR
                    : Provenance.Kind.WIRE_CREDIT;
            credits.add(new Provenance(new CharSpan(start, end), kind, name.coveredText(text), name));
        }
        return document.with(Layers.PROVENANCE, credits);
    }

    private static boolean isPerson(Document document, CharSpan name) {
        for (Entity entity : document.get(Layers.ENTITIES)) {
            for (EntityMention mention : entity.mentions()) {
                if (mention.span().intersects(name)) {
                    return entity.type() == EntityType.PERSON;
                }
            }
        }
        return false;
    }
}
