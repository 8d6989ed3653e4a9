package dev.basin.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet} and {@code -v/--verbose}, shared by every subcommand. */
final class VerbosityOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and --format json output: no notices, progress or summary (use with --out).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and the stack trace of an error.")
    boolean verbose;
}
