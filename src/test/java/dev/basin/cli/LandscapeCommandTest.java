package dev.basin.cli;

import dev.basin.report.JsonReader;
import dev.basin.report.LandscapeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basin landscape} end to end: the classroom run, its files and page, and one-line errors. */
class LandscapeCommandTest {
    private static final String[] CLASSROOM = {"landscape", "--function", "sin(x) + 0.5*sin(3*x)", "--from", "-5",
            "--to", "5", "--starts", "41", "--learning-rate", "0.1", "--epochs", "100"};

    @TempDir
    Path dir;

    private static String[] with(String[] base, String... more) {
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    @Test
    void classroomRunPrintsTheMinimaAndEveryStart() {
        Cli result = Cli.run(CLASSROOM);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.contains("5 distinct minima, best first:"), out);
        assertTrue(out.matches("(?s).*\\n\\s+2\\s+-0\\.701674\\s+-1\\.07583\\s+4\\.51848\\s+9\\s+22\\.0%\\s+best\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n\\s+5\\s+1\\.5708\\s+0\\.5\\s+3\\.5\\s+7\\s+17\\.1%\\s*\\n.*"), out);
        // The classroom starts: 1.0 ends at pi/2 (minimum 5), 0.5 at -0.701674 (minimum 2).
        assertTrue(out.matches("(?s).*\\n\\s+1\\s+1\\.5708\\s+0\\.5\\s+100\\s+minimum\\s+5\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n\\s+0\\.5\\s+-0\\.701674\\s+-1\\.07583\\s+100\\s+minimum\\s+2\\n.*"), out);
        assertTrue(out.contains("runs: 39 minimum, 2 left_interval"), out);
        assertTrue(out.contains("the lowest value, f = -1.07583, is shared by 3 of them"), out);
    }

    @Test
    void writesFilesAndASelfContainedPage() throws Exception {
        Path out = dir.resolve("landscape");
        Cli result = Cli.run(with(CLASSROOM, "--out", out.toString(), "-q"));
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals("start,end,f_end,df_end,d2f_end,epochs,status,minimum", Files.readAllLines(out.resolve("starts.csv")).getFirst());
        List<String> starts = Files.readAllLines(out.resolve("starts.csv"));
        assertEquals(42, starts.size());
        assertTrue(starts.get(25).startsWith("1.0,1.5707963267948966,"), starts.get(25));
        assertTrue(starts.get(23).startsWith("0.5,-0.7016741237876035,"), starts.get(23));
        List<String> minima = Files.readAllLines(out.resolve("minima.csv"));
        assertEquals("minimum,x,f,d2f,starts,share,first_start,last_start,best", minima.getFirst());
        assertEquals(6, minima.size());
        assertEquals("start,epoch,x,f", Files.readAllLines(out.resolve("paths.csv")).getFirst());
        assertEquals(1 + 39 * 101 + 8 + 2, Files.readAllLines(out.resolve("paths.csv")).size(),
                "every epoch of every run: 39 whole runs, and the two that left after 7 and 1 epochs");

        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) JsonReader.read(out.resolve("summary.json"));
        assertEquals(-2.4399185298021897, (Double) summary.get("best_x"), 1e-12);
        assertEquals(27 / 41.0, (Double) summary.get("share_reaching_best"), 1e-12);
        @SuppressWarnings("unchecked")
        Map<String, Object> provenance = (Map<String, Object>) summary.get("provenance");
        assertEquals("sin(x) + 0.5*sin(3*x)", provenance.get("function"));
        assertEquals("landscape", ((List<?>) provenance.get("command_line")).get(1));

        Path index = out.resolve("index.html");
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(index.toFile());
        assertEquals(2, page.getElementsByTagName("img").getLength());
        String html = Files.readString(index);
        for (String section : LandscapeReport.SECTIONS) {
            assertTrue(html.contains("id=\"" + section + "\""), section);
        }
        assertFalse(html.contains("<script"), "no script");
        Matcher links = Pattern.compile("(src|href)=\"([^\"#]*)\"").matcher(html);
        while (links.find()) {
            String target = links.group(2);
            assertFalse(target.startsWith("http") || target.startsWith("//"), "external resource " + target);
            assertTrue(target.startsWith("data:image/png;base64,") || Files.exists(out.resolve(target)), "missing " + target);
        }
        for (String chart : List.of("landscape", "attraction")) {
            assertNotNull(ImageIO.read(out.resolve("charts/" + chart + ".png").toFile()), chart);
            assertTrue(Files.size(out.resolve("charts/" + chart + ".svg")) > 0, chart);
        }
        assertTrue(html.contains("basin landscape --function &#39;sin(x) + 0.5*sin(3*x)&#39; --from -5 --to 5 --starts 41"
                + " --optimizer gd --learning-rate 0.1 --epochs 100"), "the replay command");
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("landscape");
        String[] small = {"landscape", "--function", "x^2", "--from", "-1", "--to", "1", "--starts", "3", "--out",
                out.toString()};
        assertEquals(0, Cli.run(with(small, "-q")).exitCode());
        Files.writeString(out.resolve("mine.txt"), "keep");
        Cli again = Cli.run(small);
        assertEquals(2, again.exitCode());
        assertTrue(again.errLine().contains("already exists"), again.err());
        assertTrue(Files.exists(out.resolve("mine.txt")));
        assertEquals(0, Cli.run(with(small, "--force", "-q")).exitCode());
        assertFalse(Files.exists(out.resolve("mine.txt")));
    }

    @Test
    void randomStartsRepeatFromTheirSeedAndADrawnSeedIsRecorded() throws IOException {
        String[] args = {"landscape", "--function", "x^4 - 3*x^2 + x", "--from", "-2", "--to", "2", "--random-starts",
                "30", "--optimizer", "adam", "--epochs", "300", "--random-state", "11", "--format", "json"};
        Cli first = Cli.run(args);
        Cli second = Cli.run(args);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out().replaceAll("\"time\": \"[^\"]*\"", ""), second.out().replaceAll("\"time\": \"[^\"]*\"", ""));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) JsonReader.parse(first.out(), "stdout");
        assertEquals(11L, ((Number) summary.get("random_state")).longValue());
        assertEquals(2, ((List<?>) summary.get("minima")).size(), "x^4 - 3x^2 + x has two minima on [-2, 2]");

        String[] drawn = {"landscape", "--function", "x^2", "--from", "-1", "--to", "1", "--random-starts", "5",
                "--format", "json"};
        Cli withoutSeed = Cli.run(drawn);
        assertEquals(0, withoutSeed.exitCode(), withoutSeed.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> drawnSummary = (Map<String, Object>) JsonReader.parse(withoutSeed.out(), "stdout");
        assertNotEquals(null, drawnSummary.get("random_state"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--function|sin(x))|--function \"sin(x))\" at column 7: unexpected ')'",
            "--function|2*x +|--function \"2*x +\" at column 6: the expression ends too early",
            "--function|3x|at column 2: expected an operator (+ - * / ^) or the end, found 'x'",
            "--function|cosh(x)|at column 1: unknown name 'cosh'",
            "--function|2 + sin(pi)|--function \"2 + sin(pi)\" does not depend on x",
            "--function|x + 1e999|at column 5: the number 1e999 is too large",
            "--optimizer|sgd|--optimizer must be gd, momentum or adam, got 'sgd'",
            "--momentum|0.5|--momentum applies to --optimizer momentum only",
            "--beta1|0.5|--beta1, --beta2 and --epsilon apply to --optimizer adam only",
            "--random-state|3|--random-state seeds --random-starts",
            "--learning-rate|0|--learning-rate must be a positive number",
            "--epochs|0|--epochs must be at least 1",
            "--to|-7|--from must be less than --to",
            "--tol|2|--tol must be in (0, 1)",
            "--starts|0|--starts must be between 1 and 100000",
            "--epochs|x|Invalid value for option '--epochs': 'x' is not an int",
    })
    void badInputIsOneLineAndExitCodeTwo(String option, String value, String message) {
        String[] args = {"landscape", "--function", "sin(x)", "--from", "-5", "--to", "5", option, value};
        if (option.equals("--function") || option.equals("--to")) {
            args = option.equals("--function")
                    ? new String[]{"landscape", "--function", value, "--from", "-5", "--to", "5"}
                    : new String[]{"landscape", "--function", "sin(x)", "--from", "-5", "--to", value};
        }
        Cli result = Cli.run(args);
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(1, result.errLine().lines().count(), result.err());
        assertTrue(result.errLine().startsWith("basin landscape: "), result.err());
        assertTrue(result.errLine().contains(message), result.err());
        assertEquals("", result.out());
    }

    @Test
    void helpNamesEveryOption() {
        Cli help = Cli.run("landscape", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--function", "--from", "--to", "--starts", "--random-starts", "--random-state",
                "--optimizer", "--learning-rate", "--epochs", "--momentum", "--beta1", "--beta2", "--epsilon", "--tol",
                "--merge-tol", "--out", "--force", "--format")) {
            assertTrue(help.out().contains(option), option);
        }
    }
}
