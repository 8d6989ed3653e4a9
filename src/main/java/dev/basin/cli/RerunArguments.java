package dev.basin.cli;

import dev.basin.InvalidInputException;
import dev.basin.report.RecordedRun;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arguments that run a recorded command again into another directory: the recorded arguments with
 * the options that only decide where and how results are shown removed ({@code --out}, {@code --force},
 * {@code --format}, {@code -q}, {@code -v}), the seed made explicit when the command has
 * {@code --random-state} (a run without it drew its seed and recorded it), optionally another thread
 * count, then {@code --out} and {@code -q}.
 *
 * <p>The arguments are walked with the subcommand's own option definitions, so an option's value is
 * never mistaken for an option ({@code --label-column -q}), and every way picocli accepts an option is
 * understood: {@code --out X}, {@code --out=X}, {@code -k3}, clustered flags such as {@code -qv}, and
 * {@code --} before arguments that only look like options.
 */
final class RerunArguments {
    /** Options that change only what is printed or where files go, never a figure. */
    private static final Set<String> PRESENTATION = Set.of("--out", "--force", "--format", "--quiet", "--verbose");

    private final CommandSpec spec;
    private final Set<String> replaced;
    private final List<String> kept = new ArrayList<>();

    private RerunArguments(CommandSpec spec, Set<String> replaced) {
        this.spec = spec;
        this.replaced = replaced;
    }

    /**
     * The arguments for {@link BasinCommand#execute} (subcommand first, without {@code basin}).
     *
     * @param threads the thread count to use instead of the recorded one, or null to keep it
     * @throws InvalidInputException if the recorded subcommand is not one Basin has
     */
    static List<String> of(RecordedRun run, Path out, Integer threads) {
        List<String> recorded = run.commandLine();
        String name = recorded.get(1);
        CommandLine command = new CommandLine(new BasinCommand()).getSubcommands().get(name);
        CommandSpec spec = command == null ? null : command.getCommandSpec();
        if (spec == null || option(spec, "--out") == null) {
            throw new InvalidInputException(run.summary() + " records a 'basin " + name
                    + "' command, which writes no output directory to compare; verify re-runs fit and sweep");
        }
        for (int i = 0; i < recorded.size(); i++) {
            String arg = recorded.get(i);
            if (arg.equalsIgnoreCase("--engine=mllib")
                    || arg.equals("--engine") && i + 1 < recorded.size() && recorded.get(i + 1).equalsIgnoreCase("mllib")) {
                throw new InvalidInputException(run.summary() + " records a sweep of Spark ML's K-means (--engine mllib);"
                        + " verify re-runs Basin's own engine, so it checks outputs of --engine local and spark");
            }
        }
        boolean seeded = option(spec, "--random-state") != null;
        Set<String> replaced = new HashSet<>(PRESENTATION);
        // where runs execute never changes a figure: a sweep made on a Spark cluster is verified here, locally
        replaced.addAll(Set.of("--engine", "--master"));
        if (seeded) {
            replaced.add("--random-state");
        }
        if (threads != null) {
            replaced.add("--threads");
        }

        RerunArguments rewrite = new RerunArguments(spec, replaced);
        List<String> arguments = originalArguments(recorded, run.input());
        int endOfOptions = arguments.indexOf("--");
        rewrite.walk(endOfOptions < 0 ? arguments : arguments.subList(0, endOfOptions));

        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(rewrite.kept);
        if (seeded) {
            args.addAll(List.of("--random-state", Long.toString(run.randomState())));
        }
        if (threads != null) {
            args.addAll(List.of("--threads", threads.toString()));
        }
        args.addAll(List.of("--out", out.toString(), "-q"));
        if (endOfOptions >= 0) {
            args.addAll(arguments.subList(endOfOptions, arguments.size()));
        }
        return args;
    }

    /**
     * The recorded arguments after {@code basin NAME}. Some outputs record the subcommand name twice
     * ({@code basin fit fit DATA ...}): once as the command and once at the head of its arguments. A name
     * at the head of the arguments is that doubling, since the only argument that could stand there is
     * DATA, unless the data file itself is named like the command; then it is the doubling only if DATA
     * is still there without it. So records written either way re-run.
     */
    private static List<String> originalArguments(List<String> recorded, String input) {
        String name = recorded.get(1);
        List<String> afterName = recorded.subList(2, recorded.size());
        if (afterName.isEmpty() || !afterName.getFirst().equals(name)) {
            return afterName;
        }
        List<String> undoubled = afterName.subList(1, afterName.size());
        if (!input.equals(name) || dataArgument(name, undoubled).equals(input)) {
            return undoubled;
        }
        return afterName;
    }

    /** The DATA argument {@code basin NAME ARGUMENTS} would read, or "" if none or if they do not parse. */
    private static String dataArgument(String name, List<String> arguments) {
        List<String> line = new ArrayList<>(List.of(name));
        line.addAll(arguments);
        try {
            CommandLine.ParseResult parsed = new CommandLine(new BasinCommand()).parseArgs(line.toArray(String[]::new));
            Object data = parsed.subcommand() == null ? null : parsed.subcommand().matchedPositionalValue(0, null);
            return data == null ? "" : data.toString();
        } catch (CommandLine.ParameterException notParsed) {
            return "";
        }
    }

    private void walk(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String token = arguments.get(i);
            if (!token.startsWith("-") || token.equals("-")) {
                kept.add(token); // a positional argument such as DATA
                continue;
            }
            int equals = token.indexOf('=');
            OptionSpec option = option(spec, equals > 0 ? token.substring(0, equals) : token);
            if (option != null) {
                boolean valueFollows = takesValue(option) && equals < 0;
                String value = valueFollows && i + 1 < arguments.size() ? arguments.get(++i) : null;
                if (!replaced.contains(option.longestName())) {
                    kept.add(token);
                    if (value != null) {
                        kept.add(value);
                    }
                }
            } else if (!token.startsWith("--") && token.length() > 2) {
                i = cluster(arguments, i);
            } else {
                kept.add(token); // unknown: left for the re-run to reject with picocli's message
            }
        }
    }

    /**
     * Short options clustered in one token ({@code -qv}, {@code -vk3}): flags to drop are taken out, and
     * an option that takes a value ends the cluster, the rest of the token (or the next one) being its value.
     * Returns the index of the last token used.
     */
    private int cluster(List<String> arguments, int i) {
        String token = arguments.get(i);
        StringBuilder cluster = new StringBuilder("-");
        String keptValue = null;
        for (int j = 1; j < token.length(); j++) {
            OptionSpec option = option(spec, "-" + token.charAt(j));
            if (option == null) {
                kept.add(token); // not a cluster picocli would read: left for the re-run to reject
                return i;
            }
            boolean keep = !replaced.contains(option.longestName());
            if (takesValue(option)) {
                String rest = token.substring(j + 1);
                String value = rest.isEmpty() && i + 1 < arguments.size() ? arguments.get(++i) : null;
                if (keep) {
                    cluster.append(token.charAt(j)).append(rest);
                    keptValue = value;
                }
                break;
            }
            if (keep) {
                cluster.append(token.charAt(j));
            }
        }
        if (cluster.length() > 1) {
            kept.add(cluster.toString());
            if (keptValue != null) {
                kept.add(keptValue);
            }
        }
        return i;
    }

    private static boolean takesValue(OptionSpec option) {
        return option.arity().max() > 0;
    }

    /** The option with exactly this name (picocli's own lookup also matches names without their dashes). */
    private static OptionSpec option(CommandSpec spec, String name) {
        return spec.options().stream().filter(o -> Arrays.asList(o.names()).contains(name)).findFirst().orElse(null);
    }
}
