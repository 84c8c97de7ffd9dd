package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.EntityType;
import dev.herald.spi.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whether a quote's source is anonymous, whether its cue is hedged, and the medium the text names for it. */
final class QuoteFlags {
    private static final Set<String> ANONYMOUS_HEADS = Set.of("official", "source", "aide", "person", "people",
            "insider", "diplomat", "adviser", "advisor", "staffer", "officer");
    private static final Set<String> ANONYMITY = Set.of("anonymity", "unnamed", "anonymous", "unidentified");
    private static final Set<String> NAMING = Set.of("identified", "named");
    private static final Set<String> COUNTS = Set.of("several", "some", "multiple", "few", "many");
    /** How many tokens either side of the cue are searched for an anonymity word in its sentence. */
    private static final int ANONYMITY_WINDOW = 40;
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "being");
    private static final Set<String> SOCIAL = Set.of("twitter", "x", "facebook", "instagram", "social", "tweet",
            "post", "truth", "threads", "telegram");
    private static final Set<String> RELEASE = Set.of("release", "communique", "communiqué");
    private static final Set<String> INTERVIEW = Set.of("reporters", "interview", "journalists", "conference",
            "briefing");

    /**
     * How the words reached the reporter.
     *
     * @param kind "press release", "statement", "social post" or "interview"
     * @param evidence the text that names it
     */
    record Medium(String kind, CharSpan evidence) {}

    private final DocumentView view;
    private final Parse parse;

    QuoteFlags(DocumentView view) {
        this.view = view;
        this.parse = view.parse();
    }

    /**
     * "a U.S. official", "the official", "sources", "unnamed diplomats", "two U.S. officials": a source described but
     * not named. A plural group ("Israeli officials") speaks collectively and is not anonymous by itself; counted
     * ("two officials", "several aides"), it is people who are not named.
     */
    boolean isAnonymousDescription(List<Integer> source, int head) {
        String key = parse.lemma(head);
        if (!ANONYMOUS_HEADS.contains(key)) {
            return false;
        }
        return key.equals("source") || key.equals("insider") || parse.token(head).pos().equals("NN")
                || isCounted(head) || source.stream().anyMatch(k -> ANONYMITY.contains(parse.lower(k)));
    }

    private boolean isCounted(int noun) {
        for (int c : parse.children(noun)) {
            if (c < noun && (parse.relation(c).equals("nummod") || COUNTS.contains(parse.lower(c)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spoke on condition of anonymity", "asked not to be identified", "without being named": the cue's sentence says
     * its source is not named.
     */
    boolean mentionsAnonymity(int cue) {
        int sentence = parse.token(cue).sentence();
        for (int i = Math.max(0, cue - ANONYMITY_WINDOW); i < Math.min(parse.size(), cue + ANONYMITY_WINDOW); i++) {
            if (parse.token(i).sentence() == sentence && (ANONYMITY.contains(parse.lower(i)) || isUnnamed(i))) {
                return true;
            }
        }
        return false;
    }

    /** "identified" or "named" after "not" or "without" a few words before. */
    private boolean isUnnamed(int k) {
        if (!NAMING.contains(parse.lower(k))) {
            return false;
        }
        for (int i = Math.max(0, k - 4); i < k; i++) {
            if (parse.lower(i).equals("not") || parse.lower(i).equals("without")) {
                return true;
            }
        }
        return false;
    }

    /** "reportedly said", "allegedly told", "is said to": the reporter does not vouch for the attribution. */
    boolean isHedged(int cue) {
        for (int c : parse.children(cue)) {
            if (HEDGES.contains(parse.lower(c))) {
                return true;
            }
        }
        return cue > 0 && HEDGES.contains(parse.lower(cue - 1)) || isSaidTo(cue);
    }

    /** "He is said to have…": the passive report verb hedges what follows. */
    private boolean isSaidTo(int cue) {
        return parse.lemma(cue).equals("say") && cue > 0 && cue + 1 < parse.size() && parse.lower(cue + 1).equals("to")
                && BE_FORMS.contains(parse.lower(cue - 1));
    }

    /**
     * The medium named by the cue's first argument that names one ("in a statement", "told reporters"), or by the
     * cue itself ("tweeted", with {@code cueSpan} as evidence).
     */
    Optional<Medium> medium(int cue, CharSpan cueSpan) {
        if (parse.lemma(cue).equals("tweet")) {
            return Optional.of(new Medium("social post", cueSpan));
        }
        for (int c : parse.children(cue)) {
            String kind = mediumOf(c);
            if (kind != null) {
                return Optional.of(new Medium(kind, parse.span(parse.subtree(c, Set.of()))));
            }
        }
        return Optional.empty();
    }

    private String mediumOf(int child) {
        Set<String> words = new HashSet<>();
        for (int k : parse.subtree(child, Set.of())) {
            words.add(parse.lower(k));
        }
        String relation = parse.relation(child);
        if ((relation.equals("obj") || relation.equals("iobj")) && parse.lemma(parse.head(child)).equals("tell")
                && isOutlet(child)) {
            return "interview";
        }
        if (relation.equals("obl") || relation.equals("nmod") || relation.equals("advcl")) {
            if (words.stream().anyMatch(RELEASE::contains)) {
                return "press release";
            }
            if (words.contains("statement")) {
                return "statement";
            }
            if ((words.contains("on") || words.contains("in")) && words.stream().anyMatch(SOCIAL::contains)) {
                return "social post";
            }
        }
        if ((relation.equals("obj") || relation.equals("iobj") || relation.equals("obl"))
                && words.stream().anyMatch(INTERVIEW::contains)) {
            return "interview";
        }
        return null;
    }

    /** "told CNN", "told The Associated Press": a name told is a news outlet unless it names a person. */
    private boolean isOutlet(int token) {
        if (!parse.token(token).pos().startsWith("NNP")) {
            return false;
        }
        CharSpan span = parse.token(token).span();
        return view.entities().stream().filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.mentions().stream())
                .noneMatch(m -> m.span().intersects(span));
    }

    /** An unnamed source that is anonymous once is anonymous in every quote of the same description. */
    static List<Quote> propagateAnonymity(List<Quote> quotes) {
        Set<List<String>> anonymous = new HashSet<>();
        for (Quote q : quotes) {
            if (q.anonymous() && q.speakers().isEmpty()) {
                anonymous.add(q.speakerNames());
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            boolean flag = q.anonymous() || q.speakers().isEmpty() && anonymous.contains(q.speakerNames());
            out.add(flag == q.anonymous() ? q : q.withAnonymous(true));
        }
        return out;
    }
}
