package org.shopchat.console.editor;

/** A workflow step that is not allowed now (wrong status, unknown revision, four-eyes rule); the message says why. */
public class EditingRefusedException extends RuntimeException {

    public EditingRefusedException(String message) {
        super(message);
    }
}
