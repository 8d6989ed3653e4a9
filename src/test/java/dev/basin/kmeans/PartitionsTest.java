package dev.basin.kmeans;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two labelings are the same partition exactly when one is the other with clusters renamed. */
class PartitionsTest {

    @Test
    void renamedLabelsAreTheSamePartition() {
        assertTrue(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 2, 2}, new int[]{0, 0, 1, 2, 2}, 3));
        assertTrue(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 2, 2}, new int[]{2, 2, 0, 1, 1}, 3));
        assertTrue(Partitions.sameUpToRenaming(new int[]{1, 0, 1, 0}, new int[]{0, 1, 0, 1}, 2));
        // An unused cluster index on either side does not matter.
        assertTrue(Partitions.sameUpToRenaming(new int[]{0, 0, 2, 2}, new int[]{1, 1, 0, 0}, 3));
        assertTrue(Partitions.sameUpToRenaming(new int[]{}, new int[]{}, 2));
    }

    @Test
    void mergesSplitsAndMovesAreDifferentPartitions() {
        // b merges a's clusters 1 and 2.
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 2, 2}, new int[]{0, 0, 1, 1, 1}, 3));
        // b splits a's cluster 0 (the same case, the other way round).
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 1, 1}, new int[]{0, 0, 1, 2, 2}, 3));
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 0, 0, 0}, new int[]{0, 1, 0, 1}, 2));
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 1, 0, 1}, new int[]{0, 0, 0, 0}, 2));
        // One row moved to another cluster.
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 1}, new int[]{0, 1, 1, 1}, 2));
        // A swap of two rows between clusters.
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 0, 1, 1}, new int[]{0, 1, 0, 1}, 2));
        // Different lengths.
        assertFalse(Partitions.sameUpToRenaming(new int[]{0, 1}, new int[]{0, 1, 1}, 2));
    }

    @Property(tries = 200, seed = "31337")
    void aPermutationOfTheNamesIsTheSamePartitionAndAMoveIsNot(@ForAll long seed,
                                                               @ForAll @IntRange(min = 1, max = 9) int k) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(60);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(k);
        }
        List<Integer> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add(c);
        }
        Collections.shuffle(names, random);
        int[] renamed = new int[n];
        for (int i = 0; i < n; i++) {
            renamed[i] = names.get(a[i]);
        }
        assertTrue(Partitions.sameUpToRenaming(a, renamed, k));
        assertTrue(Partitions.sameUpToRenaming(renamed, a, k));

        // Moving one row into another cluster that already has a row changes the partition.
        int row = random.nextInt(n);
        for (int other = 0; other < n; other++) {
            if (a[other] != a[row]) {
                int[] moved = renamed.clone();
                moved[row] = renamed[other];
                assertFalse(Partitions.sameUpToRenaming(a, moved, k), "row " + row + " moved");
                assertFalse(Partitions.sameUpToRenaming(moved, a, k), "row " + row + " moved");
                break;
            }
        }
    }
}
