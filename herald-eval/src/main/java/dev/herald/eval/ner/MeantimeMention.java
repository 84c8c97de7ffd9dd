package dev.herald.eval.ner;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.TokenSpan;

/**
 * A MEANTIME {@code ENTITY_MENTION}.
 *
 * @param tokens document-wide token indices; the few mentions with gaps in their anchors (none of them a proper
 *     name) are kept as their covering span
 * @param type {@code ent_type} of the {@code ENTITY} the mention refers to (PER, ORG, LOC, PRO, FIN, MIX), empty
 *     when no {@code REFERS_TO} relation links it to one
 * @param syntacticType {@code syntactic_type}: NAM for a proper name, PRE.NAM for a name that premodifies a noun
 *     ("US" in "US airtanker contract"), NOM, PRO (pronoun), APP, CONJ, ...; empty when not given
 */
public record MeantimeMention(String id, TokenSpan tokens, String type, String syntacticType) {
    public MeantimeMention {
        requireNonNull(id, "id");
        requireNonNull(tokens, "tokens");
        requireNonNull(type, "type");
        requireNonNull(syntacticType, "syntacticType");
    }
}
