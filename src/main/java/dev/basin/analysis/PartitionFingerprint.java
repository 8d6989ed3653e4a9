package dev.basin.analysis;

import java.util.Arrays;

/**
 * A 128-bit fingerprint of a partition that ignores cluster names: the labels are first renamed in order of
 * first appearance (the first row's cluster becomes 0, the next new cluster 1, ...), then hashed with two
 * independent 64-bit mixes. Two runs share a fingerprint exactly when they ended in the same partition
 * (barring a 2^-128 collision), so a sweep keeps 16 bytes per run instead of n labels.
 *
 * @param high the first 64 bits
 * @param low  the last 64 bits
 */
public record PartitionFingerprint(long high, long low) implements Comparable<PartitionFingerprint>,
        java.io.Serializable {

    /**
     * The fingerprint of a partition.
     *
     * @param labels each row's cluster, 0 to k − 1
     * @param k      clusters
     * @return the same fingerprint for any labeling that groups the rows the same way
     */
    public static PartitionFingerprint of(int[] labels, int k) {
        int[] rename = new int[k];
        Arrays.fill(rename, -1);
        int next = 0;
        long high = 0x243F6A8885A308D3L;
        long low = 0x13198A2E03707344L;
        for (int label : labels) {
            int canonical = rename[label];
            if (canonical < 0) {
                canonical = rename[label] = next++;
            }
            high = mix(high ^ canonical) + 0x9E3779B97F4A7C15L;
            low = (low ^ canonical) * 0x100000001B3L + 0x632BE59BD9B4E019L;
            low ^= low >>> 29;
        }
        return new PartitionFingerprint(mix(high ^ labels.length), mix(low + labels.length));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The fingerprint as text, for outputs.
     *
     * @return 32 lowercase hex digits, {@code high} first
     */
    public String hex() {
        return String.format("%016x%016x", high, low);
    }

    @Override
    public int compareTo(PartitionFingerprint other) {
        int c = Long.compareUnsigned(high, other.high);
        return c != 0 ? c : Long.compareUnsigned(low, other.low);
    }
}
