package dev.herald.actors;

/** What kind of actor a dictionary phrase names, as far as the source dictionaries tell. */
public enum ActorKind {
    /** A country, or a place the source codes as its country (capital, province, demonym). */
    COUNTRY,
    /** An office holder or other person whose codes the source restricts by date. */
    PERSON,
    /** Anything else: an organisation, institution, armed group, or a person listed without dates. */
    GROUP
}
