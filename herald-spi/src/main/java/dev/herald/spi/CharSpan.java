package dev.herald.spi;

import static dev.herald.spi.Checks.checkArgument;

/** A half-open range {@code [start..end)} of UTF-16 character offsets into an article's text. */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
    public CharSpan {
        checkArgument(0 <= start && start <= end, "bad span [%s..%s)", start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean intersects(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** True when the spans overlap but neither contains the other. */
    public boolean crosses(CharSpan other) {
        return intersects(other) && !contains(other) && !other.contains(this);
    }

    /** The covered text; fails with a clear message when the span lies outside {@code text}. */
    public String coveredText(CharSequence text) {
        checkArgument(end <= text.length(), "span %s outside text of length %s", this, text.length());
        return text.subSequence(start, end).toString();
    }

    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(CharSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
