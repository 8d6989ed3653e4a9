package dev.basin.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet} and {@code -v/--verbose}, shared by every subcommand. */
final class VerbosityOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print only results and errors: no notices or progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and the stack trace of an error.")
    boolean verbose;
}
