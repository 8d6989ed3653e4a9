package dev.basin.cli;

import dev.basin.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin report} and {@code basin demo} end to end: files, a page that parses, --from, replays. */
class ReportCommandTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void writesASelfContainedPageWithEveryChart() throws Exception {
        Path out = dir.resolve("report");
        Cli result = Cli.run("report", IRIS, "-k", "3", "--seeds", "40", "--label-column", "species", "--out",
                out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains(out.resolve("index.html").toString()), result.out());
        for (String file : List.of("index.html", "runs.csv", "basins.csv", "restarts.csv", "traces.csv", "summary.json")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        List<Path> charts;
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            charts = files.sorted().toList();
        }
        assertEquals(20, charts.size(), "10 images as PNG and SVG: " + charts);
        for (Path chart : charts) {
            if (chart.toString().endsWith(".png")) {
                assertNotNull(ImageIO.read(chart.toFile()), chart.toString());
            }
        }
        String html = Files.readString(out.resolve("index.html"));
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("index.html").toFile());
        for (String section : HtmlReport.SECTIONS) {
            assertTrue(html.contains("id=\"" + section + "\""), section);
        }
        assertEquals(10, page.getElementsByTagName("img").getLength());
        assertFalse(html.contains("<script"), "no script");
        Matcher sources = Pattern.compile("(src|href)=\"([^\"#]*)\"").matcher(html);
        while (sources.find()) {
            String target = sources.group(2);
            assertFalse(target.startsWith("http:") || target.startsWith("https:") || target.startsWith("//"),
                    "external resource " + target);
            assertTrue(target.startsWith("data:image/png;base64,") || Files.exists(out.resolve(target)),
                    "link to a missing file " + target);
        }
        assertTrue(html.contains("found every cluster of the best solution (CI = 0) from"), "headline");
    }

    @Test
    void theBestRunsCommandReproducesBasinOne() throws IOException {
        Path out = dir.resolve("report");
        assertEquals(0, Cli.run("report", IRIS, "-k", "3", "--seeds", "30", "--init", "random", "--out",
                out.toString(), "-q").exitCode());
        String html = Files.readString(out.resolve("index.html"));
        Matcher command = Pattern.compile("<pre>(basin fit [^<]*)</pre>").matcher(html);
        assertTrue(command.find(), "a replay command");
        String[] words = command.group(1).replace("&#39;", "").split(" ");
        Cli replay = Cli.run(java.util.Arrays.copyOfRange(words, 1, words.length));
        assertEquals(0, replay.exitCode(), replay.err());
        String bestInertia = Files.readAllLines(out.resolve("basins.csv")).get(1).split(",")[1];
        assertTrue(replay.out().contains("inertia         " + dev.basin.report.FitOutputs.figure(Double.parseDouble(bestInertia))),
                replay.out());
    }

    @Test
    void fromAnExistingSweepGivesTheSamePageEveryTime() throws IOException {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.run("sweep", IRIS, "-k", "3", "--seeds", "30", "--out", sweep.toString(), "-q").exitCode());
        Path first = dir.resolve("r1");
        Path second = dir.resolve("r2");
        Cli one = Cli.run("report", "--from", sweep.toString(), "--out", first.toString(), "-q");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, Cli.run("report", "--from", sweep.toString(), "--out", second.toString(), "-q").exitCode());
        Cli verify = Cli.run("verify", first.toString(), "-q");
        assertEquals(0, verify.exitCode(), "a report directory verifies: " + verify.out() + verify.err());
        assertEquals(Files.readString(first.resolve("index.html")), Files.readString(second.resolve("index.html")));
        assertEquals(Files.readString(sweep.resolve("runs.csv")), Files.readString(first.resolve("runs.csv")));
    }

    @Test
    void fromASweepWhoseInputChangedIsRefused() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.copy(Path.of(IRIS), data);
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.run("sweep", data.toString(), "-k", "3", "--seeds", "10", "--out", sweep.toString(), "-q")
                .exitCode());
        Files.writeString(data, Files.readString(data).replaceFirst("5\\.1", "5.2"));
        Cli result = Cli.run("report", "--from", sweep.toString(), "--out", dir.resolve("r").toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.errLine().contains("changed"), result.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void badInputGetsOneLine() {
        Cli noData = Cli.run("report", "--out", dir.resolve("r").toString());
        assertEquals(ExitCodes.BAD_INPUT, noData.exitCode());
        assertTrue(noData.errLine().contains("DATA"), noData.err());
        Cli notASweep = Cli.run("report", "--from", dir.toString(), "--out", dir.resolve("r").toString());
        assertEquals(ExitCodes.BAD_INPUT, notASweep.exitCode());
        assertTrue(notASweep.errLine().contains("summary.json"), notASweep.err());
    }

    @Test
    void demoWritesTheReportAndPrintsItsPath() {
        Path out = dir.resolve("demo");
        Cli result = Cli.run("demo", "--out", out.toString(), "--seeds", "20");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().strip().endsWith(out.resolve("index.html").toString()), result.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }
}
