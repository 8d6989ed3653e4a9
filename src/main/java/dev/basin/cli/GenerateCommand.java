package dev.basin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code basin generate}: synthetic data with known truth; one subcommand per kind of data. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic data with known true clusters, for teaching and tests.",
                "Subcommands: blobs (Gaussian blobs whose overlap and sizes you choose)."},
        subcommands = {GenerateBlobsCommand.class})
final class GenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
