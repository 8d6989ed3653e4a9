package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Elkan;
import dev.basin.kmeans.variant.Hamerly;
import dev.basin.kmeans.variant.Lloyd;
import dev.basin.kmeans.variant.Variant;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The iteration scheme a run uses; {@link #AUTO} picks one from the data's shape. */
public enum Algorithm {
    /** Lloyd's algorithm: assign each row to its nearest center, move each center to its rows' weighted mean. */
    LLOYD("lloyd"),
    /** Hamerly (2010): one upper and one lower bound per row; best in low dimension. */
    HAMERLY("hamerly"),
    /** Elkan (2003): one lower bound per row and center; fewest distances, n × k doubles of memory. */
    ELKAN("elkan"),
    /** Chosen from the number of rows, features and clusters by {@link AutoRule}. */
    AUTO("auto"),
    /**
     * Random swap (Fränti 2018) around {@link #AUTO}'s variant: not an iteration scheme but a search over
     * K-means solutions, run by {@link dev.basin.kmeans.swap.RandomSwap}. It gives other (lower or equal)
     * results than the exact schemes; its iterations are {@link #AUTO}'s.
     */
    RANDOM_SWAP("random-swap");

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    /**
     * The name used on the command line ({@code --algorithm}) and in outputs.
     *
     * @return "lloyd", "hamerly", "elkan", "auto" or "random-swap"
     */
    public String label() {
        return label;
    }

    /**
     * The variant that runs for data of n rows, d features and k clusters.
     *
     * @param rows rows of the data (n)
     * @param dims features of the data (d)
     * @param k    clusters
     * @return a new variant; every variant gives the same results, so the choice only affects speed. For
     *         {@link #RANDOM_SWAP}, the variant its iterations use: {@link #AUTO}'s
     */
    public Variant variantFor(int rows, int dims, int k) {
        return switch (this) {
            case LLOYD -> new Lloyd();
            case HAMERLY -> new Hamerly();
            case ELKAN -> new Elkan();
            case AUTO, RANDOM_SWAP -> AutoRule.choose(rows, dims, k).variantFor(rows, dims, k);
        };
    }

    /**
     * The algorithm named by its label, ignoring case and surrounding spaces.
     *
     * @param text "lloyd", "hamerly", "elkan", "auto" or "random-swap"
     * @return the algorithm with that label
     * @throws InvalidInputException if no algorithm has that label
     */
    public static Algorithm parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown algorithm '" + text + "'; use one of "
                        + Arrays.stream(values()).map(Algorithm::label).collect(Collectors.joining(", "))));
    }
}
