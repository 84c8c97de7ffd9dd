package dev.herald.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.corenlp.CoreNlpBackbone;
import dev.herald.corenlp.CoreNlpConfig;
import dev.herald.spi.Article;
import dev.herald.spi.Document;
import dev.herald.spi.Layers;
import dev.herald.spi.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News text writes contractions with a curly apostrophe; CoreNLP's tagger learned ASCII ones and, given "he’s",
 * tags a possessive, which breaks the parse of the clause every speech rule reads.
 */
class TestCurlyApostrophes {
    private static final CoreNlpBackbone BACKBONE = new CoreNlpBackbone(CoreNlpConfig.defaults());

    @Test
    void contractionsAreTaggedAsVerbsAndKeepTheirText() {
        String text = "Trump says he’s a fighter. “We’ll win,” he said. It’s Clinton’s plan.";
        List<Token> tokens = BACKBONE.apply(Document.of(Article.of("curly", text))).get(Layers.TOKENS);
        assertEquals("VBZ be", tagAndLemma(tokens, text, text.indexOf("he’s") + 2));
        assertEquals("MD will", tagAndLemma(tokens, text, text.indexOf("’ll")));
        assertEquals("VBZ be", tagAndLemma(tokens, text, text.indexOf("It’s") + 2));
        assertEquals("POS 's", tagAndLemma(tokens, text, text.indexOf("Clinton’s") + 7));
    }

    /** The tag and lemma of the token at {@code offset}, whose text must be the original characters there. */
    private static String tagAndLemma(List<Token> tokens, String text, int offset) {
        Token token = tokens.stream().filter(t -> t.span().start() == offset).findFirst().orElseThrow();
        assertEquals(text.substring(token.span().start(), token.span().end()), token.text());
        return token.pos() + " " + token.lemma();
    }
}
