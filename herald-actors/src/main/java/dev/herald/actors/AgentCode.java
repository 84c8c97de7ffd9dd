package dev.herald.actors;

import static dev.herald.spi.Checks.checkArgument;
import static dev.herald.spi.Checks.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CAMEO code an agent noun adds to an actor: "minister" adds {@code GOV} after the country
 * ({@code ~GOV} in the source), "peacekeeping troops" adds {@code IGO} before it ({@code IGO~}).
 */
public record AgentCode(String code, Position position) {
    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z0-9]{3})+");

    /** Where the agent's code goes relative to the actor's code. */
    public enum Position { AFTER_ACTOR, BEFORE_ACTOR }

    public AgentCode {
        requireNonNull(code, "code");
        requireNonNull(position, "position");
        checkArgument(SHAPE.matcher(code).matches(), "agent code must be groups of three capitals or digits: %s", code);
    }

    /** Parses the source notation: {@code ~GOV} or {@code IGO~}. */
    public static AgentCode parse(String notation) {
        requireNonNull(notation, "notation");
        if (notation.startsWith("~")) {
            return new AgentCode(notation.substring(1), Position.AFTER_ACTOR);
        }
        checkArgument(notation.endsWith("~"), "agent code must start or end with '~': %s", notation);
        return new AgentCode(notation.substring(0, notation.length() - 1), Position.BEFORE_ACTOR);
    }

    /** The three-character groups, e.g. {@code [GOV, MED]} for {@code ~GOVMED}. */
    public List<String> sectors() {
        List<String> sectors = new ArrayList<>();
        for (int i = 0; i < code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
        }
        return List.copyOf(sectors);
    }

    /** The actor's code with this agent's code added, e.g. {@code ISR} and {@code ~GOV} give {@code ISRGOV}. */
    public ActorCode applyTo(ActorCode actor) {
        requireNonNull(actor, "actor");
        return new ActorCode(position == Position.AFTER_ACTOR ? actor.code() + code : code + actor.code());
    }

    /** The source notation. */
    @Override
    public String toString() {
        return position == Position.AFTER_ACTOR ? "~" + code : code + "~";
    }
}
