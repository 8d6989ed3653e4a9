package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Lloyd;
import dev.basin.kmeans.variant.Variant;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The iteration scheme a run uses; {@link #AUTO} picks one from the data's shape. */
public enum Algorithm {
    /** Lloyd's algorithm: assign each row to its nearest center, move each center to its rows' weighted mean. */
    LLOYD("lloyd"),
    /** Chosen from the number of rows, features and clusters; at present this is always {@link #LLOYD}. */
    AUTO("auto");

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    /**
     * The name used on the command line ({@code --algorithm}) and in outputs.
     *
     * @return "lloyd" or "auto"
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
     * @return a new variant; every variant gives the same results, so the choice only affects speed
     */
    public Variant variantFor(int rows, int dims, int k) {
        return new Lloyd();
    }

    /**
     * The algorithm named by its label, ignoring case and surrounding spaces.
     *
     * @param text "lloyd" or "auto"
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
