package dev.basin.chart;

import java.awt.Color;
import java.util.List;

/**
 * The colors of every Basin chart: a fixed qualitative palette that stays distinguishable for the common
 * forms of color blindness, so the same initializer, cluster or basin has the same color in every chart
 * and every run of Basin.
 *
 * <p>The first eight colors are Okabe and Ito's (2008, <i>Color Universal Design</i>), reordered so that
 * the strongest contrasts on white come first (yellow, faint on a projector, comes last but one); two
 * colors from Paul Tol's "muted" scheme follow, so k = 10 clusters still get ten different colors. Past
 * ten, colors repeat in the same order.
 *
 * <p>Initializers are colored by their index in the sweep; clusters by their (matched) number; basins by
 * their rank among the most frequent basins. Grey ({@link #OTHER}) is never in the cycle: it means "the
 * rest".
 */
public final class Palette {
    /** Okabe–Ito blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow; Tol wine, olive. */
    private static final List<Color> QUALITATIVE = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0x000000), // black
            new Color(0xF0E442), // yellow
            new Color(0x882255), // wine (Tol)
            new Color(0x999933)); // olive (Tol)

    /** Everything outside the colored top group, e.g. infrequent basins. */
    public static final Color OTHER = new Color(0xA0A0A0);

    /** Reference lines and the text of annotations: the best inertia, the 0.95 threshold. */
    public static final Color REFERENCE = new Color(0x404040);

    /** Grid lines: visible enough to read values off, faint enough to stay behind the data. */
    public static final Color GRID = new Color(0xE4E4E4);

    /** Text: near-black, softer than pure black on a projector. */
    public static final Color TEXT = new Color(0x202020);

    private Palette() {
    }

    /** How many colors there are before they repeat. */
    public static int size() {
        return QUALITATIVE.size();
    }

    /** The color of the initializer at {@code index} in the sweep's order. */
    public static Color initializer(int index) {
        return at(index);
    }

    /** The color of cluster {@code index} (0-based, after matching clusters between solutions). */
    public static Color cluster(int index) {
        return at(index);
    }

    /** The color of the basin ranked {@code rank} (0-based) among the basins a chart colors. */
    public static Color basin(int rank) {
        return at(rank);
    }

    /** {@code color} with opacity {@code alpha} (0 transparent, 1 opaque). */
    public static Color withAlpha(Color color, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), a);
    }

    private static Color at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("color index must be at least 0, got " + index);
        }
        return QUALITATIVE.get(index % QUALITATIVE.size());
    }
}
