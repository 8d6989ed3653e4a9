/**
 * Basin on Apache Spark: the only package that imports Spark, a {@code provided} dependency, so its classes
 * are loaded only when {@code --engine spark} or {@code --engine mllib} is asked for.
 * <ul>
 *   <li>{@link dev.basin.spark.SparkRunExecutor}: a sweep's runs as Spark tasks over broadcast data, each
 *       run Basin's own engine, unchanged;</li>
 *   <li>{@link dev.basin.spark.MllibSweep}: one Spark ML {@code KMeans} fit per seed on data Spark reads, for
 *       data larger than one machine.</li>
 * </ul>
 */
package dev.basin.spark;
