package dev.herald.core.pipeline;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.Layer;
import dev.herald.spi.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered chain of stages. The builder checks that every stage's required layers are produced by an earlier
 * stage and that no two stages produce the same layer, so a bad order fails before any article is read.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer<?>> produces;

    private Pipeline(List<Stage> stages, Set<Layer<?>> produces) {
        this.stages = List.copyOf(stages);
        this.produces = Set.copyOf(produces);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Document analyze(Article article) {
        Document document = Document.of(article);
        for (Stage stage : stages) {
            document = stage.apply(document);
        }
        return document;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Set<Layer<?>> produces() {
        return produces;
    }

    /** Collects stages and validates their order on {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        private Builder() {}

        public Builder add(Stage stage) {
            stages.add(requireNonNull(stage, "stage"));
            return this;
        }

        public Pipeline build() {
            Set<Layer<?>> available = new LinkedHashSet<>();
            Set<String> names = new HashSet<>();
            for (Stage stage : stages) {
                if (!names.add(stage.name())) {
                    throw badOrder("stage '%s' is added twice", stage.name());
                }
                Set<Layer<?>> missing = new LinkedHashSet<>(stage.requires());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw badOrder("stage '%s' requires %s, which no earlier stage produces", stage.name(),
                            names(missing));
                }
                for (Layer<?> layer : stage.produces()) {
                    if (!available.add(layer)) {
                        throw badOrder("stage '%s' produces %s, which an earlier stage already produces",
                                stage.name(), layer);
                    }
                }
            }
            return new Pipeline(stages, available);
        }

        private static String names(Set<Layer<?>> layers) {
            return layers.stream().map(Layer::name).collect(Collectors.joining(", "));
        }

        private static HeraldException badOrder(String format, Object... args) {
            return new HeraldException(ErrorCode.BAD_REQUEST, "bad pipeline: " + String.format(format, args));
        }
    }
}
