package org.shopchat.console.learning;

/** A learning-loop step that is not possible now; the message says why. */
public class LearningRefusedException extends RuntimeException {

    public LearningRefusedException(String message) {
        super(message);
    }
}
