package dev.basin.report;

import dev.basin.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an output directory's {@code summary.json} says about how it was made, read back from its
 * {@code provenance} object: enough to check the input and run the command again.
 *
 * @param summary      the {@code summary.json} file
 * @param input        the data file as it was named on the command line, relative to where the command ran
 * @param inputSha256  the SHA-256 the data file had then
 * @param randomState  the seed of restart 0 (drawn when none was given)
 * @param basinVersion the version of Basin that wrote it ({@code unknown} when not recorded)
 * @param commandLine  {@code basin}, the subcommand, then the arguments
 */
public record RecordedRun(Path summary, String input, String inputSha256, long randomState,
                          String basinVersion, List<String> commandLine) {

    /**
     * Reads {@code dir/summary.json}.
     *
     * @param dir an output directory written by {@code basin fit} or {@code basin sweep} with {@code --out}
     * @return what its provenance records
     * @throws InvalidInputException if {@code dir} is not an output directory of Basin
     */
    public static RecordedRun read(Path dir) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException("no such directory: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a directory; give a directory written by basin fit or basin sweep with --out");
        }
        Path summary = dir.resolve("summary.json");
        if (!Files.exists(summary)) {
            throw new InvalidInputException(dir + " has no summary.json; give a directory written by basin fit or basin sweep with --out");
        }
        Object document = JsonReader.read(summary);
        Object provenance = document instanceof Map<?, ?> map ? map.get("provenance") : null;
        if (!(provenance instanceof Map<?, ?> p) || !(p.get("command_line") instanceof List<?> line)
                || line.size() < 2 || !line.stream().allMatch(String.class::isInstance)
                || !"basin".equals(line.getFirst())) {
            throw new InvalidInputException(summary + " has no provenance.command_line; "
                    + dir + " was not written by basin fit or basin sweep with --out");
        }
        if (!(p.get("input") instanceof String input) || !(p.get("input_sha256") instanceof String sha256)
                || !(p.get("random_state") instanceof Long randomState)) {
            throw new InvalidInputException(summary + " lacks provenance.input, input_sha256 or random_state; "
                    + dir + " was not written by basin fit or basin sweep with --out");
        }
        String version = p.get("basin_version") instanceof String v ? v : "unknown";
        return new RecordedRun(summary, input, sha256, randomState, version,
                line.stream().map(String.class::cast).toList());
    }
}
