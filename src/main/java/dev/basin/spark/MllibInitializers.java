package dev.basin.spark;

import dev.basin.InvalidInputException;
import dev.basin.kmeans.init.Initializer;
import dev.basin.kmeans.init.KMeansParallel;
import dev.basin.kmeans.init.RandomRows;

import java.util.List;
import java.util.Locale;

/**
 * The initializers Spark ML's K-means has, by Basin's names. Imports nothing of Spark, so reports of MLlib
 * sweeps can name their methods without Spark on the class path.
 */
public final class MllibInitializers {
    /** Basin's names of the initializers MLlib has ({@code initMode} random and k-means||). */
    public static final List<String> NAMES = List.of("random", "k-means||");

    private MllibInitializers() {
    }

    /**
     * Basin's initializer for one of MLlib's, by name.
     *
     * @param name {@code random}, {@code k-means||} or an alias such as {@code kmeans-parallel}
     * @return the initializer of that name
     * @throws InvalidInputException naming the initializers MLlib has, for any other name
     */
    public static Initializer byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "random" -> new RandomRows();
            case "k-means||", "kmeans||", "kmeans-parallel", "k-means-parallel" -> KMeansParallel.sparkDefaults();
            default -> throw new InvalidInputException("--engine mllib has the initializers random and k-means||"
                    + " (alias kmeans-parallel); '" + name.trim() + "' is Basin's only: use --engine local or spark for it");
        };
    }
}
