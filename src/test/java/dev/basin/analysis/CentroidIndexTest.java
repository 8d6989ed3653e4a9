package dev.basin.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CI on hand-made centroid sets. */
class CentroidIndexTest {
    @Test
    void sameCentroidsInAnyOrderGiveZero() {
        double[] a = {0, 0, 10, 0, 0, 10};
        double[] b = {0, 10, 0.1, 0.2, 10, 0.3};
        assertEquals(0, CentroidIndex.between(a, b, 2));
    }

    @Test
    void oneClusterMissingAndOneDoubledGivesOne() {
        // truth: three clusters at x = 0, 10, 20; solution: two centroids share the cluster at 0, none at 20
        double[] truth = {0, 10, 20};
        double[] solution = {-1, 1, 10};
        // solution → truth: -1→0, 1→0, 10→10; 20 is an orphan (1)
        // truth → solution: 0→-1 (tie with 1 goes to the first), 10→10, 20→10; centroid 1 is an orphan (1)
        assertEquals(1, CentroidIndex.between(solution, truth, 1));
        assertEquals(1, CentroidIndex.orphans(solution, truth, 1));
    }

    @Test
    void twoClustersMisplaced() {
        // truth: 4 clusters at 0, 10, 20, 30; solution puts three centroids near 0 and one at 30
        double[] truth = {0, 10, 20, 30};
        double[] solution = {-1, 0, 1, 30};
        // solution → truth: all of -1, 0, 1 → 0; 30 → 30: orphans 10 and 20 → 2
        // truth → solution: 0→0, 10→1, 20→30, 30→30: orphan -1 → 1
        assertEquals(2, CentroidIndex.orphans(solution, truth, 1));
        assertEquals(1, CentroidIndex.orphans(truth, solution, 1));
        assertEquals(2, CentroidIndex.between(solution, truth, 1));
        assertEquals(2, CentroidIndex.between(truth, solution, 1), "symmetric");
    }

    @Test
    void differentSizes() {
        double[] three = {0, 10, 20};
        double[] two = {0, 20};
        // three → two: 0→0, 10→0 (tie to first), 20→20: no orphan; two → three: 0→0, 20→20: orphan 10
        assertEquals(1, CentroidIndex.between(three, two, 1));
    }
}
