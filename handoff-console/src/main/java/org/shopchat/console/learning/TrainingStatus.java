package org.shopchat.console.learning;

/**
 * Progress of the newest training, for the page that polls it.
 *
 * @param version the candidate's version, 0 when nothing was ever trained
 * @param running whether it is still training or being evaluated
 * @param phase   what it is doing (or how it ended), in words
 * @param percent 0–100
 * @param status  its version's status ({@code TRAINING}, {@code PASSED}, {@code REJECTED}, {@code FAILED})
 */
public record TrainingStatus(int version, boolean running, String phase, int percent, String status) {

    public static final TrainingStatus NONE = new TrainingStatus(0, false, "no training yet", 0, "NONE");
}
