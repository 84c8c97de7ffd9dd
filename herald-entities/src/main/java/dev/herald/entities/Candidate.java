package dev.herald.entities;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityMention;
import dev.herald.spi.EntityType;
import dev.herald.spi.TokenSpan;
import java.util.Optional;

/**
 * A name mention that survived cleaning, with what the mention alone says about it.
 *
 * @param country the country the mention names, when it names one ("U.S.", "State of Israel")
 * @param capitalOf the country whose capital the mention names ("Tehran")
 */
record Candidate(CharSpan span, String text, EntityType type, TokenSpan tokens, Optional<String> country,
        Optional<String> capitalOf) {

    String key() {
        return country.map(code -> "country:" + code).orElseGet(() -> WordList.key(text));
    }

    Candidate withType(EntityType newType) {
        return new Candidate(span, text, newType, tokens, country, capitalOf);
    }

    EntityMention toMention(EntityType finalType) {
        return new EntityMention(span, text, finalType, tokens);
    }
}
