package dev.basin.kmeans.swap;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.IterationTrace;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.Reference;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.RowSampler;
import dev.basin.kmeans.variant.Iterations;
import dev.basin.kmeans.variant.RowChunks;
import dev.basin.kmeans.variant.StopRule;
import dev.basin.kmeans.variant.Variant;
import dev.basin.random.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random swap clustering (Fränti 2018): escapes K-means' local optima by trial and error.
 *
 * <ol>
 *   <li>Start from a K-means solution: the configured initializer, then K-means to convergence, exactly the
 *       run {@code --algorithm auto} gives for the same seed.</li>
 *   <li>Swap: move one center, drawn uniformly, onto one row, drawn with probability proportional to its
 *       weight; then run two K-means iterations from there.</li>
 *   <li>Keep the swapped solution only if its inertia is strictly lower than the current one; otherwise go
 *       back to the current one. Repeat as the {@link SwapSchedule} says.</li>
 *   <li>Finish with K-means to convergence (the configured {@code max_iter} and {@code tol}) from the best
 *       centers, so the result is a K-means fixed point like any other run.</li>
 * </ol>
 *
 * <p>The iterations are the exact variant {@link Algorithm#AUTO} picks (any exact variant gives the same
 * numbers). The swaps draw from their own generator, seeded with {@link Seeds#forSwaps(long)} of the run
 * seed, so a run is a pure function of (data, configuration, seed). Every distance the swaps' iterations
 * evaluate is counted in the result's {@link RunResult#distanceComputations()}.
 */
public final class RandomSwap {
    /** The name used on the command line ({@code --algorithm random-swap}) and in outputs. */
    public static final String NAME = "random-swap";

    /** The publication random swap follows. */
    public static final Reference REFERENCE = new Reference("P. Fränti", 2018, "Efficiency of random swap clustering",
            "Journal of Big Data 5, 13");

    /** Iterations of K-means after each swap, as in Fränti (2018). */
    public static final int ITERATIONS_PER_SWAP = 2;

    private RandomSwap() {
    }

    /**
     * One random swap run on data that already passed {@link dev.basin.kmeans.DataChecks#requireClusterable}.
     *
     * @param data     the rows to cluster, already checked
     * @param config   the run's settings, including {@link KMeansConfig#swaps()}; its algorithm is not used
     *                 (the iterations are always auto's)
     * @param seed     the run seed: it seeds the initializer as in any run, and the swaps' own generator
     * @param chunks   how the rows are split and scheduled; never changes the result
     * @return the final run (its {@code algorithm()} is "random-swap"), the starting solution and the swap counts
     */
    public static SwapRun run(Dataset data, KMeansConfig config, long seed, RowChunks chunks) {
        long started = System.nanoTime();
        int k = config.k();
        SwapSchedule schedule = config.swaps();
        RunResult start = KMeans.runChecked(data, config.withAlgorithm(Algorithm.AUTO), seed, chunks);
        Variant variant = Algorithm.AUTO.variantFor(data.rows(), data.dims(), k);
        StopRule trialStop = new StopRule(ITERATIONS_PER_SWAP, 0);
        RandomGenerator random = Seeds.generator(Seeds.forSwaps(seed));
        RowSampler rows = new RowSampler(data);
        int dims = data.dims();

        double[] best = start.centers();
        double bestInertia = start.inertia();
        long distances = start.distanceComputations();
        int tried = 0;
        int accepted = 0;
        int rejectedInARow = 0;
        double[] trial = new double[k * dims];
        while (schedule.another(tried, rejectedInARow, distances)) {
            int center = random.nextInt(k);
            int row = rows.draw(random);
            System.arraycopy(best, 0, trial, 0, best.length);
            System.arraycopy(data.values(), row * dims, trial, center * dims, dims);
            Iterations swapped = variant.iterate(data, trial, k, trialStop, config.emptyClusters(), chunks);
            distances += swapped.distanceComputations();
            tried++;
            if (swapped.inertia() < bestInertia) {
                best = swapped.centers();
                bestInertia = swapped.inertia();
                accepted++;
                rejectedInARow = 0;
            } else {
                rejectedInARow++;
            }
        }
        StopRule finish = new StopRule(config.maxIter(), StopRule.scaledTolerance(data, config.tol()));
        Iterations last = variant.iterate(data, best, k, finish, config.emptyClusters(), chunks);
        distances += last.distanceComputations();
        List<IterationTrace> trace = new ArrayList<>(start.trace());
        for (IterationTrace t : last.trace()) {
            trace.add(new IterationTrace(start.iterations() + t.iteration(), t.inertia(), t.reassignments(),
                    t.centerShift(), t.distanceComputations()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        RunResult result = new RunResult(k, dims, last.centers(), last.labels(), last.inertia(),
                start.iterations() + last.iterations(), last.stopReason(), seed, Seeds.ALGORITHM, start.initializer(),
                NAME, start.initialCenters(), start.initialInertia(), List.copyOf(trace), distances, seconds);
        return new SwapRun(result, start, tried, accepted);
    }
}
