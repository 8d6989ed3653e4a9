package dev.basin.cli;

import dev.basin.InvalidInputException;

/**
 * Checks that Spark can run in this JVM before any class that imports Spark is loaded, so a missing Spark or
 * missing JVM options give one clear line instead of a class-loading error.
 */
final class SparkSupport {
    private SparkSupport() {
    }

    /**
     * Fails with what to do unless Spark is on the class path and the JVM opens what Spark needs.
     *
     * @param option how the user asked for Spark, for the message, e.g. {@code --engine spark}
     */
    static void require(String option) {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkSupport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidInputException(option + " needs Apache Spark on the class path: start Basin with ./basin"
                    + " (which adds Maven's Spark) or with spark-submit --class dev.basin.cli.BasinCommand basin.jar ...");
        }
        Module base = Object.class.getModule();
        Module basin = SparkSupport.class.getModule();
        if (!base.isOpen("java.nio", basin) || !base.isOpen("java.lang.invoke", basin) || !base.isOpen("java.util", basin)) {
            throw new InvalidInputException(option + " needs the JVM to open java.base to Spark; start Basin with ./basin"
                    + " or spark-submit (both add them), or add --add-opens=java.base/java.nio=ALL-UNNAMED"
                    + " --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED"
                    + " (and the rest of spark.jvm.options in pom.xml) to the java command");
        }
    }
}
