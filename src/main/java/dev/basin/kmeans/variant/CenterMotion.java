package dev.basin.kmeans.variant;

import dev.basin.kmeans.kernel.SquaredDistance;

/**
 * Per-iteration facts about the centers that the bounded variants share: how far each center moved in
 * the last update, the largest and second-largest moves, and the distances between centers (each rounded
 * to the safe side, see {@link Bounds}).
 */
final class CenterMotion {
    private final int k;
    private final int dims;
    /** ‖c_new − c_old‖ per center, rounded up. */
    final double[] moved;
    /** The largest move and the center that made it, and the second largest. */
    double largestMove;
    int largestMover;
    double secondMove;
    /** Distances between centers, k × k, rounded down; only kept when {@code pairwise} was asked for. */
    final double[] between;
    /** Per center, the distance to its nearest other center, rounded down (Hamerly's 2·s). */
    final double[] nearestOther;

    CenterMotion(int k, int dims, boolean pairwise) {
        this.k = k;
        this.dims = dims;
        this.moved = new double[k];
        this.between = pairwise ? new double[k * k] : null;
        this.nearestOther = new double[k];
    }

    /**
     * Records the move from {@code previous} to {@code next} and the distances between the new centers.
     *
     * @return distances evaluated: k moves and k(k − 1)/2 pairs
     */
    long update(double[] previous, double[] next) {
        largestMove = 0;
        secondMove = 0;
        largestMover = -1;
        for (int c = 0; c < k; c++) {
            double move = Math.sqrt(SquaredDistance.between(previous, c * dims, next, c * dims, dims)) * (1 + Bounds.SLACK);
            moved[c] = move;
            if (move > largestMove) {
                secondMove = largestMove;
                largestMove = move;
                largestMover = c;
            } else if (move > secondMove) {
                secondMove = move;
            }
        }
        pairs(next);
        return k + (long) k * (k - 1) / 2;
    }

    /** Distances between the centers {@code centers}, for the first iteration. */
    long pairs(double[] centers) {
        java.util.Arrays.fill(nearestOther, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double d = Math.sqrt(SquaredDistance.between(centers, a * dims, centers, b * dims, dims)) * (1 - Bounds.SLACK);
                if (between != null) {
                    between[a * k + b] = d;
                    between[b * k + a] = d;
                }
                nearestOther[a] = Math.min(nearestOther[a], d);
                nearestOther[b] = Math.min(nearestOther[b], d);
            }
        }
        return (long) k * (k - 1) / 2;
    }

    /** @return the largest move of any center other than {@code c} */
    double largestMoveExcept(int c) {
        return c == largestMover ? secondMove : largestMove;
    }
}
