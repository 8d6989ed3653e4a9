package dev.basin.chart;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place charts become files. Chart classes only build XChart objects; this class renders any of
 * them as PNG (for the HTML report and slides) and SVG (for print), headless: no display is needed or used.
 *
 * <p>PNGs are rendered at {@value #DEFAULT_SCALE}× their nominal size by default (a 1000 × 600 chart
 * becomes 1500 × 900 pixels): sharp on a projector or a high-density screen when shown at the nominal
 * size, the same layout as at 1×.
 *
 * <pre>{@code
 * ChartWriter.Written files = ChartWriter.write(InertiaVsSeedChart.build(tables), outDir, "inertia-vs-seed");
 * byte[] png = ChartWriter.png(chart);     // to inline as base64 in HTML
 * }</pre>
 */
public final class ChartWriter {
    static {
        Headless.ensure();
    }

    /** PNG pixels per chart pixel unless told otherwise. */
    public static final double DEFAULT_SCALE = 1.5;

    /**
     * The files one chart was written to.
     *
     * @param png the bitmap, {@code <base>.png}
     * @param svg the vector version, {@code <base>.svg}
     */
    public record Written(Path png, Path svg) {
    }

    private ChartWriter() {
    }

    /** Writes {@code <dir>/<baseName>.png} (at {@value #DEFAULT_SCALE}×) and {@code <dir>/<baseName>.svg}. */
    public static Written write(Chart<?, ?> chart, Path dir, String baseName) {
        return write(chart, dir, baseName, DEFAULT_SCALE);
    }

    /**
     * Writes {@code <dir>/<baseName>.png} at {@code scale} × the chart's size and {@code <dir>/<baseName>.svg};
     * creates {@code dir} if needed and replaces files of the same names.
     */
    public static Written write(Chart<?, ?> chart, Path dir, String baseName, double scale) {
        if (baseName.isEmpty() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("a chart's base name must be a plain file name, got \"" + baseName + "\"");
        }
        Path png = dir.resolve(baseName + ".png");
        Path svg = dir.resolve(baseName + ".svg");
        try {
            Files.createDirectories(dir);
            Files.write(png, png(chart, scale));
            Files.write(svg, svg(chart));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write chart " + baseName + " to " + dir, e);
        }
        return new Written(png, svg);
    }

    /** The chart as PNG bytes at {@value #DEFAULT_SCALE}×, e.g. to inline in HTML as base64. */
    public static byte[] png(Chart<?, ?> chart) {
        return png(chart, DEFAULT_SCALE);
    }

    /** The chart as PNG bytes, {@code round(scale × width)} × {@code round(scale × height)} pixels. */
    public static byte[] png(Chart<?, ?> chart, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        int width = (int) Math.round(chart.getWidth() * scale);
        int height = (int) Math.round(chart.getHeight() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // Scaling the graphics, not the chart, keeps the layout (line breaks, tick choice) of the nominal size.
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The chart as an SVG document (UTF-8 bytes), at the chart's nominal size. */
    public static byte[] svg(Chart<?, ?> chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
