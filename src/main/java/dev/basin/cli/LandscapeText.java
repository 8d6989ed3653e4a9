package dev.basin.cli;

import dev.basin.landscape.Descent;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Minima;
import dev.basin.landscape.RunStatus;
import dev.basin.report.Findings;
import dev.basin.report.LandscapeReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code basin landscape} prints: the minima with their shares, every start's run, and the finding in words. */
final class LandscapeText {
    /** Starts listed on the terminal; more are in starts.csv. */
    static final int STARTS_SHOWN = 100;

    private final PrintWriter out;

    LandscapeText(PrintWriter out) {
        this.out = out;
    }

    void print(LandscapeResult result, Path written) {
        LandscapeConfig config = result.config();
        out.printf(Locale.US, "f(x) = %s on [%s, %s], read as %s%n", config.function(), figure(config.from()),
                figure(config.to()), result.expression());
        out.printf(Locale.US, "%s; %d epochs from %d %s%n", config.optimizer().rule(), config.epochs(),
                config.starts().count(), config.starts().isRandom()
                        ? "random starts (random_state " + config.starts().randomState() + ")" : "evenly spaced starts");
        out.println();
        out.printf(Locale.US, "%d distinct minim%s, best first:%n", result.minima().size(),
                result.minima().size() == 1 ? "um" : "a");
        if (!result.minima().isEmpty()) {
            line("%7s  %11s  %11s  %11s  %6s  %7s", "minimum", "x", "f(x)", "f''(x)", "starts", "share");
            for (Minima.Minimum m : result.minima()) {
                line("%7d  %11s  %11s  %11s  %6d  %7s  %s", m.number(), figure(m.x()), figure(m.f()),
                        figure(m.curvature()), m.starts(), Findings.percent(m.share()), m.best() ? "best" : "");
            }
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<RunStatus, Integer> entry : result.statusCounts().entrySet()) {
            if (entry.getValue() > 0) {
                counts.add(entry.getValue() + " " + entry.getKey().label());
            }
        }
        out.println("runs: " + String.join(", ", counts));
        out.println();
        if (result.runs().size() <= STARTS_SHOWN) {
            line("%11s  %11s  %11s  %6s  %-13s  %s", "start", "end", "f(end)", "epochs", "status",
                    "minimum");
            for (int i = 0; i < result.runs().size(); i++) {
                Descent.Run run = result.runs().get(i);
                int minimum = result.minimumOf()[i];
                line("%11s  %11s  %11s  %6d  %-13s  %s", figure(run.start()), figure(run.end()),
                        figure(run.atEnd().value()), run.epochs(), run.status().label(),
                        minimum == 0 ? "" : Integer.toString(minimum));
            }
        } else {
            out.println(result.runs().size() + " starts: every start's run is in starts.csv (--out DIR)");
        }
        out.println();
        out.println(LandscapeReport.headline(result));
        LandscapeReport.verdict(result).forEach(out::println);
        if (written != null) {
            out.println();
            out.println("wrote starts.csv, minima.csv, paths.csv, summary.json and index.html (with charts/) to " + written);
        }
    }

    /** One formatted line, without the trailing spaces an empty last column leaves. */
    private void line(String format, Object... args) {
        out.println(String.format(Locale.US, format, args).stripTrailing());
    }

    private static String figure(double value) {
        return LandscapeReport.figure(value);
    }
}
