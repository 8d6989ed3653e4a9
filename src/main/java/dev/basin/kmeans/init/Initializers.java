package dev.basin.kmeans.init;

import dev.basin.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** Looks initializers up by the names used on the command line. */
public final class Initializers {
    /** The names {@link #byName} accepts (an explicit centers file is given as a path instead). */
    public static final List<String> NAMES = List.of("k-means++", "random", "random-partition", "maximin",
            "k-means||");

    private Initializers() {
    }

    /**
     * The initializer called {@code name} ({@code kmeans++}, {@code farthest-first} and, for {@code k-means||}
     * without characters a shell would read, {@code kmeans-parallel}, are accepted as aliases).
     * {@code localTrials} applies to k-means++ only; 0 means its default.
     *
     * @param name        one of {@link #NAMES} or an alias, ignoring case and surrounding spaces
     * @param localTrials k-means++ candidates per step, not negative; 0 means 2 + ⌊ln k⌋
     * @return a new initializer
     * @throws InvalidInputException if the name is not a built-in initializer, or {@code localTrials} is negative
     */
    public static Initializer byName(String name, int localTrials) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "k-means++", "kmeans++" -> new KMeansPlusPlus(localTrials);
            case "random" -> new RandomRows();
            case "random-partition" -> new RandomPartition();
            case "maximin", "farthest-first" -> new Maximin();
            case "k-means||", "kmeans||", "kmeans-parallel", "k-means-parallel" -> KMeansParallel.sparkDefaults();
            default -> throw new InvalidInputException("unknown initializer '" + name + "'; use one of "
                    + String.join(", ", NAMES) + ", or the path of a CSV file of initial centers");
        };
    }

    /**
     * Whether {@code name} names a built-in initializer rather than a centers file.
     *
     * @param name an initializer name or the path of a centers file
     * @return true for a name {@link #byName} accepts, aliases included
     */
    public static boolean isName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "k-means++", "kmeans++", "random", "random-partition", "maximin", "farthest-first", "k-means||",
                 "kmeans||", "kmeans-parallel", "k-means-parallel" -> true;
            default -> false;
        };
    }
}
