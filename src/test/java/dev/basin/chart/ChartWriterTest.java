package dev.basin.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartWriterTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void writesAPngAndAnSvgNamedAfterTheBaseName(@TempDir Path dir) throws Exception {
        XYChart chart = InertiaVsSeedChart.build(SweepFixture.TABLES);
        ChartWriter.Written written = ChartWriter.write(chart, dir.resolve("charts"), "inertia-vs-seed");
        assertEquals(dir.resolve("charts/inertia-vs-seed.png"), written.png());
        assertEquals(dir.resolve("charts/inertia-vs-seed.svg"), written.svg());

        byte[] png = Files.readAllBytes(written.png());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(ChartStyle.WIDTH * ChartWriter.DEFAULT_SCALE), image.getWidth());
        assertEquals(Math.round(ChartStyle.HEIGHT * ChartWriter.DEFAULT_SCALE), image.getHeight());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names the SVG 1.1 DTD; parsing must not fetch it from the network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(written.svg().toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
    }

    @Test
    void pngBytesHaveTheScaledSize() throws Exception {
        XYChart chart = ChartStyle.xy("t", "x", "y", 400, 300);
        chart.addSeries("s", new double[]{1, 2}, new double[]{3, 4});
        byte[] png = ChartWriter.png(chart, 1);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(600, ImageIO.read(new ByteArrayInputStream(ChartWriter.png(chart))).getWidth());
    }

    @Test
    void renderingIsDeterministic() {
        assertArrayEquals(ChartWriter.png(InertiaVsSeedChart.build(SweepFixture.TABLES), 1),
                ChartWriter.png(InertiaVsSeedChart.build(SweepFixture.TABLES), 1));
    }

    @Test
    void runsHeadlessAndRefusesPathsAsBaseNames(@TempDir Path dir) {
        ChartWriter.png(ChartStyle.xy("t", "x", "y", 10, 10), 1);
        assertEquals("true", System.getProperty("java.awt.headless"));
        XYChart chart = ChartStyle.xy("t", "x", "y", 100, 100);
        assertThrows(IllegalArgumentException.class, () -> ChartWriter.write(chart, dir, "../x"));
        assertTrue(Files.notExists(dir.resolve("../x.png")));
    }
}
