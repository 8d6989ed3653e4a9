package dev.basin.report;

import dev.basin.BasinVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an artifact came from: Basin's version, the input file and its SHA-256, every parameter, the
 * seeds and generator algorithm, the Java runtime, the time and the command line. Enough to re-run it.
 *
 * @param basinVersion the version of Basin that made it ({@code unknown} when the build recorded none)
 * @param input        the data file as it was named on the command line
 * @param inputSha256  SHA-256 of the data file's bytes, lowercase hex
 * @param parameters   every option that shapes the result, by its command-line name, in a stable order
 * @param randomState  the seed of restart 0 of a fit (drawn when none was given), or a sweep's first seed
 * @param seeds        the run seeds used, in restart (or sweep) order
 * @param rngAlgorithm the random generator algorithm the runs used
 * @param javaVersion  the version of the Java runtime that ran it
 * @param time         when it was made, to the millisecond
 * @param commandLine  {@code basin}, the subcommand, then the arguments
 */
public record Provenance(String basinVersion, String input, String inputSha256, Map<String, Object> parameters,
                         long randomState, List<Long> seeds, String rngAlgorithm, String javaVersion, Instant time,
                         List<String> commandLine) {

    /**
     * Provenance stamped now, for this JVM and this version of Basin.
     *
     * @param input        the data file as it was named on the command line
     * @param inputSha256  SHA-256 of the data file's bytes, lowercase hex
     * @param parameters   every option that shapes the result, by its command-line name (copied in its order)
     * @param randomState  the seed of restart 0 of a fit, or a sweep's first seed
     * @param seeds        the run seeds used, in restart (or sweep) order
     * @param rngAlgorithm the random generator algorithm the runs used
     * @param commandLine  {@code basin}, the subcommand, then the arguments
     * @return the provenance, with the Basin version, the Java version and the current time filled in
     */
    public static Provenance now(String input, String inputSha256, Map<String, Object> parameters, long randomState,
                                 List<Long> seeds, String rngAlgorithm, List<String> commandLine) {
        return new Provenance(BasinVersion.get(), input, inputSha256,
                Collections.unmodifiableMap(new LinkedHashMap<>(parameters)), randomState,
                List.copyOf(seeds), rngAlgorithm, Runtime.version().toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), List.copyOf(commandLine));
    }

    /**
     * The JSON object written under {@code provenance}.
     *
     * @return the fields under their snake_case keys, in a fixed order, ready for {@link Json#write}
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basin_version", basinVersion);
        json.put("input", input);
        json.put("input_sha256", inputSha256);
        json.put("parameters", parameters);
        json.put("random_state", randomState);
        json.put("seeds", seeds.stream().map(Long::valueOf).toList());
        json.put("rng_algorithm", rngAlgorithm);
        json.put("java_version", javaVersion);
        json.put("time", time.toString());
        json.put("command_line", commandLine);
        return json;
    }
}
