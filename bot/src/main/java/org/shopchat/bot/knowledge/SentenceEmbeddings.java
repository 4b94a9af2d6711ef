package org.shopchat.bot.knowledge;

/**
 * Turns a sentence into a vector whose dot product with another one says how close their meanings are. The
 * knowledge search adds this to its word matching, so "do you ship to Spain" finds the international delivery
 * article without sharing a word with it. Implementations are thread-safe and return unit-length vectors of one
 * fixed dimension, so that the dot product is the cosine similarity.
 */
interface SentenceEmbeddings {

    float[] embed(String text);

    /** Unit length in place; a zero vector (no text at all) stays zero rather than becoming NaN. */
    static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        if (sum > 0) {
            float norm = (float) Math.sqrt(sum);
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= norm;
            }
        }
        return vector;
    }

    static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
