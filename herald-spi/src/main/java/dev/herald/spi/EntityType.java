package dev.herald.spi;

/** The coarse entity classes Herald reports; MISC covers names that are none of the others. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
