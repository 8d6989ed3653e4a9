package dev.basin.spark;

import dev.basin.data.MissingPolicy;
import dev.basin.data.Scaling;

import java.io.Serializable;
import java.util.List;

/**
 * How a table Spark reads becomes the data to cluster: the local CSV loader's options, for any path Spark
 * reads.
 *
 * @param path         a CSV file or directory of CSV files, or Parquet (a path ending in {@code .parquet}), local,
 *                     {@code hdfs://} or {@code s3a://}
 * @param columns      feature columns, in this order; empty for every numeric column
 * @param labelColumn  reference labels, or null
 * @param weightColumn row weights, or null
 * @param delimiter    the CSV delimiter, or null to detect it from the header
 * @param scaling      scaling of the features
 * @param missing      what a missing value does
 */
public record TableOptions(String path, List<String> columns, String labelColumn, String weightColumn,
                           Character delimiter, Scaling scaling, MissingPolicy missing) implements Serializable {
    /**
     * Keeps a copy of the columns.
     *
     * @param path         where the data is
     * @param columns      feature columns, or null or empty for every numeric column
     * @param labelColumn  reference labels, or null
     * @param weightColumn row weights, or null
     * @param delimiter    the CSV delimiter, or null to detect it
     * @param scaling      scaling of the features
     * @param missing      what a missing value does
     */
    public TableOptions {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** Whether the path names Parquet rather than CSV. */
    boolean parquet() {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".parquet") || lower.endsWith(".parquet/");
    }
}
