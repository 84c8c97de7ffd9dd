package dev.herald.spi;

import java.util.Set;

/**
 * One step of analysis. A stage declares the layers it reads and the layers it adds, so a pipeline can refuse a
 * bad order when it is built. Stages are immutable and thread-safe once built: one instance serves a CLI, a
 * server and a Spark executor.
 */
public interface Stage {
    /** A short, stable name used in logs, errors and configuration. */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    /** Returns {@code document} with the produced layers added; never changes the input. */
    Document apply(Document document);
}
