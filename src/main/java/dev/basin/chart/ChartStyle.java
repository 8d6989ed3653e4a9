package dev.basin.chart;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * The one look of every Basin chart, made to be read from the back of a room: white background, no frame
 * around the plot, large type (titles 18 pt, axis titles 14 pt, tick labels and legend 13 pt), faint grid
 * lines, the legend below the plot (where it never covers data), numbers in US format whatever the
 * machine's locale, and the colors of {@link Palette}.
 *
 * <p>Each factory returns a chart with its title and axis titles set; the chart classes add series and
 * annotations. Sizes are in pixels at scale 1; {@link ChartWriter} may render them at a higher scale.
 */
public final class ChartStyle {
    static {
        // Building a chart measures fonts, which starts Java's graphics: headless must be decided first.
        Headless.ensure();
    }

    /** Default width of a single chart, pixels. */
    public static final int WIDTH = 1000;
    /** Default height of a single chart, pixels. */
    public static final int HEIGHT = 600;

    /** Chart titles. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    /** Axis titles, which carry the units. */
    public static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Tick labels. */
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Legend entries. */
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Text placed in the plot, e.g. "best run: seed 17". */
    public static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** Marker diameter when every point can be seen on its own. */
    static final int MARKER = 8;
    /** Marker diameter for crowded scatter plots, so points do not merge into a blot. */
    static final int SMALL_MARKER = 4;

    /**
     * Legend sample line length and the space around legend entries, pixels. The padding is generous
     * because XChart measures legend text at scale 1: drawn at {@link ChartWriter#DEFAULT_SCALE}, the same
     * text comes out a few percent wider and would otherwise touch the next entry. For the same reason
     * legend labels stay short (notes such as thinning go into the title).
     */
    static final int LEGEND_LINE = 28;
    static final int LEGEND_PADDING = 18;

    /** Reference lines (best inertia, 0.95): dashed, so they never pass for data. */
    static final BasicStroke REFERENCE_LINE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[]{8f, 5f}, 0f);

    private ChartStyle() {
    }

    /** An XY chart (lines or scatter) in Basin's style. */
    public static XYChart xy(String title, String xAxisTitle, String yAxisTitle, int width, int height) {
        XYChart chart = new XYChart(width, height);
        titles(chart, title, xAxisTitle, yAxisTitle);
        apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return chart;
    }

    /** A category (bar) chart in Basin's style. */
    public static CategoryChart category(String title, String xAxisTitle, String yAxisTitle, int width, int height) {
        CategoryChart chart = new CategoryChart(width, height);
        titles(chart, title, xAxisTitle, yAxisTitle);
        apply(chart.getStyler());
        return chart;
    }

    /** A box-plot chart in Basin's style. */
    public static BoxChart box(String title, String xAxisTitle, String yAxisTitle, int width, int height) {
        BoxChart chart = new BoxChart(width, height, Styler.ChartTheme.XChart);
        titles(chart, title, xAxisTitle, yAxisTitle);
        apply(chart.getStyler());
        return chart;
    }

    /**
     * Moves the legend to the right of the plot, one entry per line, when its entries would not fit in one
     * row below it (XChart does not wrap a legend row; it would run off the image). Call once all series
     * are added.
     */
    static void fitLegend(Chart<?, ?> chart) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        double row = 0;
        for (Series series : chart.getSeriesMap().values()) {
            if (series.isShowInLegend() && series.isEnabled()) {
                row += LEGEND_FONT.getStringBounds(series.getLabel(), context).getWidth() + LEGEND_LINE
                        + 3 * LEGEND_PADDING;
            }
        }
        if (row > chart.getWidth() - 4 * LEGEND_PADDING) {
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    private static void titles(Chart<?, ?> chart, String title, String x, String y) {
        chart.setTitle(title);
        chart.setXAxisTitle(x);
        chart.setYAxisTitle(y);
    }

    /** Applies the shared look to any axes chart's styler. */
    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setChartFontColor(Palette.TEXT);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartTitlePadding(10);
        styler.setChartPadding(14);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTitlePadding(10);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setAxisTickLabelsColor(Palette.TEXT);
        styler.setAxisTickMarksColor(Palette.OTHER);
        styler.setPlotGridLinesColor(Palette.GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setPlotMargin(6);
        // Below the plot, in rows: a legend inside the plot would sooner or later cover points.
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendFont(LEGEND_FONT);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setLegendSeriesLineLength(LEGEND_LINE);
        styler.setLegendPadding(LEGEND_PADDING);
        styler.setAnnotationTextFont(ANNOTATION_FONT);
        styler.setAnnotationTextFontColor(Palette.REFERENCE);
        styler.setMarkerSize(MARKER);
        styler.setLocale(Locale.US);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        Color[] colors = new Color[Palette.size()];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = Palette.initializer(i);
        }
        styler.setSeriesColors(colors);
    }
}
