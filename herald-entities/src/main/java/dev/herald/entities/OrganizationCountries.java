package dev.herald.entities;

import java.util.Optional;

/** Knowledge of which country an organisation belongs to ("Pentagon" → USA), e.g. from an actor dictionary. */
@FunctionalInterface
public interface OrganizationCountries {
    Optional<String> countryOf(String organizationName);

    static OrganizationCountries none() {
        return name -> Optional.empty();
    }
}
