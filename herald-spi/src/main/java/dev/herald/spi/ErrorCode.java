package dev.herald.spi;

/** What went wrong, and whose fault it was. */
public enum ErrorCode {
    /** The input cannot be read: missing, empty, binary, not UTF-8. */
    BAD_INPUT(Kind.USER),
    /** The caller asked for something invalid: an unknown option, a bad date, a pipeline in the wrong order. */
    BAD_REQUEST(Kind.USER),
    /** A model or data file the project ships is missing or corrupt. */
    MODEL_ERROR(Kind.INTERNAL),
    /** A bug in Herald. */
    INTERNAL(Kind.INTERNAL),
    /** Something outside Herald failed: disk, network, another process. */
    EXTERNAL(Kind.EXTERNAL);

    /** Whose fault an error is. */
    public enum Kind { USER, INTERNAL, EXTERNAL }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
