package dev.basin.chart;

import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Minima;
import dev.basin.landscape.RunStatus;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the landscape charts color a run by: the minimum it reached (the first {@value #COLORED} minima,
 * best first, in the colors of {@link Palette}; the rest share one light grey), or, for a run that reached
 * none, how it ended, in darker greys (a brownish grey for an undefined f). Both landscape charts use the same categories, so a color
 * means the same minimum in each.
 */
final class LandscapeCategories {
    /** Minima with a color of their own. */
    static final int COLORED = 8;
    /** Category of the minima past {@link #COLORED}. */
    static final int OTHER_MINIMA = COLORED + 1;

    private static final Map<RunStatus, Color> STATUS_COLORS = Map.of(
            RunStatus.NOT_CONVERGED, new Color(0x6E6E6E),
            RunStatus.STATIONARY, new Color(0x404040),
            RunStatus.LEFT_INTERVAL, Palette.OTHER,
            RunStatus.UNDEFINED, new Color(0x8C6D62)); // a brownish grey: rare, and not to be taken for a minimum
    /** The minima past {@link #COLORED}: a light grey, lighter than every status. */
    static final Color OTHER_MINIMA_COLOR = new Color(0xCFCFCF);

    /**
     * One category, as drawn.
     *
     * @param key   the minimum's number (1 to {@link #COLORED}), {@link #OTHER_MINIMA}, or −1 − the status's ordinal
     * @param label the legend text
     * @param color its color
     * @param runs  how many runs fall in it
     */
    record Category(int key, String label, Color color, int runs) {
    }

    private final Map<Integer, Category> byKey = new LinkedHashMap<>();
    private final int[] keyOfRun;

    LandscapeCategories(LandscapeResult result) {
        int n = result.runs().size();
        keyOfRun = new int[n];
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            keyOfRun[i] = key(result.minimumOf()[i], result.runs().get(i).status());
            counts.merge(keyOfRun[i], 1, Integer::sum);
        }
        for (Minima.Minimum minimum : result.minima()) {
            if (minimum.number() <= COLORED) {
                byKey.put(minimum.number(), new Category(minimum.number(), label(minimum), Palette.basin(minimum.number() - 1),
                        minimum.starts()));
            }
        }
        if (counts.containsKey(OTHER_MINIMA)) {
            int others = result.minima().size() - COLORED;
            byKey.put(OTHER_MINIMA, new Category(OTHER_MINIMA, others + " other minima: " + share(counts.get(OTHER_MINIMA), n),
                    OTHER_MINIMA_COLOR, counts.get(OTHER_MINIMA)));
        }
        for (RunStatus status : RunStatus.values()) {
            int key = -1 - status.ordinal();
            if (status != RunStatus.MINIMUM && counts.containsKey(key)) {
                byKey.put(key, new Category(key, status.words() + ": " + share(counts.get(key), n), STATUS_COLORS.get(status),
                        counts.get(key)));
            }
        }
    }

    /** The categories present, minima first (best first), then statuses. */
    List<Category> present() {
        return new ArrayList<>(byKey.values());
    }

    /** The category of run {@code i} (in start order). */
    Category of(int run) {
        return byKey.get(keyOfRun[run]);
    }

    private static int key(int minimum, RunStatus status) {
        if (minimum > 0) {
            return minimum <= COLORED ? minimum : OTHER_MINIMA;
        }
        return -1 - status.ordinal();
    }

    /** "#1 x = −2.44: 27%", with "best" for every minimum as deep as the lowest. */
    private static String label(Minima.Minimum minimum) {
        return "#" + minimum.number() + (minimum.best() ? " best" : "") + " x = " + ChartText.significant(minimum.x(), 3)
                + ": " + ChartText.significant(100 * minimum.share(), 3) + "%";
    }

    private static String share(int runs, int all) {
        return ChartText.significant(100.0 * runs / all, 3) + "%";
    }
}
