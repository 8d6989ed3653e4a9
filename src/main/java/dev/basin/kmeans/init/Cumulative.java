package dev.basin.kmeans.init;

/** Inverse-CDF lookups on running sums. */
final class Cumulative {
    private Cumulative() {
    }

    /**
     * The smallest index whose running sum is strictly above {@code target}, so a row that adds nothing
     * to the sum (zero weight or zero distance) is never returned. {@code target} at or past the total
     * (rounding) gives the last row that adds something.
     */
    static int firstAbove(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        if (target >= cumulative[high]) {
            while (high > 0 && cumulative[high - 1] == cumulative[high]) {
                high--;
            }
            return high;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
