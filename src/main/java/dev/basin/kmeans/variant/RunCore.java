package dev.basin.kmeans.variant;

import dev.basin.data.Dataset;
import dev.basin.kmeans.EmptyClusterPolicy;
import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.StopReason;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.SquaredDistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loop every variant shares; a variant contributes only its {@link Assignment}.
 *
 * <p>Each iteration, chunk by chunk (in parallel when {@code chunks} says so): the variant labels the
 * chunk's rows, then the core adds the chunk's rows into per-chunk weighted sums, weights and inertia while
 * they are still in cache. The chunks' partial results are reduced in chunk order, the centers move to the
 * weighted means ({@link CenterUpdate}, which also handles empty clusters), and the variant is told how
 * they moved. Since every variant labels rows identically, and sums and inertia are computed here the same
 * way for all, every variant gives Lloyd's centers, labels, inertia, trace and iteration count bit for bit.
 *
 * <p>Stopping follows scikit-learn exactly: after iteration i's update, stop if no label changed since
 * iteration i − 1 ({@code strict}; never in iteration 1), else if the squared center shifts sum to at most
 * the tolerance ({@code tolerance}), else at {@code max_iter}. After a non-strict stop the rows are labelled
 * once more so labels match the final centers. Inertia is Σ weight × ‖x − c‖², by direct differences.
 */
final class RunCore {
    /** Rows assigned and then summed at a time within a chunk: at most 256 KB of rows up to d = 64. */
    static final int SLICE_ROWS = 512;

    private RunCore() {
    }

    static Iterations iterate(Assignment assignment, DistanceKernel kernel, Dataset data, double[] initialCenters, int k,
                              StopRule stop, EmptyClusterPolicy emptyClusters, RowChunks chunks) {
        int rows = data.rows();
        int dims = data.dims();
        double[] means = data.featureMeans();
        double[] centers = initialCenters.clone();
        double[] next = new double[k * dims];
        PreparedCenters prepared = new PreparedCenters(k, dims, means).load(centers);
        double[] sums = new double[k * dims];
        double[] weights = new double[k];
        int[] labels = new int[rows];
        Arrays.fill(labels, -1);
        ChunkSums partials = new ChunkSums(chunks.count(), k, dims);
        CenterUpdate update = new CenterUpdate(data, k, emptyClusters);
        List<IterationTrace> trace = new ArrayList<>();
        long distances = 0;
        StopReason reason = StopReason.MAX_ITER;
        int iteration = 0;
        while (iteration < stop.maxIter()) {
            iteration++;
            boolean first = iteration == 1;
            double[] assignedTo = centers;
            chunks.forEach(c -> {
                partials.clear(c);
                // slice by slice, so the rows the assignment read are still in cache when they are summed
                for (int start = chunks.start(c); start < chunks.end(c); start += SLICE_ROWS) {
                    int end = Math.min(chunks.end(c), start + SLICE_ROWS);
                    assignment.assign(prepared, labels, first, start, end, partials, c);
                    partials.inertia[c] = kernel.accumulate(data.values(), data.sharedWeights(), labels, start, end,
                            assignedTo, data.dims(), partials.sums[c], partials.weights[c], partials.inertia[c]);
                }
            });
            partials.reduceInto(sums, weights);
            long before = update.distanceComputations();
            double shift = update.apply(centers, labels, sums, weights, next, iteration);
            long iterationDistances = partials.totalDistances() + update.distanceComputations() - before;
            iterationDistances += assignment.centersMoved(centers, next);
            prepared.load(next);
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
        boolean relabel = reason != StopReason.STRICT;
        chunks.forEach(c -> {
            partials.clear(c);
            if (relabel) {
                assignment.assign(prepared, labels, false, chunks.start(c), chunks.end(c), partials, c);
            }
            partials.inertia[c] = inertia(data, finalCenters, labels, chunks.start(c), chunks.end(c));
        });
        distances += relabel ? partials.totalDistances() + rows : rows;
        return new Iterations(finalCenters, labels, partials.totalInertia(), iteration, reason, List.copyOf(trace),
                distances);
    }

    /** The chunk's inertia for the given labels: weight × squared distance to each row's own center. */
    private static double inertia(Dataset data, double[] centers, int[] labels, int start, int end) {
        int dims = data.dims();
        double[] x = data.values();
        double inertia = 0;
        for (int i = start; i < end; i++) {
            inertia += data.weight(i) * SquaredDistance.between(x, i * dims, centers, labels[i] * dims, dims);
        }
        return inertia;
    }
}
