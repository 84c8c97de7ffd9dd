package dev.herald.time;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Document;
import dev.herald.spi.Layer;
import dev.herald.spi.Layers;
import dev.herald.spi.Stage;
import java.util.Set;

/**
 * Adds {@link Layers#TIMES}: the time expressions of the article text, resolved against the article's
 * publication day (left unresolved in TIMEX3 style when the article has none). Needs no other layer.
 */
public final class TimeStage implements Stage {
    private final TimeTagger tagger;

    /** A stage with the standard English news grammar. */
    public TimeStage() {
        this(TimeTagger.standard());
    }

    public TimeStage(TimeTagger tagger) {
        this.tagger = requireNonNull(tagger, "tagger");
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document document) {
        requireNonNull(document, "document");
        return document.with(Layers.TIMES, tagger.tag(document.text(), document.article().published()));
    }
}
