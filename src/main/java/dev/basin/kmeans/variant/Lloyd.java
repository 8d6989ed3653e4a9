package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.StopReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Lloyd's algorithm: assign every row to its nearest center, move every center to the weighted mean of
 * its rows, repeat. Evaluates n × k distances per iteration.
 *
 * <p>Stopping follows scikit-learn exactly: after iteration i's update, stop if no label changed since
 * iteration i − 1 ({@code strict}; never in iteration 1), else if the squared center shifts sum to at most
 * the tolerance ({@code tolerance}), else at {@code max_iter}. After a non-strict stop the rows are labelled
 * once more so labels match the final centers.
 */
public final class Lloyd implements Variant {
    /** Creates Lloyd's algorithm; it holds no state, so one instance can serve any number of runs. */
    public Lloyd() {
    }

    @Override
    public String name() {
        return "lloyd";
    }

    @Override
    public Reference reference() {
        return new Reference("S. P. Lloyd", 1982, "Least squares quantization in PCM",
                "IEEE Transactions on Information Theory 28(2), 129-137");
    }

    @Override
    public Iterations iterate(Dataset data, double[] initialCenters, int k, StopRule stop,
                              EmptyClusterPolicy emptyClusters, RowChunks chunks) {
        int rows = data.rows();
        int dims = data.dims();
        double[] centers = initialCenters.clone();
        double[] next = new double[k * dims];
        double[] sums = new double[k * dims];
        double[] weights = new double[k];
        int[] labels = new int[rows];
        java.util.Arrays.fill(labels, -1);
        ChunkSums partials = new ChunkSums(chunks.count(), k, dims);
        CenterUpdate update = new CenterUpdate(data, k, emptyClusters);
        List<IterationTrace> trace = new ArrayList<>();
        long distances = 0;
        StopReason reason = StopReason.MAX_ITER;
        int iteration = 0;
        while (iteration < stop.maxIter()) {
            iteration++;
            double[] assignedTo = centers;
            chunks.forEach(c -> NearestCenter.assignAndSum(data, assignedTo, k, labels, partials, c,
                    chunks.start(c), chunks.end(c)));
            partials.reduceInto(sums, weights);
            long before = update.distanceComputations();
            double shift = update.apply(centers, labels, sums, weights, next, iteration);
            long iterationDistances = (long) rows * k + update.distanceComputations() - before;
            distances += iterationDistances;
            double[] swap = centers;
            centers = next;
            next = swap;
            int changes = partials.totalChanges();
            trace.add(new IterationTrace(iteration, partials.totalInertia(), changes, shift, iterationDistances));
            if (changes == 0) {
                reason = StopReason.STRICT;
                break;
            }
            if (shift <= stop.tolerance()) {
                reason = StopReason.TOLERANCE;
                break;
            }
        }
        double[] finalCenters = centers;
        double[] chunkInertia = new double[chunks.count()];
        if (reason == StopReason.STRICT) {
            chunks.forEach(c -> chunkInertia[c] = NearestCenter.inertia(data, finalCenters, labels,
                    chunks.start(c), chunks.end(c)));
            distances += rows;
        } else {
            chunks.forEach(c -> chunkInertia[c] = NearestCenter.assign(data, finalCenters, k, labels,
                    chunks.start(c), chunks.end(c)));
            distances += (long) rows * k;
        }
        double inertia = 0;
        for (double v : chunkInertia) {
            inertia += v;
        }
        return new Iterations(finalCenters, labels, inertia, iteration, reason, List.copyOf(trace), distances);
    }
}
