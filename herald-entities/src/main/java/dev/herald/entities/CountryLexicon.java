package dev.herald.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by name, spelling, demonym and capital, mapped to ISO 3166-1 alpha-3 codes. Data: world-countries
 * (ODbL 1.0) plus Herald's own news spellings ("U.S.", "Britain").
 */
public final class CountryLexicon {
    private static final CountryLexicon STANDARD = load();

    private final Map<String, String> byName;
    private final Map<String, String> byDemonym;
    private final Map<String, String> byCapital;
    private final Map<String, String> commonNames;
    private final Map<String, String> demonyms;

    private CountryLexicon(Map<String, String> byName, Map<String, String> byDemonym, Map<String, String> byCapital,
            Map<String, String> commonNames, Map<String, String> demonyms) {
        this.byName = Map.copyOf(byName);
        this.demonyms = Map.copyOf(demonyms);
        this.byDemonym = Map.copyOf(byDemonym);
        this.byCapital = Map.copyOf(byCapital);
        this.commonNames = Map.copyOf(commonNames);
    }

    public static CountryLexicon standard() {
        return STANDARD;
    }

    /** The country a name or spelling denotes: "U.S." → USA, "State of Israel" → ISR. */
    public Optional<String> byName(String name) {
        return Optional.ofNullable(byName.get(WordList.key(name)));
    }

    /** The country of a nationality word, singular or plural: "Israeli", "Israelis" → ISR. */
    public Optional<String> byDemonym(String word) {
        String key = WordList.key(word);
        String code = byDemonym.get(key);
        if (code == null && key.endsWith("s")) {
            code = byDemonym.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(code);
    }

    /** The country whose capital this is: "Tehran" → IRN. */
    public Optional<String> byCapital(String name) {
        return Optional.ofNullable(byCapital.get(WordList.key(name)));
    }

    /** The country's adjective for its people: ISR → "Israeli". */
    public Optional<String> demonym(String code) {
        return Optional.ofNullable(demonyms.get(code));
    }

    /** The country's short English name: USA → "United States". */
    public Optional<String> commonName(String code) {
        return Optional.ofNullable(commonNames.get(code));
    }

    private static CountryLexicon load() {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byDemonym = new HashMap<>();
        Map<String, String> byCapital = new HashMap<>();
        Map<String, String> commonNames = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        WordList.forEachLine("countries.tsv", line -> {
            String[] cols = line.split("\t", -1);
            String code = cols[0];
            commonNames.put(code, cols[1]);
            for (String name : cols[2].split("\\|")) {
                // Two-letter ISO codes ("IL", "IN") are ordinary words too often to be read as countries.
                if (name.length() > 2 || name.equals("US") || name.equals("UK")) {
                    byName.putIfAbsent(WordList.key(name), code);
                }
            }
            for (String demonym : cols[3].split("\\|")) {
                if (!demonym.isEmpty()) {
                    demonyms.putIfAbsent(code, demonym);
                    byDemonym.putIfAbsent(WordList.key(demonym), code);
                }
            }
            for (String capital : cols[4].split("\\|")) {
                if (!capital.isEmpty()) {
                    byCapital.putIfAbsent(WordList.key(capital), code);
                }
            }
        });
        WordList.forEachLine("country-aliases.tsv", line -> {
            String[] cols = line.split("\t");
            (cols[1].equals("capital") ? byCapital : byName).put(WordList.key(cols[2]), cols[0]);
        });
        return new CountryLexicon(byName, byDemonym, byCapital, commonNames, demonyms);
    }
}
