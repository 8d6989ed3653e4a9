package dev.basin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin report --k-range}: the elbow study becomes a section of the page, its files sit beside it. */
class ReportElbowSectionTest {
    private static final String IRIS = "datasets/iris.csv";

    @TempDir
    Path dir;

    @Test
    void addsTheElbowSectionItsChartsAndItsFiles() throws Exception {
        Path out = dir.resolve("report");
        Cli result = Cli.run("report", IRIS, "-k", "3", "--seeds", "12", "--label-column", "species", "--k-range", "2..6",
                "--elbow-seeds", "5", "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<h2 id=\"elbow\">Choosing k: the elbow across seeds</h2>"), "the section");
        assertTrue(html.contains("<a href=\"#elbow\">Elbow</a>"), "linked from the navigation bar");
        assertTrue(html.indexOf("id=\"basins\"") < html.indexOf("id=\"elbow\"")
                && html.indexOf("id=\"elbow\"") < html.indexOf("id=\"reproduce\""), "after the basins, before reproduce");
        assertTrue(html.contains("Silhouette: exact, on all 150 rows"), "the silhouette says where it was computed");
        assertEquals(13, DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("index.html").toFile())
                .getElementsByTagName("img").getLength(), "10 sweep images and 3 elbow charts");
        for (String file : List.of("elbow.csv", "elbow_runs.csv", "elbow_seeds.csv", "elbow.json", "charts/elbow-inertia.png",
                "charts/elbow-silhouette.svg", "charts/elbow-votes.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertEquals(1 + 5 * 5, Files.readAllLines(out.resolve("elbow_runs.csv")).size(), "5 k × the first 5 seeds");
        assertTrue(Files.readString(out.resolve("elbow.json")).contains("\"command_line\""), "provenance of the report's sweep");
    }

    @Test
    void withoutKRangeThereIsNoSection() throws Exception {
        Path out = dir.resolve("plain");
        assertEquals(0, Cli.run("report", IRIS, "-k", "3", "--seeds", "5", "--label-column", "species", "--out",
                out.toString(), "-q").exitCode());
        assertFalse(Files.readString(out.resolve("index.html")).contains("id=\"elbow\""));
        assertFalse(Files.exists(out.resolve("elbow.csv")));
    }

    @Test
    void aBadKRangeFailsBeforeTheSweepRuns() {
        Path out = dir.resolve("bad");
        Cli result = Cli.run("report", IRIS, "-k", "3", "--seeds", "5", "--label-column", "species", "--k-range", "6..2",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.errLine().startsWith("basin report: --k-range 6..2 runs backwards"), result.errLine());
        assertFalse(Files.exists(out));
        Cli seeds = Cli.run("report", IRIS, "-k", "3", "--k-range", "2..4", "--elbow-seeds", "0", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, seeds.exitCode());
    }
}
