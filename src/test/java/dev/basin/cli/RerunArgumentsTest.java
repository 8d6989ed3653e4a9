package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.report.RecordedRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link RerunArguments}: which recorded options are kept, dropped and replaced, in every spelling picocli reads. */
class RerunArgumentsTest {
    private static final Path OUT = Path.of("/tmp/rerun");

    private static List<String> rerun(Integer threads, String... recorded) {
        return rerunOf("a.csv", threads, recorded);
    }

    private static List<String> rerunOf(String input, Integer threads, String... recorded) {
        List<String> line = new ArrayList<>(List.of("basin"));
        line.addAll(List.of(recorded));
        return RerunArguments.of(new RecordedRun(Path.of("d/summary.json"), input, "00", 42L, "0", line), OUT, threads);
    }

    @Test
    void dropsPresentationOptionsAndMakesTheSeedExplicit() {
        assertEquals(List.of("fit", "a.csv", "-k", "3", "--random-state", "42", "--out", "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "-k", "3", "--out", "o", "--force", "--format", "json", "-q", "-v"));
        assertEquals(List.of("fit", "a.csv", "-k3", "--random-state", "42", "--out", "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "-k3", "--out=o", "--format=text", "--quiet", "--verbose",
                        "--random-state", "7", "-qv"));
    }

    @Test
    void aRecordedSeedIsReplacedByTheRecordedRandomState() {
        assertEquals(List.of("fit", "a.csv", "-k", "2", "--random-state", "42", "--out", "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "--random-state=9", "-k", "2"));
    }

    @Test
    void optionValuesAreNeverTakenForOptions() {
        assertEquals(List.of("fit", "a.csv", "--label-column", "-q", "-k", "2", "--random-state", "42", "--out",
                        "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "--label-column", "-q", "-k", "2"));
    }

    @Test
    void clustersKeepTheirOtherOptions() {
        assertEquals(List.of("fit", "a.csv", "-k", "2", "--random-state", "42", "--out", "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "-vqk", "2"));
        assertEquals(List.of("fit", "a.csv", "-k2", "--random-state", "42", "--out", "/tmp/rerun", "-q"),
                rerun(null, "fit", "a.csv", "-qk2"));
    }

    @Test
    void threadsAreReplacedOnlyWhenAsked() {
        assertEquals(List.of("sweep", "a.csv", "-k", "2", "--threads", "1", "--out", "/tmp/rerun", "-q"),
                rerun(null, "sweep", "a.csv", "-k", "2", "--threads", "1"));
        assertEquals(List.of("sweep", "a.csv", "-k", "2", "--threads", "4", "--out", "/tmp/rerun", "-q"),
                rerun(4, "sweep", "a.csv", "-k", "2", "--threads=1"));
    }

    @Test
    void argumentsAfterDoubleDashStayPositional() {
        assertEquals(List.of("fit", "-k", "2", "--random-state", "42", "--out", "/tmp/rerun", "-q", "--", "-odd.csv"),
                rerun(null, "fit", "-k", "2", "--", "-odd.csv"));
    }

    @Test
    void aSubcommandNameRecordedTwiceIsReadOnce() {
        List<String> expected = List.of("sweep", "a.csv", "-k", "2", "--out", "/tmp/rerun", "-q");
        assertEquals(expected, rerun(null, "sweep", "sweep", "a.csv", "-k", "2"));
        assertEquals(expected, rerun(null, "sweep", "a.csv", "-k", "2"));
        // a data file named like the command, recorded either way
        for (String command : List.of("fit", "sweep")) {
            List<String> named = new ArrayList<>(List.of(command, command, "-k", "2"));
            if (command.equals("fit")) {
                named.addAll(List.of("--random-state", "42"));
            }
            named.addAll(List.of("--out", "/tmp/rerun", "-q"));
            assertEquals(named, rerunOf(command, null, command, command, command, "-k", "2"));
            assertEquals(named, rerunOf(command, null, command, command, "-k", "2"));
        }
    }

    @Test
    void onlyCommandsThatWriteADirectoryReRun() {
        assertThrows(InvalidInputException.class, () -> rerun(null, "help"));
        assertThrows(InvalidInputException.class, () -> rerun(null, "nosuch", "a.csv"));
    }
}
