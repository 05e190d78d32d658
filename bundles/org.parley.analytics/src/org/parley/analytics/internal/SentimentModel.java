/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A three-class (negative, neutral, positive) logistic regression over {@link TextFeatures},
 * trained by {@link SentimentTraining} and shipped in the bundle as {@value #RESOURCE}: a gzipped
 * file with the model's version, the sources it was trained on, and its weights as 16-bit integers
 * with one scale. Immutable.
 */
final class SentimentModel {

    static final String RESOURCE = "/model/sentiment-model.bin.gz";
    static final List<String> CLASSES = List.of("negative", "neutral", "positive");
    static final int K = 3;
    private static final String MAGIC = "parley-sentiment-model";
    private static final int FORMAT = 1;

    /** A word feature and how much it spoke for the chosen class. */
    record Contribution(String feature, double weight) {
    }

    private final String version;
    private final List<String> trainedOn;
    private final float[] bias;
    private final float[] weights;

    SentimentModel(String version, List<String> trainedOn, float[] bias, float[] weights) {
        this.version = version;
        this.trainedOn = List.copyOf(trainedOn);
        this.bias = bias;
        this.weights = weights;
    }

    private static volatile SentimentModel shipped;

    /** The model shipped in the bundle, read once. */
    static SentimentModel shipped() {
        SentimentModel model = shipped;
        if (model == null) {
            try (InputStream in = SentimentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The analytics bundle lacks " + RESOURCE);
                }
                model = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            shipped = model;
        }
        return model;
    }

    String version() {
        return version;
    }

    /** The names of the sources the model learned from. */
    List<String> trainedOn() {
        return trainedOn;
    }

    /** The probabilities of negative, neutral and positive. */
    double[] probabilities(TextFeatures.Features f) {
        double[] z = new double[K];
        for (int c = 0; c < K; c++) {
            z[c] = bias[c];
        }
        int[] index = f.index();
        float[] value = f.value();
        for (int i = 0; i < index.length; i++) {
            int at = index[i] * K;
            float v = value[i];
            z[0] += weights[at] * v;
            z[1] += weights[at + 1] * v;
            z[2] += weights[at + 2] * v;
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double sum = 0;
        double[] p = new double[K];
        for (int c = 0; c < K; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < K; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /**
     * The named word features that spoke most for class {@code c} against the other two, strongest
     * first, at most {@code limit}.
     */
    List<Contribution> contributions(TextFeatures.Features f, int c, int limit) {
        List<Contribution> all = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> names = f.names();
        for (int i = 0; i < names.size(); i++) {
            int at = f.index()[i] * K;
            double others = 0;
            for (int o = 0; o < K; o++) {
                others += o == c ? 0 : weights[at + o];
            }
            double w = (weights[at + c] - others / (K - 1)) * f.value()[i];
            String name = names.get(i);
            if (w > 0 && seen.add(name)) {
                all.add(new Contribution(name, w));
            }
        }
        all.sort(Comparator.comparingDouble(Contribution::weight).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(version);
        data.writeInt(trainedOn.size());
        for (String source : trainedOn) {
            data.writeUTF(source);
        }
        data.writeInt(TextFeatures.BITS);
        data.writeInt(K);
        for (float b : bias) {
            data.writeFloat(b);
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        data.writeFloat(scale);
        for (float w : weights) {
            data.writeShort(Math.round(w / scale));
        }
        data.flush();
        data.close();
    }

    static SentimentModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
            throw new IOException("not a Parley sentiment model of format " + FORMAT);
        }
        String version = data.readUTF();
        int sources = data.readInt();
        List<String> trainedOn = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            trainedOn.add(data.readUTF());
        }
        if (data.readInt() != TextFeatures.BITS || data.readInt() != K) {
            throw new IOException("the model's feature space does not match this version of Parley");
        }
        float[] bias = new float[K];
        for (int c = 0; c < K; c++) {
            bias[c] = data.readFloat();
        }
        float scale = data.readFloat();
        float[] weights = new float[TextFeatures.DIMENSIONS * K];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readShort() * scale;
        }
        return new SentimentModel(version, trainedOn, bias, weights);
    }
}
