package dev.basin.kmeans.init;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.kernel.DistanceKernel;
import dev.basin.kmeans.kernel.PackedRows;
import dev.basin.kmeans.kernel.PreparedCenters;
import dev.basin.kmeans.kernel.ReusedArrays;
import dev.basin.kmeans.kernel.Scores;
import dev.basin.kmeans.kernel.SquaredDistance;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code k-means++}: the first center is a row drawn by weight; each next center is drawn with probability
 * proportional to weight × squared distance to the nearest chosen center (D² sampling). With
 * {@code localTrials > 1} this is the greedy variant scikit-learn uses: draw that many candidates and keep
 * the one that lowers the potential (the inertia of the chosen centers) most. {@code localTrials = 1} is
 * Arthur and Vassilvitskii's original.
 *
 * @param localTrials candidates per step; {@code 0} means scikit-learn's default, 2 + ⌊ln k⌋
 */
public record KMeansPlusPlus(int localTrials) implements Initializer {
    /**
     * Checks the number of trials.
     *
     * @param localTrials candidates per step, not negative; {@code 0} means scikit-learn's default, 2 + ⌊ln k⌋
     * @throws dev.basin.InvalidInputException if {@code localTrials} is negative
     */
    public KMeansPlusPlus {
        if (localTrials < 0) {
            throw new dev.basin.InvalidInputException("local trials must be at least 1 (or 0 for the default 2 + ln k), got "
                    + localTrials);
        }
    }

    /**
     * The greedy variant with scikit-learn's default number of trials.
     *
     * @return k-means++ with {@code localTrials} 0, that is 2 + ⌊ln k⌋ trials per step
     */
    public static KMeansPlusPlus greedy() {
        return new KMeansPlusPlus(0);
    }

    /**
     * Trials per step actually used for {@code k} clusters.
     *
     * @param k clusters, at least 1
     * @return {@code localTrials}, or 2 + ⌊ln k⌋ when it is 0
     */
    public int trialsFor(int k) {
        return localTrials > 0 ? localTrials : 2 + (int) Math.log(k);
    }

    @Override
    public String name() {
        return "k-means++";
    }

    @Override
    public Optional<Reference> reference() {
        return Optional.of(new Reference("D. Arthur and S. Vassilvitskii", 2007,
                "k-means++: the advantages of careful seeding",
                "Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA), 1027-1035"));
    }

    @Override
    public int autoRestarts() {
        return 1;
    }

    @Override
    public InitialCenters choose(Dataset data, int k, RandomGenerator random) {
        return choose(data, k, random, KEEP_TRIALS_MAX_VALUES, BY_CENTER_MIN_DIMS);
    }

    /**
     * {@link #choose}, keeping every trial's distances only up to {@code keepTrialsMaxValues} of them, and
     * scoring with rows in the kernel's lanes from {@code byCenterMinDims} features on (either way, the
     * same bits).
     */
    InitialCenters choose(Dataset data, int k, RandomGenerator random, long keepTrialsMaxValues, int byCenterMinDims) {
        int rows = data.rows();
        int trials = trialsFor(k);
        // Each trial's new nearest distances are kept when they take little memory, so the winner's become
        // closest[] without another pass; otherwise the winner's are recomputed in a second pass.
        boolean keepTrials = (long) trials * rows <= keepTrialsMaxValues;
        ReusedArrays.Set arrays = ReusedArrays.SEEDING.take();
        try {
            return choose(data, k, random, trials, keepTrials, byCenterMinDims, arrays);
        } finally {
            arrays.give();
        }
    }

    /**
     * The seeding itself, on per-row arrays of the thread: slot 0 for each row's nearest distance, slot
     * 1 + t for trial t's when they are kept.
     */
    private InitialCenters choose(Dataset data, int k, RandomGenerator random, int trials, boolean keepTrials,
                                  int byCenterMinDims, ReusedArrays.Set arrays) {
        int rows = data.rows();
        int dims = data.dims();
        double[] x = data.values();
        CenterSet centers = new CenterSet(k, dims);
        long distances = 0;
        double[][] trialClosest = new double[keepTrials ? trials : 0][];
        for (int t = 0; t < trialClosest.length; t++) {
            trialClosest[t] = arrays.array(1 + t, rows);
        }

        int first = new RowSampler(data).draw(random);
        centers.add(x, first * dims);
        double[] closest = arrays.array(0, rows);
        for (int i = 0; i < rows; i++) {
            closest[i] = SquaredDistance.between(x, i * dims, x, first * dims, dims);
        }
        distances += rows;

        DistanceKernel kernel = DistanceKernel.fastest();
        double[] means = data.featureMeans();
        PreparedCenters trialCenters = new PreparedCenters(trials, dims, means);
        double[] candidateRows = new double[trials * dims];
        double[] block = new double[SCORE_BLOCK * trialCenters.paddedK()];
        boolean byCenter = dims >= byCenterMinDims;
        // scored with rows in the lanes, every step reads the rows packed, once for all seedings of the data
        PackedRows packed = byCenter ? kernel.packedRows(data) : null;
        PreparedCenters winner = new PreparedCenters(1, dims, means);
        // every squared distance is the row's ‖x − m‖² plus a kernel score
        double[] rowNorms = data.centeredSquaredNorms();
        int[] candidates = new int[trials];
        double[] targets = new double[trials];
        double[] candidatePotentials = new double[trials];
        // The potential Σ weight × closest, summed in row order; after the first center it is the winning
        // trial's potential, which was summed over the same values in the same order.
        double running = 0;
        for (int i = 0; i < rows; i++) {
            running += data.weight(i) * closest[i];
        }
        while (centers.count() < k) {
            if (!(running > 0)) {
                throw new IllegalStateException("k-means++ ran out of distinct points; the data check should have caught this");
            }
            for (int t = 0; t < trials; t++) {
                targets[t] = random.nextDouble() * running;
            }
            drawRows(data, closest, targets, candidates);
            for (int t = 0; t < trials; t++) {
                System.arraycopy(x, candidates[t] * dims, candidateRows, t * dims, dims);
            }
            // One pass over the rows scores every candidate with the distance kernel (each row read once),
            // each candidate's potential summed in row order. A squared distance within the kernel's
            // rounding bound of zero is taken as zero, so a row equal to a chosen center is never drawn again.
            trialCenters.load(candidateRows);
            double maxCandidateNorm = trialCenters.maxSquaredNorm();
            java.util.Arrays.fill(candidatePotentials, 0);
            for (int start = 0; start < rows; start += SCORE_BLOCK) {
                int end = Math.min(rows, start + SCORE_BLOCK);
                // score (row r, trial t) at r·rowStep + t·trialStep, in whichever layout the kernel wrote
                int rowStep = score(kernel, x, packed, start, end, trialCenters, block, byCenter);
                int trialStep = byCenter ? end - start : 1;
                for (int i = start; i < end; i++) {
                    double norm = rowNorms[i];
                    double w = data.weight(i);
                    double current = closest[i];
                    double rounding = Scores.roundingBound(norm, maxCandidateNorm, dims);
                    int base = (i - start) * rowStep;
                    for (int t = 0; t < trials; t++) {
                        double d = norm + block[base + t * trialStep];
                        double nearest = Math.min(current, d <= rounding ? 0 : d);
                        if (keepTrials) {
                            trialClosest[t][i] = nearest;
                        }
                        candidatePotentials[t] += w * nearest;
                    }
                }
            }
            distances += (long) rows * trials;
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (candidatePotentials[t] < candidatePotentials[best]) {
                    best = t;
                }
            }
            int bestRow = candidates[best];
            centers.add(x, bestRow * dims);
            if (keepTrials) {
                // the winner's distances become closest[], its old array the winner's slot
                arrays.swap(0, 1 + best);
                closest = arrays.array(0, rows);
                trialClosest[best] = arrays.array(1 + best, rows);
            } else {
                // the same values the scoring pass computed for the winner, without having kept them: a
                // center's score does not depend on which other centers are prepared with it
                winner.load(java.util.Arrays.copyOfRange(x, bestRow * dims, (bestRow + 1) * dims));
                for (int start = 0; start < rows; start += SCORE_BLOCK) {
                    int end = Math.min(rows, start + SCORE_BLOCK);
                    int rowStep = score(kernel, x, packed, start, end, winner, block, byCenter);
                    for (int i = start; i < end; i++) {
                        double norm = rowNorms[i];
                        double rounding = Scores.roundingBound(norm, maxCandidateNorm, dims); // as the pass above
                        double d = norm + block[(i - start) * rowStep];
                        closest[i] = Math.min(closest[i], d <= rounding ? 0 : d);
                    }
                }
                distances += rows;
            }
            running = candidatePotentials[best];
        }
        return new InitialCenters(centers.toArray(), distances);
    }

    /**
     * Scores rows {@code start … end − 1} against the candidates into {@code block}, center by center or
     * row by row.
     *
     * @return the step between one row's scores and the next's (1 center by center, else paddedK)
     */
    private static int score(DistanceKernel kernel, double[] x, PackedRows packed, int start, int end,
                             PreparedCenters candidates, double[] block, boolean byCenter) {
        if (byCenter) {
            kernel.scoreRowsByCenter(x, packed, start, end, candidates, block);
            return 1;
        }
        kernel.scoreRows(x, start, end, candidates, block);
        return candidates.paddedK();
    }

    /**
     * Fewest features for which the candidates are scored with rows in the kernel's lanes
     * ({@link DistanceKernel#scoreRowsByCenter}), reading the rows packed once per dataset
     * ({@link PackedRows}): measured faster than centers in the lanes at d = 64 (k = 100) even when rows
     * were packed at every step; at d = 16 (k = 32) the two are even with the rows packed ahead, so rows of
     * fewer features are read in place and not held twice.
     */
    static final int BY_CENTER_MIN_DIMS = 64;

    /** Rows per call of the kernel when scoring candidates: the scores stay in the L1/L2 cache. */
    private static final int SCORE_BLOCK = 256;

    /**
     * Trials × rows up to which each trial's distances are kept (32 MB): memory against a second pass per
     * step, which took a third of the seeding time on 1,000,000 rows with 4 trials. The arrays are reused
     * per thread ({@link ReusedArrays}).
     */
    static final long KEEP_TRIALS_MAX_VALUES = 1L << 22;

    /**
     * D² sampling without a stored running-sum array: for each target (a uniform draw times the total),
     * the first row whose running sum of weight × closest is strictly above it, or for a target at or past
     * the total (rounding), the last row that adds to the sum. The running sums are the same bits as a
     * stored array's, so the rows are those an inverse-CDF lookup would give.
     */
    static void drawRows(Dataset data, double[] closest, double[] targets, int[] rowsOut) {
        int count = targets.length;
        Integer[] order = new Integer[count];
        for (int t = 0; t < count; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(targets[a], targets[b]));
        double running = 0;
        int next = 0;
        int lastAdding = 0;
        for (int i = 0; i < closest.length && next < count; i++) {
            double before = running;
            running += data.weight(i) * closest[i];
            if (running > before) {
                lastAdding = i;
            }
            while (next < count && running > targets[order[next]]) {
                rowsOut[order[next]] = i;
                next++;
            }
        }
        if (next < count) { // the scan ran to the end, so lastAdding is the last row that added anything
            for (; next < count; next++) {
                rowsOut[order[next]] = lastAdding;
            }
        }
    }
}
