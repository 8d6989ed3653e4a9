package dev.basin.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The distinct minima the runs found, and which runs reached each: the basins of attraction.
 *
 * <p>The rule: only runs that converged to a minimum ({@link RunStatus#MINIMUM}) found one. Their end
 * points, sorted, are cut wherever two neighbours are more than {@code mergeTolerance × (to − from)}
 * apart; each group is one minimum (so end points are merged in chains of close neighbours, as single
 * linkage does). A minimum's location is the end point in its group with the lowest f (ties: the
 * leftmost). Minima are numbered by f, lowest (best) first, so minimum 1 is the best one found; values of f
 * within {@value #TIE} (relative, at least 1 in scale) of each other are a tie, numbered left to right, and every
 * minimum tied with the lowest is marked best (sin(x) + 0.5·sin(3x) has three equally deep minima on
 * [−5, 5], equal up to rounding). Runs
 * that did not converge, left the interval, stopped on a maximum or met an undefined f belong to no
 * minimum: they count in the shares under their status.
 */
public final class Minima {
    /** Values of f this close (relative to max(1, |f|)) are the same depth. */
    public static final double TIE = 1e-9;

    private Minima() {
    }

    /**
     * One distinct minimum.
     *
     * @param number     1 for the lowest f, then by f
     * @param x          where it is
     * @param f          f(x)
     * @param curvature  f''(x)
     * @param starts     runs that converged to it
     * @param share      starts / all runs
     * @param firstStart the leftmost start that reached it
     * @param lastStart  the rightmost start that reached it
     * @param best       whether f ties with the lowest f found (minimum 1 always is)
     */
    public record Minimum(int number, double x, double f, double curvature, int starts, double share,
                          double firstStart, double lastStart, boolean best) {
    }

    /**
     * The minima and each run's minimum.
     *
     * @param minima   best first
     * @param minimum  for each run (in the order given), the number of its minimum, or 0 for none
     */
    public record Found(List<Minimum> minima, int[] minimum) {
    }

    /**
     * Groups the converged runs' end points into minima.
     *
     * @param runs           the runs, in any order
     * @param mergeDistance  end points at most this far apart (in x) are the same minimum
     * @return the minima, best first, and each run's minimum
     */
    public static Found of(List<Descent.Run> runs, double mergeDistance) {
        List<Integer> converged = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).status() == RunStatus.MINIMUM) {
                converged.add(i);
            }
        }
        converged.sort(Comparator.comparingDouble((Integer i) -> runs.get(i).end()).thenComparingInt(i -> i));
        List<List<Integer>> groups = new ArrayList<>();
        double previous = Double.NaN;
        for (int i : converged) {
            double end = runs.get(i).end();
            if (groups.isEmpty() || end - previous > mergeDistance) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(i);
            previous = end;
        }
        record Group(List<Integer> members, Descent.Run lowest) {
        }
        List<Group> ordered = new ArrayList<>();
        for (List<Integer> members : groups) {
            Descent.Run lowest = runs.get(members.getFirst());
            for (int i : members) {
                // Members are sorted by x, so a strict comparison keeps the leftmost of equal values.
                if (runs.get(i).atEnd().value() < lowest.atEnd().value()) {
                    lowest = runs.get(i);
                }
            }
            ordered.add(new Group(members, lowest));
        }
        ordered.sort(Comparator.comparingDouble((Group g) -> g.lowest().atEnd().value()));
        // Ties in f (equal up to rounding) are ordered by x, so the numbering does not hang on rounding noise.
        List<Group> numbered = new ArrayList<>();
        int level = 0;
        while (level < ordered.size()) {
            double depth = ordered.get(level).lowest().atEnd().value();
            int next = level;
            while (next < ordered.size() && tied(ordered.get(next).lowest().atEnd().value(), depth)) {
                next++;
            }
            List<Group> tie = new ArrayList<>(ordered.subList(level, next));
            tie.sort(Comparator.comparingDouble(g -> g.lowest().end()));
            numbered.addAll(tie);
            level = next;
        }
        ordered = numbered;
        int[] minimumOf = new int[runs.size()];
        List<Minimum> minima = new ArrayList<>();
        for (int number = 1; number <= ordered.size(); number++) {
            Group group = ordered.get(number - 1);
            double first = Double.POSITIVE_INFINITY;
            double last = Double.NEGATIVE_INFINITY;
            for (int i : group.members()) {
                minimumOf[i] = number;
                first = Math.min(first, runs.get(i).start());
                last = Math.max(last, runs.get(i).start());
            }
            Descent.Run lowest = group.lowest();
            minima.add(new Minimum(number, lowest.end(), lowest.atEnd().value(), lowest.atEnd().d2(),
                    group.members().size(), group.members().size() / (double) runs.size(), first, last,
                    tied(lowest.atEnd().value(), ordered.getFirst().lowest().atEnd().value())));
        }
        return new Found(List.copyOf(minima), minimumOf);
    }

    /** Whether two values of f are the same depth up to {@link #TIE}. */
    static boolean tied(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
