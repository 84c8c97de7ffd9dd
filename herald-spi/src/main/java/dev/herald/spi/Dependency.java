package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

/**
 * A typed arc of the dependency parse (Universal Dependencies relations), over document-wide token indices.
 *
 * @param head the governing token, or {@link #ROOT} for the sentence root
 */
public record Dependency(int head, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        checkArgument(head >= ROOT, "bad head: %s", head);
        checkArgument(dependent >= 0, "bad dependent: %s", dependent);
        requireNonNull(relation, "relation");
    }
}
