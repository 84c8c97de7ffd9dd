package dev.herald.spi;

import static dev.herald.spi.Checks.requireNonNull;

/** The one exception Herald throws on purpose; its code says whose fault it is. */
public class HeraldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode errorCode;

    public HeraldException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = requireNonNull(errorCode, "errorCode");
    }

    public HeraldException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
