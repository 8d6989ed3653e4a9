package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.data.BlobSizes;
import dev.basin.data.Dataset;
import dev.basin.data.Generated;
import dev.basin.data.Generators;
import dev.basin.data.OverlapBlobs;
import dev.basin.random.Seeds;
import dev.basin.report.AtomicFiles;
import dev.basin.report.FitOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code basin generate blobs}: Gaussian blobs of chosen overlap and sizes, with their true centers. */
@Command(name = "blobs", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write Gaussian blobs with a label column and, beside them, their true centers.",
                "",
                "Difficulty is set by --overlap: the expected share of rows that lie closer",
                "to another blob's true center than to their own. 0: blobs well apart;",
                "0.05: one row in twenty on another blob's side; more: blobs merge.",
                "Basin solves for the noise (one standard deviation for every blob and",
                "coordinate) that gives this overlap around the centers it drew, and prints",
                "it with the overlap measured in the rows written (-v: per blob too).",
                "Centers are uniform in [0, 100]^dim, at least 50 / k^(1/dim) apart.",
                "",
                "Writes OUT (columns x0, x1, ..., then 'cluster': the true blob, 0 to k-1)",
                "and OUT-centers (data.csv -> data-centers.csv: one row per blob, in blob",
                "order; give it to 'basin sweep --truth')."})
final class GenerateBlobsCommand implements Callable<Integer> {
    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "Rows. Default: ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--k", paramLabel = "K", defaultValue = "5", description = "Blobs (true clusters). Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = {"--dim", "--dims"}, paramLabel = "D", defaultValue = "2", description = "Features (dimensions). Default: ${DEFAULT-VALUE}.")
    int dims;

    @Option(names = "--overlap", paramLabel = "SHARE",
            description = "Expected share of rows closer to another blob's true center than to their own, in [0, 1). Default: 0.05.")
    Double overlap;

    @Option(names = "--spread", paramLabel = "SIGMA",
            description = "Set the noise's standard deviation directly instead of --overlap (the overlap it gives is printed).")
    Double spread;

    @Option(names = "--sizes", paramLabel = "SIZES", defaultValue = "equal",
            description = "Blob sizes: equal; ratio:R (shares falling geometrically from blob 0 to blob k-1, the first R times the last);"
                    + " or one relative size per blob, e.g. 5,1,1 (any scale). Default: ${DEFAULT-VALUE}.")
    String sizes;

    @Option(names = "--random-state", paramLabel = "SEED",
            description = "Seed of everything drawn; the same seed gives the same file. Default: a drawn seed, printed.")
    Long randomState;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The data file to write, e.g. data.csv; the centers go to data-centers.csv beside it.")
    Path out;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    static final double DEFAULT_OVERLAP = 0.05;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (overlap != null && spread != null) {
            throw new InvalidInputException("give --overlap or --spread, not both (--spread sets the noise the overlap would be solved for)");
        }
        Path centersFile = centersFile(out);
        AtomicFiles.checkWritable(out, force);
        AtomicFiles.checkWritable(centersFile, force);
        BlobSizes blobSizes = BlobSizes.parse(sizes);
        OverlapBlobs recipe = spread != null ? OverlapBlobs.withSpread(n, k, dims, blobSizes, spread)
                : OverlapBlobs.withOverlap(n, k, dims, blobSizes, overlap == null ? DEFAULT_OVERLAP : overlap);
        long seed = randomState != null ? randomState : Seeds.draw();
        OverlapBlobs.Result result = recipe.generate(seed);
        AtomicFiles.create(force)
                .add(out, dataCsv(result.generated().data()))
                .add(centersFile, centersCsv(result.generated()))
                .commit();
        if (!verbosity.quiet) {
            print(stdout, result, centersFile, seed, blobSizes);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** data.csv → data-centers.csv; a name without .csv gets -centers.csv appended. */
    static Path centersFile(Path data) {
        String name = data.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return data.resolveSibling(base + "-centers.csv");
    }

    private void print(PrintWriter text, OverlapBlobs.Result result, Path centersFile, long seed, BlobSizes blobSizes) {
        Generated g = result.generated();
        text.printf(Locale.US, "wrote %s: %d rows × %d features (%s), true blob in column 'cluster'%n", out,
                g.data().rows(), g.data().dims(), features(g.data()));
        text.printf(Locale.US, "wrote %s: the %d true centers (basin sweep ... --truth %s)%n", centersFile, g.k(), centersFile);
        text.printf(Locale.US, "overlap       %.4f expected, %.4f in these rows (share closer to another true center than to its own)%n",
                result.overlap(), result.measuredOverlap());
        text.printf(Locale.US, "spread        %s (noise standard deviation per coordinate)%n", FitOutputs.figure(result.spread()));
        text.printf(Locale.US, "sizes         %s: %s%n", blobSizes, sizeSummary(result.sizes(), blobSizes == BlobSizes.EQUAL));
        text.printf(Locale.US, "random_state  %d%s%n", seed, randomState == null ? " (drawn; give --random-state " + seed + " to repeat)" : "");
        if (verbosity.verbose) {
            text.println();
            text.println(" blob   rows  overlap  center");
            for (int c = 0; c < g.k(); c++) {
                text.printf(Locale.US, "%5d  %5d  %7.4f  %s%n", c, result.sizes()[c], result.blobOverlap()[c],
                        String.join(", ", Arrays.stream(g.center(c)).mapToObj(FitOutputs::figure).toList()));
            }
        }
    }

    private static String features(Dataset data) {
        return data.dims() <= 4 ? String.join(", ", data.features())
                : data.features().getFirst() + " .. " + data.features().getLast();
    }

    /** "334 (blob 0) to 333 (blob 14)", or the one size when all are equal. */
    private static String sizeSummary(int[] sizes, boolean blobSizesEqual) {
        int largest = 0;
        int smallest = 0;
        for (int c = 1; c < sizes.length; c++) {
            largest = sizes[c] > sizes[largest] ? c : largest;
            smallest = sizes[c] < sizes[smallest] ? c : smallest;
        }
        if (sizes[largest] == sizes[smallest]) {
            return sizes[0] + " rows each";
        }
        if (sizes[largest] - sizes[smallest] == 1 && blobSizesEqual) {
            return sizes[smallest] + " or " + sizes[largest] + " rows each";
        }
        return String.format(Locale.US, "from %d rows (blob %d) to %d (blob %d)", sizes[largest], largest,
                sizes[smallest], smallest);
    }

    /** Feature columns, then the true blob; numbers as Java's shortest round-trip text. */
    static String dataCsv(Dataset data) {
        int d = data.dims();
        String[] labels = data.labels().orElseThrow();
        StringBuilder csv = new StringBuilder(data.rows() * (d * 20 + 4));
        csv.append(String.join(",", data.features())).append(',').append(Generators.LABEL_COLUMN).append('\n');
        double[] values = data.values();
        for (int i = 0; i < data.rows(); i++) {
            for (int j = 0; j < d; j++) {
                csv.append(values[i * d + j]).append(',');
            }
            csv.append(labels[i]).append('\n');
        }
        return csv.toString();
    }

    /** One row per true center, blob order, columns named as the data's features. */
    static String centersCsv(Generated g) {
        int d = g.data().dims();
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", g.data().features())).append('\n');
        double[] centers = g.trueCenters();
        for (int c = 0; c < g.k(); c++) {
            for (int j = 0; j < d; j++) {
                csv.append(j == 0 ? "" : ",").append(centers[c * d + j]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
