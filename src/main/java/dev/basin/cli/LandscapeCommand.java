package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.landscape.Adam;
import dev.basin.landscape.ExpressionException;
import dev.basin.landscape.ExpressionParser;
import dev.basin.landscape.GradientDescent;
import dev.basin.landscape.Landscape;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Momentum;
import dev.basin.landscape.Optimizer;
import dev.basin.landscape.Starts;
import dev.basin.random.Seeds;
import dev.basin.report.AtomicDirectory;
import dev.basin.report.Json;
import dev.basin.report.LandscapeOutputs;
import dev.basin.report.LandscapeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code basin landscape}: gradient descent on a function of x from many starts, and the minima it finds. */
@Command(name = "landscape", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run gradient descent (or momentum, or Adam) on a function of x from many starts, and show which"
                + " local minimum each start reaches: the minima found, the share of starts that reach each (their basins"
                + " of attraction) and the best.",
                "Example: basin landscape --function \"sin(x) + 0.5*sin(3*x)\" --from -5 --to 5 --starts 41 --learning-rate 0.1 --epochs 100",
                "The function: numbers, x, pi, e, + - * / ^ (right-associative, -x^2 is -(x^2)), parentheses, and sin cos tan exp"
                + " log sqrt abs; write 3*x, not 3x. Its derivative is exact (automatic differentiation).",
                "Prints the minima (x, f, f'', how many starts reach each, best first) and every start's end point and status:"
                + " minimum, not_converged (raise --epochs), left_interval, stationary (on a maximum) or undefined; only runs"
                + " that converge reach a minimum.",
                "--out DIR writes starts.csv, minima.csv, paths.csv, summary.json and index.html with its charts (see the README).",
                ""})
final class LandscapeCommand implements Callable<Integer> {
    @Option(names = "--function", paramLabel = "EXPR", required = true,
            description = "The function of x to minimize, e.g. \"sin(x) + 0.5*sin(3*x)\" (quote it for the shell).")
    String function;

    @Option(names = "--from", paramLabel = "X", required = true, description = "Left end of the interval of starts; runs that step outside it stop there.")
    double from;

    @Option(names = "--to", paramLabel = "X", required = true, description = "Right end of the interval.")
    double to;

    @Option(names = "--starts", paramLabel = "N",
            description = "Starts evenly spaced over [from, to], both ends included. Default: 21 (unless --random-starts).")
    Integer starts;

    @Option(names = "--random-starts", paramLabel = "N", description = "Instead of the grid, N starts drawn uniformly from [from, to].")
    Integer randomStarts;

    @Option(names = "--random-state", paramLabel = "SEED",
            description = "Seed of --random-starts. Default: a drawn seed, printed.")
    Long randomState;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd",
            description = "gd (x <- x - lr*f'(x)), momentum (heavy ball) or adam. Default: ${DEFAULT-VALUE}.")
    String optimizer;

    @Option(names = {"--learning-rate", "--lr"}, paramLabel = "LR", defaultValue = "0.1",
            description = "Step per unit of gradient (Adam: the usual step length). Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "100",
            description = "Steps per run (every run takes them all, unless it leaves the interval). Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--momentum", paramLabel = "BETA",
            description = "--optimizer momentum: share of the previous step kept, in [0, 1). Default: " + Momentum.DEFAULT_BETA + ".")
    Double momentum;

    @Option(names = "--beta1", paramLabel = "B1",
            description = "--optimizer adam: decay of the gradient's running mean, in [0, 1). Default: " + Adam.DEFAULT_BETA1 + ".")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2",
            description = "--optimizer adam: decay of the squared gradient's running mean, in [0, 1). Default: " + Adam.DEFAULT_BETA2 + ".")
    Double beta2;

    @Option(names = "--epsilon", paramLabel = "EPS",
            description = "--optimizer adam: added to the root of the squared-gradient mean. Default: " + Adam.DEFAULT_EPSILON + ".")
    Double epsilon;

    @Option(names = "--tol", paramLabel = "TOL", defaultValue = "" + LandscapeConfig.DEFAULT_TOLERANCE,
            description = "A run has converged when its last step, and lr*|f'| at its end, are at most TOL x (to - from). Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--merge-tol", paramLabel = "TOL", defaultValue = "" + LandscapeConfig.DEFAULT_MERGE_TOLERANCE,
            description = "End points closer than TOL x (to - from) are the same minimum. Default: ${DEFAULT-VALUE}.")
    double mergeTolerance;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        output.checkBeforeRunning();
        LandscapeConfig config = config();
        LandscapeResult result = Landscape.run(config);
        List<String> commandLine = new ArrayList<>(List.of("basin"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        LandscapeOutputs outputs = new LandscapeOutputs(result, LandscapeOutputs.provenance(result, commandLine));
        Path written = null;
        if (output.out != null) {
            try (AtomicDirectory dir = AtomicDirectory.create(output.out, output.force)) {
                dir.write("starts.csv", outputs.startsCsv());
                dir.write("minima.csv", outputs.minimaCsv());
                dir.write("paths.csv", outputs.pathsCsv());
                dir.write("summary.json", Json.write(outputs.summary()));
                Path charts = dir.resolve("charts");
                createDirectory(charts);
                dir.write("index.html", LandscapeReport.render(outputs, ShellWords.join(replayArguments(config)), charts));
                written = dir.commit();
            }
        }
        if (output.json()) {
            out.print(Json.write(outputs.summary()));
        } else if (!verbosity.quiet) {
            new LandscapeText(out).print(result, written);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The options checked and resolved: the function parsed, the starts chosen, the optimizer built. */
    LandscapeConfig config() {
        try {
            if (!ExpressionParser.parse(function).dependsOnX()) {
                throw new InvalidInputException("--function \"" + function + "\" does not depend on x, so every start is"
                        + " already a minimum; write a function of x");
            }
        } catch (ExpressionException e) {
            throw new InvalidInputException("--function " + e.getMessage());
        }
        if (starts != null && randomStarts != null) {
            throw new InvalidInputException("give either --starts (an even grid) or --random-starts, not both");
        }
        if (randomState != null && randomStarts == null) {
            throw new InvalidInputException("--random-state seeds --random-starts; add --random-starts N, or drop --random-state");
        }
        Starts chosen;
        if (randomStarts != null) {
            if (randomState == null) {
                randomState = Seeds.draw();
            }
            chosen = Starts.random(randomStarts, randomState);
        } else {
            chosen = Starts.grid(starts == null ? 21 : starts);
        }
        return new LandscapeConfig(function, from, to, chosen, optimizer(), epochs, tolerance, mergeTolerance);
    }

    private Optimizer optimizer() {
        String name = optimizer.toLowerCase(Locale.ROOT);
        if (!name.equals("momentum") && momentum != null) {
            throw new InvalidInputException("--momentum applies to --optimizer momentum only; add it or drop --momentum");
        }
        if (!name.equals("adam") && (beta1 != null || beta2 != null || epsilon != null)) {
            throw new InvalidInputException("--beta1, --beta2 and --epsilon apply to --optimizer adam only; add it or drop them");
        }
        return switch (name) {
            case "gd" -> new GradientDescent(learningRate);
            case "momentum" -> new Momentum(learningRate, momentum == null ? Momentum.DEFAULT_BETA : momentum);
            case "adam" -> new Adam(learningRate, beta1 == null ? Adam.DEFAULT_BETA1 : beta1,
                    beta2 == null ? Adam.DEFAULT_BETA2 : beta2, epsilon == null ? Adam.DEFAULT_EPSILON : epsilon);
            default -> throw new InvalidInputException("--optimizer must be gd, momentum or adam, got '" + optimizer + "'");
        };
    }

    /**
     * The command that repeats this landscape, every option that shapes it spelled out (a drawn random state
     * included), so it reproduces the figures even if defaults change.
     */
    private List<String> replayArguments(LandscapeConfig config) {
        List<String> args = new ArrayList<>(List.of("basin", "landscape", "--function", config.function(),
                "--from", number(config.from()), "--to", number(config.to())));
        if (config.starts().isRandom()) {
            args.addAll(List.of("--random-starts", Integer.toString(config.starts().count()), "--random-state",
                    Long.toString(config.starts().randomState())));
        } else {
            args.addAll(List.of("--starts", Integer.toString(config.starts().count())));
        }
        args.addAll(List.of("--optimizer", config.optimizer().name(), "--learning-rate", number(config.optimizer().learningRate()),
                "--epochs", Integer.toString(config.epochs())));
        switch (config.optimizer()) {
            case Momentum m -> args.addAll(List.of("--momentum", number(m.beta())));
            case Adam a -> args.addAll(List.of("--beta1", number(a.beta1()), "--beta2", number(a.beta2()),
                    "--epsilon", number(a.epsilon())));
            case GradientDescent ignored -> {
            }
        }
        if (config.tolerance() != LandscapeConfig.DEFAULT_TOLERANCE) {
            args.addAll(List.of("--tol", number(config.tolerance())));
        }
        if (config.mergeTolerance() != LandscapeConfig.DEFAULT_MERGE_TOLERANCE) {
            args.addAll(List.of("--merge-tol", number(config.mergeTolerance())));
        }
        return args;
    }

    /** A number as it was given: 5 rather than 5.0, else Java's round-trip form. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
