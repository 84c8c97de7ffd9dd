package dev.herald.entities;

import dev.herald.spi.CharSpan;
import java.util.Optional;

/**
 * What a title phrase says about a person: "Israeli Defense Minister" → role "Defense Minister", country ISR;
 * "Axios reporter" → role "reporter", affiliation the Axios mention.
 */
record Role(String title, Optional<String> country, Optional<Candidate> affiliation, CharSpan evidence) {}
