package dev.herald.quotes;

import dev.herald.spi.CharSpan;
import dev.herald.spi.QuoteType;
import java.util.ArrayList;
import java.util.List;

/** An attribution under construction: the rules fill it in, {@link QuoteBuilder} turns it into a quote. */
final class Draft {
    /** The content pieces in text order; several when the attribution interrupts a quote. */
    final List<CharSpan> content = new ArrayList<>();
    /** The cue token; -1 for an unattributed quote. */
    final int cue;
    /** The last token of a cue that runs past its verb ("raised concerns"); -1 when it does not. */
    int cueEnd = -1;
    /** The source tokens; a rule replaces the cue's subject when it knows better. */
    List<Integer> source;
    QuoteType type;
    final String rule;
    /**
     * How the rule matched, as a model feature: the argument relations the broad arguments rule took
     * ("obj+obl:about"), whether a postposed source follows its cue ("…, said Smith") or precedes it.
     */
    String shape = "";

    Draft(int cue, List<Integer> source, QuoteType type, String rule) {
        this.cue = cue;
        this.source = source;
        this.type = type;
        this.rule = rule;
    }
}
