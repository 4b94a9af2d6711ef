package org.shopchat.intents.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Multinomial logistic (softmax) regression over sentence vectors: the classifier of the embedding stage.
 *
 * <p>Immutable and thread-safe once trained. Trained by {@link #train}: mini-batch Adam with L2 regularisation, one
 * thread, seeded shuffling, so the same data, settings and seed give bit-identical weights. A small trainer of our
 * own rather than OpenNLP's maxent with real-valued features: OpenNLP's event model is built for sparse string
 * features, and this head needs dense 384-value vectors and its own compact file; the two were not compared.
 */
public final class SoftmaxHead {

    private static final int MAGIC = 0x53434548; // "SCEH"
    private static final int FORMAT_VERSION = 1;

    private final List<String> labels;
    private final int dimensions;
    private final float[] weights; // labels × dimensions, row-major
    private final float[] bias;

    private SoftmaxHead(List<String> labels, int dimensions, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.dimensions = dimensions;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * How to train a head.
     *
     * @param epochs       passes over the data
     * @param batchSize    examples per gradient step
     * @param learningRate Adam step size
     * @param l2           weight decay (L2 penalty per example)
     */
    public record Settings(int epochs, int batchSize, double learningRate, double l2) {

        /** Chosen on a seeded 90/10 split of Banking77's training split (never a test split; eval.HeadTuning). */
        public static final Settings DEFAULT = new Settings(25, 32, 0.01, 0.0);

        public Settings {
            if (epochs < 1 || batchSize < 1) {
                throw new IllegalArgumentException("epochs and batch size must be positive");
            }
            if (!(learningRate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("learning rate must be positive and l2 not negative");
            }
        }
    }

    /**
     * Trains on vectors and their labels.
     *
     * @throws IllegalArgumentException when there is no data, fewer than two labels, or vectors of different lengths
     */
    public static SoftmaxHead train(List<float[]> vectors, List<String> labelOfEach, Settings settings, long seed) {
        Objects.requireNonNull(settings);
        if (vectors.size() != labelOfEach.size()) {
            throw new IllegalArgumentException("vectors and labels differ in number");
        }
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("no training vectors");
        }
        int d = vectors.get(0).length;
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] y = new int[vectors.size()];
        for (int i = 0; i < y.length; i++) {
            if (vectors.get(i).length != d) {
                throw new IllegalArgumentException("vector " + i + " has " + vectors.get(i).length
                        + " dimensions, expected " + d);
            }
            y[i] = index.computeIfAbsent(labelOfEach.get(i), l -> index.size());
        }
        int k = index.size();
        if (k < 2) {
            throw new IllegalArgumentException("training needs at least two labels, found " + k);
        }
        float[] w = new float[k * d];
        float[] b = new float[k];
        Adam adamW = new Adam(w.length, settings.learningRate());
        Adam adamB = new Adam(k, settings.learningRate());
        float[] gradW = new float[w.length];
        float[] gradB = new float[k];
        double[] p = new double[k];
        int[] order = new int[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int start = 0; start < order.length; start += settings.batchSize()) {
                int end = Math.min(order.length, start + settings.batchSize());
                java.util.Arrays.fill(gradW, 0f);
                java.util.Arrays.fill(gradB, 0f);
                for (int n = start; n < end; n++) {
                    float[] x = vectors.get(order[n]);
                    softmax(w, b, x, d, p);
                    for (int c = 0; c < k; c++) {
                        float g = (float) (p[c] - (c == y[order[n]] ? 1.0 : 0.0));
                        gradB[c] += g;
                        int row = c * d;
                        for (int j = 0; j < d; j++) {
                            gradW[row + j] += g * x[j];
                        }
                    }
                }
                float scale = 1f / (end - start);
                for (int i = 0; i < w.length; i++) {
                    gradW[i] = gradW[i] * scale + (float) settings.l2() * w[i];
                }
                for (int c = 0; c < k; c++) {
                    gradB[c] *= scale;
                }
                adamW.step(w, gradW);
                adamB.step(b, gradB);
            }
        }
        return new SoftmaxHead(new ArrayList<>(index.keySet()), d, w, b);
    }

    /** The labels in the order of {@link #probabilities(float[])}. */
    public List<String> labels() {
        return labels;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Probability of every label for one vector; they sum to 1. */
    public double[] probabilities(float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, head expects "
                    + dimensions);
        }
        double[] p = new double[labels.size()];
        softmax(weights, bias, vector, dimensions, p);
        return p;
    }

    private static void softmax(float[] w, float[] b, float[] x, int d, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < out.length; c++) {
            double z = b[c];
            int row = c * d;
            for (int j = 0; j < d; j++) {
                z += w[row + j] * x[j];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Writes the head; the stream is left open. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeInt(dimensions);
        data.writeInt(labels.size());
        for (String label : labels) {
            data.writeUTF(label);
        }
        for (float v : weights) {
            data.writeFloat(v);
        }
        for (float v : bias) {
            data.writeFloat(v);
        }
        data.flush();
    }

    /**
     * Reads a head written by {@link #save(OutputStream)}.
     *
     * @throws IOException if the stream holds no head of this format
     */
    public static SoftmaxHead load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not an embedding head (wrong magic number)");
        }
        int version = data.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("embedding head format " + version + " is not supported, expected " + FORMAT_VERSION);
        }
        int d = data.readInt();
        int k = data.readInt();
        if (d < 1 || d > 100_000 || k < 2 || k > 100_000) {
            throw new IOException("embedding head has implausible sizes: " + d + " dimensions, " + k + " labels");
        }
        List<String> labels = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            labels.add(data.readUTF());
        }
        float[] w = new float[k * d];
        for (int i = 0; i < w.length; i++) {
            w[i] = data.readFloat();
        }
        float[] b = new float[k];
        for (int c = 0; c < k; c++) {
            b[c] = data.readFloat();
        }
        return new SoftmaxHead(labels, d, w, b);
    }

    /** Adam (Kingma and Ba 2015) with the usual betas. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final float[] m;
        private final float[] v;
        private final double rate;
        private int t;

        Adam(int size, double rate) {
            this.m = new float[size];
            this.v = new float[size];
            this.rate = rate;
        }

        void step(float[] params, float[] grad) {
            t++;
            double c1 = 1 - Math.pow(BETA1, t);
            double c2 = 1 - Math.pow(BETA2, t);
            for (int i = 0; i < params.length; i++) {
                m[i] = (float) (BETA1 * m[i] + (1 - BETA1) * grad[i]);
                v[i] = (float) (BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i]);
                params[i] -= (float) (rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON));
            }
        }
    }
}
