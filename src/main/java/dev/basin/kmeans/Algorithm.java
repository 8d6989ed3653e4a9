package dev.basin.kmeans;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.variant.Lloyd;
import dev.basin.kmeans.variant.Variant;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The iteration scheme a run uses; {@link #AUTO} picks one from the data's shape. */
public enum Algorithm {
    LLOYD("lloyd"),
    AUTO("auto");

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The variant that runs for data of n rows, d features and k clusters. */
    public Variant variantFor(int rows, int dims, int k) {
        return new Lloyd();
    }

    public static Algorithm parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown algorithm '" + text + "'; use one of "
                        + Arrays.stream(values()).map(Algorithm::label).collect(Collectors.joining(", "))));
    }
}
