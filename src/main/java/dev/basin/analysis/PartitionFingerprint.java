package dev.basin.analysis;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A 128-bit fingerprint of a partition that ignores cluster names. Each cluster is summarized by its first
 * row, its size and two sums of 64-bit hashes of its row numbers; the clusters are then renamed in order of
 * first row (the first row's cluster becomes 0, the next new cluster 1, ...) and their summaries hashed in
 * that order. Two runs share a fingerprint exactly when they ended in the same partition (barring a 2^-128
 * collision), so a sweep keeps 16 bytes per run instead of n labels.
 *
 * <p>The summaries are sums and minimums, so the rows can be visited in any order and in pieces: a
 * {@link Builder} per piece, {@link Builder#merge merged}, gives the same fingerprint as one pass over the
 * rows in order. That is how Spark computes it in one distributed pass over data no machine holds whole.
 *
 * @param high the first 64 bits
 * @param low  the last 64 bits
 */
public record PartitionFingerprint(long high, long low) implements Comparable<PartitionFingerprint>,
        Serializable {

    /**
     * The fingerprint of a partition.
     *
     * @param labels each row's cluster, 0 to k − 1
     * @param k      clusters
     * @return the same fingerprint for any labeling that groups the rows the same way
     */
    public static PartitionFingerprint of(int[] labels, int k) {
        Builder builder = new Builder(k);
        for (int i = 0; i < labels.length; i++) {
            builder.add(i, labels[i]);
        }
        return builder.build();
    }

    /**
     * Collects a partition's cluster summaries from (row, cluster) pairs given in any order, possibly in
     * pieces on different machines.
     */
    public static final class Builder implements Serializable {
        private final long[] firstRow;
        private final long[] size;
        private final long[] rowHashes;
        private final long[] otherRowHashes;

        /**
         * An empty summary.
         *
         * @param k clusters; labels are 0 to k − 1
         */
        public Builder(int k) {
            firstRow = new long[k];
            Arrays.fill(firstRow, Long.MAX_VALUE);
            size = new long[k];
            rowHashes = new long[k];
            otherRowHashes = new long[k];
        }

        /**
         * Adds one row.
         *
         * @param row   the row's number, 0 to n − 1, each row added once
         * @param label its cluster, 0 to k − 1
         * @return this builder
         */
        public Builder add(long row, int label) {
            firstRow[label] = Math.min(firstRow[label], row);
            size[label]++;
            rowHashes[label] += mix(row * 0x9E3779B97F4A7C15L + 0x243F6A8885A308D3L);
            otherRowHashes[label] += mix((row ^ 0x13198A2E03707344L) * 0xC2B2AE3D27D4EB4FL + 0x632BE59BD9B4E019L);
            return this;
        }

        /**
         * Adds the rows another builder summarized (rows disjoint from this one's).
         *
         * @param other a builder for the same k
         * @return this builder
         */
        public Builder merge(Builder other) {
            for (int c = 0; c < firstRow.length; c++) {
                firstRow[c] = Math.min(firstRow[c], other.firstRow[c]);
                size[c] += other.size[c];
                rowHashes[c] += other.rowHashes[c];
                otherRowHashes[c] += other.otherRowHashes[c];
            }
            return this;
        }

        /**
         * The fingerprint of the rows added.
         *
         * @return the same fingerprint as {@link PartitionFingerprint#of} for the same labels
         */
        public PartitionFingerprint build() {
            Integer[] order = new Integer[firstRow.length];
            long rows = 0;
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
                rows += size[c];
            }
            Arrays.sort(order, (a, b) -> Long.compare(firstRow[a], firstRow[b]));
            long high = 0x243F6A8885A308D3L;
            long low = 0x13198A2E03707344L;
            for (int c : order) {
                if (size[c] == 0) {
                    continue; // an empty cluster is no part of the partition
                }
                high = mix(high ^ rowHashes[c]) + size[c] * 0x9E3779B97F4A7C15L;
                low = mix(low + otherRowHashes[c] * 0x100000001B3L) ^ firstRow[c];
            }
            return new PartitionFingerprint(mix(high ^ rows), mix(low + rows));
        }
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
