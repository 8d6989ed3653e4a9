package dev.basin.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fingerprint names a partition: blind to cluster names, to row order of the pass, and to nothing else. */
class PartitionFingerprintTest {
    @Property(tries = 200, seed = "90")
    void sameForRenamedClustersAndForRowsSummarizedInPiecesInAnyOrder(@ForAll long seed,
                                                                       @ForAll @IntRange(min = 1, max = 300) int n,
                                                                       @ForAll @IntRange(min = 1, max = 9) int k) {
        Random random = new Random(seed);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(k);
        }
        PartitionFingerprint expected = PartitionFingerprint.of(labels, k);

        int[] permutation = shuffled(k, random);
        int[] renamed = new int[n];
        for (int i = 0; i < n; i++) {
            renamed[i] = permutation[labels[i]];
        }
        assertEquals(expected, PartitionFingerprint.of(renamed, k));

        int[] order = shuffled(n, random);
        PartitionFingerprint.Builder[] pieces = new PartitionFingerprint.Builder[1 + random.nextInt(4)];
        for (int p = 0; p < pieces.length; p++) {
            pieces[p] = new PartitionFingerprint.Builder(k);
        }
        for (int i : order) {
            pieces[random.nextInt(pieces.length)].add(i, labels[i]);
        }
        PartitionFingerprint.Builder merged = pieces[0];
        for (int p = 1; p < pieces.length; p++) {
            merged.merge(pieces[p]);
        }
        assertEquals(expected, merged.build());
    }

    @Property(tries = 200, seed = "91")
    void movingOneRowChangesIt(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n) {
        Random random = new Random(seed);
        int k = 3;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(k);
        }
        int[] moved = labels.clone();
        int row = random.nextInt(n);
        moved[row] = (moved[row] + 1 + random.nextInt(k - 1)) % k;
        if (!dev.basin.kmeans.Partitions.sameUpToRenaming(labels, moved, k)) {
            assertNotEquals(PartitionFingerprint.of(labels, k), PartitionFingerprint.of(moved, k));
        }
    }

    private static int[] shuffled(int n, Random random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
