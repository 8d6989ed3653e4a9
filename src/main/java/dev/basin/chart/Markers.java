package dev.basin.chart;

import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Marker shapes. XChart has one marker size per chart, used for the legend too; wrapping a shape in
 * {@link #sized} gives one series its own size (tiny dots for 30,000 runs, large diamonds for centers)
 * while the legend keeps markers large enough to read.
 */
final class Markers {
    /** One shape per initializer, so two initializers' points on the same spot remain both visible. */
    private static final List<Marker> SHAPES = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_DOWN);

    private Markers() {
    }

    /** The shape of the initializer at {@code index}. */
    static Marker shape(int index) {
        return SHAPES.get(index % SHAPES.size());
    }

    /** {@code base} drawn at {@code size} pixels whatever the chart's marker size. */
    static Marker sized(Marker base, int size) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int ignored) {
                base.paint(g, x, y, size);
            }
        };
    }

    /**
     * A cluster center: a diamond in the series color with a black outline and a white halo, so it stands
     * out on a cloud of points of its own color. {@code size} 0 draws at the chart's marker size.
     */
    static Marker center(int size) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int chartSize) {
                double half = (size > 0 ? size : chartSize) / 2.0;
                Color fill = g.getColor();
                Stroke stroke = g.getStroke();
                g.setColor(Color.WHITE);
                g.fill(diamond(x, y, half + 3));
                g.setColor(fill);
                g.fill(diamond(x, y, half));
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(diamond(x, y, half));
                g.setStroke(stroke);
                g.setColor(fill);
            }
        };
    }

    private static Path2D diamond(double x, double y, double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x, y - half);
        path.lineTo(x + half, y);
        path.lineTo(x, y + half);
        path.lineTo(x - half, y);
        path.closePath();
        return path;
    }
}
