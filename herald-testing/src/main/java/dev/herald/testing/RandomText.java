package dev.herald.testing;

import java.util.Random;

/** Hostile but reproducible text: words, names, numbers, every kind of quote mark, control and astral characters. */
public final class RandomText {
    private static final String[] PIECES = {
        "the", "said", "Tuesday", "last week", "in", "April", "Gallant", "U.S.", "Israel", "he", "she", "told",
        "according to", "2024", "12:30", "mid-July", "\"", "“", "”", "‘", "’", "«", "»", "'", ",", ".", ";", "—",
        "\n", "\n\n", "  ", "\t", "Mr.", "Dr", "NATO", "Hezbollah", "reportedly", "…", "😀", "\u0000", "ÿ", "日本",
        "(", ")", "-", "–", "%", "$5", "yesterday", "next Monday", "1990s", "Jan. 5", "officials", "warned"
    };

    private RandomText() {}

    public static String generate(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
