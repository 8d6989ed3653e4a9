package dev.basin.report;

import java.util.List;
import java.util.Map;

/**
 * Everything the HTML report shows, already worded and formatted; {@link HtmlReport} only lays it out.
 *
 * @param title          page title, e.g. "iris.csv, k = 3: 200 seeds × 2 initializers"
 * @param headline       the key finding in one sentence
 * @param verdict        a few plain sentences: which initializer is safer, how many restarts to use
 * @param summaryHeader  column names of the per-initializer table
 * @param summaryRows    one row per initializer
 * @param figures        the charts, in reading order
 * @param basinHeader    column names of the basin table
 * @param basinRows      the most frequent basins, best first
 * @param basinsNotShown basins left out of the table (all are in basins.csv)
 * @param replays        commands that reproduce chosen runs alone
 * @param methods        references, one citation each
 * @param files          the data files next to index.html, with a line on what each holds
 * @param provenance     the sweep's provenance, as written in summary.json
 */
public record ReportContent(String title, String headline, List<String> verdict, List<String> summaryHeader,
                            List<List<String>> summaryRows, List<Figure> figures, List<String> basinHeader,
                            List<List<String>> basinRows, int basinsNotShown, List<Replay> replays,
                            List<String> methods, Map<String, String> files, Map<String, Object> provenance) {

    /**
     * A chart, or charts read together (shown side by side): PNGs inlined in the page, SVGs next to it.
     *
     * @param title   heading
     * @param caption one plain sentence on how to read it
     * @param images  one or two images
     */
    public record Figure(String title, String caption, List<Image> images) {
    }

    /**
     * One chart image.
     *
     * @param png     the image, inlined in the page
     * @param svgFile relative path of the SVG version (for print), or null
     * @param alt     what it shows, for readers who cannot see it
     */
    public record Image(byte[] png, String svgFile, String alt) {
    }

    /**
     * A command that reproduces one run, with what it is ("the best run", "the worst run").
     *
     * @param what    which run it reproduces, in a few words
     * @param command the whole command line, ready to copy into a shell
     */
    public record Replay(String what, String command) {
    }
}
