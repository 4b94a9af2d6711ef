package org.shopchat.intents.eval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.datasets.Dataset;
import org.shopchat.intents.embedding.MiniLmSentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * Manual choice of the embedding head's settings (not a test) on a seeded 90/10 split of a TRAINING set only:
 * {@code HeadTuning <train data> <vector cache file> epochs:lr:l2 ...}. The vectors are cached in the given file
 * between runs.
 */
public final class HeadTuning {

    public static void main(String[] args) throws IOException {
        List<LabeledUtterance> data = Dataset.parse(args[0]).read(Dataset.Role.TRAIN);
        List<float[]> vectors = vectors(data, Path.of(args[1]));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(11));
        int cut = data.size() / 10;
        List<float[]> trainX = new ArrayList<>();
        List<String> trainY = new ArrayList<>();
        for (int i : order.subList(cut, order.size())) {
            trainX.add(vectors.get(i));
            trainY.add(data.get(i).intent().value());
        }
        for (int a = 2; a < args.length; a++) {
            String[] p = args[a].split(":");
            SoftmaxHead.Settings s = new SoftmaxHead.Settings(Integer.parseInt(p[0]), 32, Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]));
            long started = System.nanoTime();
            SoftmaxHead head = SoftmaxHead.train(trainX, trainY, s, 1L);
            int right = 0;
            for (int i : order.subList(0, cut)) {
                double[] prob = head.probabilities(vectors.get(i));
                int best = 0;
                for (int c = 1; c < prob.length; c++) {
                    if (prob[c] > prob[best]) {
                        best = c;
                    }
                }
                if (head.labels().get(best).equals(data.get(i).intent().value())) {
                    right++;
                }
            }
            System.out.printf(Locale.ROOT, "%s held-out-of-train accuracy %.4f (%d), %.1f s%n", s,
                    (double) right / cut, cut, (System.nanoTime() - started) / 1e9);
        }
    }

    private static List<float[]> vectors(List<LabeledUtterance> data, Path cache) throws IOException {
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int d = in.readInt();
                List<float[]> vectors = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    float[] v = new float[d];
                    for (int j = 0; j < d; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.add(v);
                }
                if (n == data.size()) {
                    return vectors;
                }
            }
        }
        List<float[]> vectors = MiniLmSentenceEncoder.shared().encodeAll(data.stream().map(LabeledUtterance::text).toList());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.get(0).length);
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
        return vectors;
    }
}
