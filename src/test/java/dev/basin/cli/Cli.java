package dev.basin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs Basin's command line in-process and captures what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BasinCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    /** stderr without its final line break. */
    String errLine() {
        return err.strip();
    }
}
