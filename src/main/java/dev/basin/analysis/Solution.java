package dev.basin.analysis;

/**
 * One clustering drawn on a plane: the data's two columns, or its first two principal components.
 *
 * @param title   what it is, e.g. "basin 1 (best), inertia 78.85"
 * @param xLabel  the horizontal axis, e.g. "petal_length" or "PC1 (73% of variance)"
 * @param yLabel  the vertical axis
 * @param points  row-major n × 2 coordinates
 * @param labels  each row's cluster, renamed so that matched clusters of two solutions share a number
 * @param centers row-major k × 2 coordinates of the centers, in the renamed order
 */
public record Solution(String title, String xLabel, String yLabel, double[] points, int[] labels, double[] centers) {
}
