package dev.basin.cli;

import dev.basin.BasinVersion;
import dev.basin.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** {@code basin}: the command line. Subcommands do the work; this class wires them and maps errors to exit codes. */
@Command(name = "basin", mixinStandardHelpOptions = true, versionProvider = BasinCommand.Version.class,
        description = {"K-means that is honest about initialization: which local optima your seeds land in, and how often."},
        subcommands = {FitCommand.class, SweepCommand.class, ReportCommand.class, DemoCommand.class, VerifyCommand.class,
                GenerateCommand.class, ElbowCommand.class, LandscapeCommand.class, CommandLine.HelpCommand.class})
public final class BasinCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Creates the {@code basin} command; {@link #execute} is the way to run it. */
    public BasinCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs {@code basin} with the process's standard streams (UTF-8, US number formats) and exits with the
     * command's exit code.
     *
     * @param args the command-line arguments after {@code basin}, e.g. {@code fit data.csv -k 3}
     */
    public static void main(String[] args) {
        Locale.setDefault(Locale.US);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /**
     * Runs one command line with the given streams and returns its exit code (see {@link ExitCodes}).
     *
     * @param args the command-line arguments after {@code basin}
     * @param out  where results and help go
     * @param err  where warnings and the one-line error message go
     * @return {@link ExitCodes#OK}, {@link ExitCodes#DIFFERENT}, {@link ExitCodes#BAD_INPUT} or
     *         {@link ExitCodes#INTERNAL_ERROR}
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BasinCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(BasinCommand::badArguments)
                .setExecutionExceptionHandler(BasinCommand::failed);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
        return ExitCodes.BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean verbose = command.getParseResult() != null && command.getParseResult().hasMatchedOption("--verbose");
        String name = command.getCommandSpec().qualifiedName();
        int code;
        if (e instanceof InvalidInputException) {
            err.println(name + ": " + oneLine(e.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            err.println(name + ": cannot read or write a file: " + oneLine(String.valueOf(cause.getMessage())));
            code = ExitCodes.BAD_INPUT;
        } else {
            err.println(name + ": internal error: " + e + (verbose ? "" : " (run with --verbose for details; please report it)"));
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** {@code basin --version}: Basin's version and the Java running it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"basin " + BasinVersion.get(), "Java " + Runtime.version() + " ("
                    + System.getProperty("java.vendor", "unknown vendor") + ")"};
        }
    }
}
