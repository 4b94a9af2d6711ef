package org.shopchat.intents;

/** Training or test data that cannot be used; the message names the file and, where it helps, the line. */
public final class InvalidDataException extends RuntimeException {

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
