package dev.basin.analysis;

import dev.basin.data.Dataset;
import dev.basin.kmeans.Algorithm;
import dev.basin.kmeans.KMeans;
import dev.basin.kmeans.KMeansConfig;
import dev.basin.kmeans.Partitions;
import dev.basin.kmeans.RunResult;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.swap.RandomSwap;
import dev.basin.kmeans.swap.SwapRun;
import dev.basin.kmeans.swap.SwapSchedule;
import dev.basin.kmeans.variant.RowChunks;
import dev.basin.random.Seeds;

/**
 * One row of a sweep's comparison: an initializer followed by K-means, or by K-means and random swap.
 *
 * <p>Without a budget, the row's run for seed s is {@code basin fit --init <init> --random-state s --n-init 1}
 * (with {@code --algorithm random-swap} for a random swap row). With a budget of D distance computations:
 * <ul>
 *   <li>an initializer row runs restarts 0, 1, 2, ... of {@code --random-state s} while the distances spent
 *       are below D, and keeps the best as {@code basin fit} does (so it is exactly
 *       {@code basin fit --random-state s --n-init r} for the r it ran);</li>
 *   <li>a random swap row starts swaps while the run's distances (its K-means start included) are below D
 *       ({@link SwapSchedule#withinBudget}), so it is exactly {@code --swaps t} for the t it tried.</li>
 * </ul>
 * Either may overshoot D by the last restart or the last swap and the final K-means; the distances each run
 * really spent are reported.
 *
 * @param init       the initializer
 * @param randomSwap whether random swap follows K-means
 */
public record Contender(Initializer init, boolean randomSwap) implements java.io.Serializable {
    /** What the name of a random swap row adds to its initializer's name. */
    public static final String RANDOM_SWAP_SUFFIX = " + random swap";

    /**
     * The row's name in outputs.
     *
     * @return the initializer's name, followed by " + random swap" for a random swap row
     */
    public String name() {
        return init.name() + (randomSwap ? RANDOM_SWAP_SUFFIX : "");
    }

    /**
     * What one run of a row produced.
     *
     * @param run      the kept run; its distance count is replaced by {@code distances}
     * @param restarts restarts run (1 unless there is a budget)
     * @param swaps    swaps tried (0 for an initializer row)
     * @param distances distances spent by the whole row's run, every restart and swap included
     * @param seconds  wall time of the whole row's run
     */
    public record Outcome(RunResult run, int restarts, int swaps, long distances, double seconds) {
    }

    /**
     * Runs the row once.
     *
     * @param data   the rows to cluster, already checked
     * @param engine settings for every run (its init, n_init and random_state are not used)
     * @param seed   the row's seed
     * @param budget distance computations per run, or 0 for none
     * @param chunks how rows are scheduled; never changes results
     * @return the run and what it cost
     */
    public Outcome run(Dataset data, KMeansConfig engine, long seed, long budget, RowChunks chunks) {
        KMeansConfig config = engine.withInit(init).withNInit(1);
        if (randomSwap) {
            KMeansConfig swapConfig = config.withAlgorithm(Algorithm.RANDOM_SWAP);
            if (budget > 0) {
                swapConfig = swapConfig.withSwaps(SwapSchedule.withinBudget(budget));
            }
            SwapRun swap = RandomSwap.run(data, swapConfig, seed, chunks);
            return new Outcome(swap.result(), 1, swap.tried(), swap.result().distanceComputations(),
                    swap.result().seconds());
        }
        if (config.algorithm() == Algorithm.RANDOM_SWAP) {
            config = config.withAlgorithm(Algorithm.AUTO);
        }
        RunResult best = KMeans.runChecked(data, config, seed, chunks);
        long distances = best.distanceComputations();
        double seconds = best.seconds();
        int restarts = 1;
        while (budget > 0 && distances < budget) {
            RunResult next = KMeans.runChecked(data, config, Seeds.forRestart(seed, restarts), chunks);
            restarts++;
            distances += next.distanceComputations();
            seconds += next.seconds();
            if (next.inertia() < best.inertia()
                    && !Partitions.sameUpToRenaming(next.labels(), best.labels(), engine.k())) {
                best = next;
            }
        }
        return new Outcome(best, restarts, 0, distances, seconds);
    }
}
