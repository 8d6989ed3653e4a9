package dev.basin.kmeans.init;

import dev.basin.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** Looks initializers up by the names used on the command line. */
public final class Initializers {
    /** The names {@link #byName} accepts (an explicit centers file is given as a path instead). */
    public static final List<String> NAMES = List.of("k-means++", "random", "random-partition", "maximin");

    private Initializers() {
    }

    /**
     * The initializer called {@code name} ({@code kmeans++} and {@code farthest-first} are accepted as
     * aliases). {@code localTrials} applies to k-means++ only; 0 means its default.
     */
    public static Initializer byName(String name, int localTrials) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "k-means++", "kmeans++" -> new KMeansPlusPlus(localTrials);
            case "random" -> new RandomRows();
            case "random-partition" -> new RandomPartition();
            case "maximin", "farthest-first" -> new Maximin();
            default -> throw new InvalidInputException("unknown initializer '" + name + "'; use one of "
                    + String.join(", ", NAMES) + ", or the path of a CSV file of initial centers");
        };
    }

    /** Whether {@code name} names a built-in initializer rather than a centers file. */
    public static boolean isName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "k-means++", "kmeans++", "random", "random-partition", "maximin", "farthest-first" -> true;
            default -> false;
        };
    }
}
