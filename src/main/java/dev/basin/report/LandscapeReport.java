package dev.basin.report;

import dev.basin.chart.AttractionStripChart;
import dev.basin.chart.LandscapeChart;
import dev.basin.landscape.Descent;
import dev.basin.landscape.LandscapeConfig;
import dev.basin.landscape.LandscapeResult;
import dev.basin.landscape.Minima;
import dev.basin.landscape.RunStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a landscape says, in words, and its HTML page: the key finding, the minima and the share of starts
 * that reach each, the two charts (written as PNG and SVG under {@code charts/}), every start's run, the
 * methods and the provenance. The page is laid out with {@link HtmlPage}, like the sweep's report.
 */
public final class LandscapeReport {
    /** Starts listed on the page (all are in starts.csv). */
    static final int STARTS_LISTED = 200;
    /** The section ids of the page, in order. */
    public static final List<String> SECTIONS = List.of("headline", "charts", "minima", "starts", "reproduce",
            "methods", "provenance");

    private LandscapeReport() {
    }

    /** The optimizer as people call it: "gradient descent", "momentum", "Adam". */
    public static String optimizerName(LandscapeConfig config) {
        return switch (config.optimizer().name()) {
            case "gd" -> "gradient descent";
            case "momentum" -> "gradient descent with momentum";
            default -> "Adam";
        };
    }

    /**
     * The key finding in one sentence: how many minima, the best, and the share of starts that reach it.
     *
     * @param result the landscape
     * @return e.g. "Gradient descent from 41 starts found 5 minima; the best, f(−0.701674) = −1.07583, is reached
     *         from 22.0% of the starts."
     */
    public static String headline(LandscapeResult result) {
        int n = result.runs().size();
        String who = capitalized(optimizerName(result.config())) + " from " + n + (n == 1 ? " start" : " starts");
        if (result.minima().isEmpty()) {
            return who + " found no minimum: no run converged to one (see how the runs ended below).";
        }
        List<Minima.Minimum> best = result.minima().stream().filter(Minima.Minimum::best).toList();
        double share = best.stream().mapToDouble(Minima.Minimum::share).sum();
        String found = who + " found " + result.minima().size() + (result.minima().size() == 1 ? " minimum" : " minima");
        if (best.size() == 1) {
            Minima.Minimum m = best.getFirst();
            return found + "; the best, f(" + figure(m.x()) + ") = " + figure(m.f()) + ", is reached from "
                    + Findings.percent(share) + " of the starts.";
        }
        return found + "; the lowest value, f = " + figure(best.getFirst().f()) + ", is shared by " + best.size()
                + " of them (x = " + String.join(", ", best.stream().map(m -> figure(m.x())).toList())
                + "), reached together from " + Findings.percent(share) + " of the starts.";
    }

    /**
     * A few plain sentences: how many starts end in a worse minimum, and what happened to the runs that
     * reached none, with what to do about it.
     */
    public static List<String> verdict(LandscapeResult result) {
        List<String> lines = new ArrayList<>();
        int n = result.runs().size();
        Map<RunStatus, Integer> counts = result.statusCounts();
        double worse = result.minima().stream().filter(m -> !m.best()).mapToDouble(Minima.Minimum::share).sum();
        if (worse > 0) {
            Minima.Minimum worst = result.minima().getLast();
            lines.add(Findings.percent(worse) + " of the starts end in a minimum that is not the best (up to f = "
                    + figure(worst.f()) + " at x = " + figure(worst.x()) + "): the result of "
                    + optimizerName(result.config()) + " depends on where it starts.");
        }
        LandscapeConfig config = result.config();
        if (counts.get(RunStatus.NOT_CONVERGED) > 0) {
            lines.add(count(counts.get(RunStatus.NOT_CONVERGED), n) + " had not converged after " + config.epochs()
                    + " epochs: raise --epochs" + (config.optimizer().name().equals("gd") ? ""
                    : " (momentum and Adam settle more slowly than plain gradient descent: try 300)")
                    + ", or change --learning-rate.");
        }
        if (counts.get(RunStatus.LEFT_INTERVAL) > 0) {
            lines.add(count(counts.get(RunStatus.LEFT_INTERVAL), n) + " left the interval [" + figure(config.from()) + ", "
                    + figure(config.to()) + "]: a step took them outside it (towards a minimum beyond it, an"
                    + " overshoot, or f decreasing without end); widen --from/--to to follow them.");
        }
        if (counts.get(RunStatus.STATIONARY) > 0) {
            lines.add(count(counts.get(RunStatus.STATIONARY), n) + " stopped on a maximum (f' = 0, f'' < 0), where"
                    + " the gradient gives no direction.");
        }
        if (counts.get(RunStatus.UNDEFINED) > 0) {
            lines.add(count(counts.get(RunStatus.UNDEFINED), n) + " reached a point where f or f' is not a finite"
                    + " number (log or sqrt of a negative number, a pole, an overflow).");
        }
        return lines;
    }

    /**
     * Writes the charts into {@code chartsDir} and returns the page.
     *
     * @param outputs   the landscape and its provenance
     * @param command   the command line that reproduces it, ready to paste into a shell
     * @param chartsDir where the charts go, as PNG and SVG
     * @return the complete page, to be written as {@code index.html}
     */
    public static String render(LandscapeOutputs outputs, String command, Path chartsDir) {
        LandscapeResult result = outputs.result();
        LandscapeConfig config = result.config();
        String title = "f(x) = " + config.function() + " on [" + figure(config.from()) + ", " + figure(config.to()) + "]";
        HtmlPage page = new HtmlPage("Basin landscape: " + title);
        page.heading(1, null, title);
        page.paragraph("small", null, "A Basin landscape: " + optimizerName(config) + " run from " + result.runs().size()
                + " starts, to show which local minima they reach and how often (their basins of attraction).");
        Map<String, String> nav = new LinkedHashMap<>();
        nav.put("charts", "Charts");
        nav.put("minima", "Minima");
        nav.put("starts", "Starts");
        nav.put("reproduce", "Reproduce");
        nav.put("methods", "Methods");
        nav.put("provenance", "Provenance");
        page.nav(nav);
        page.paragraph("headline", "headline", headline(result));
        page.list("verdict", verdict(result));

        page.heading(2, "charts", "Charts");
        page.figure(SweepReport.figure("The function and the runs",
                "The dark curve is f. Each start's path follows the points it visited epoch by epoch, in the color of the"
                        + " minimum it ended in (grey: it reached none); circles are the starts, diamonds the minima found.",
                chartsDir, "landscape", LandscapeChart.build(result)));
        page.figure(SweepReport.figure("Basins of attraction",
                "For every starting x (the ticks are the starts), the minimum its run flows to: each band is a basin of"
                        + " attraction, as wide as the stretch of starts that end in that minimum.",
                chartsDir, "attraction", AttractionStripChart.build(result)));

        page.heading(2, "minima", "Minima found, best first");
        page.table(List.of("minimum", "x", "f(x)", "f''(x)", "starts", "share", "starts from", "to", ""), minimaRows(result));
        page.paragraph("small", null, "End points closer than " + figure(config.mergeTolerance()) + " × the interval's width ("
                + figure(config.mergeTolerance() * config.width()) + ") are one minimum; it is placed at the lowest of"
                + " them. Minima are numbered by f, lowest first; equal values (to 1e-9) are numbered left to right and"
                + " all marked best. \"starts from … to\" is the range of starts that reach it, which may hold starts"
                + " that go elsewhere: the chart shows the basins exactly.");

        page.heading(2, "starts", "Every start");
        page.table(List.of("start", "end", "f(end)", "f'(end)", "epochs", "status", "minimum"), startRows(result));
        if (result.runs().size() > STARTS_LISTED) {
            page.paragraph("small", null, (result.runs().size() - STARTS_LISTED) + " more starts are listed in starts.csv.");
        }
        page.paragraph("small", null, "status: minimum (converged to a minimum), not_converged (still moving when the"
                + " epochs ran out), left_interval (a step took x outside the interval; the end is the first point"
                + " outside), stationary (stopped on a maximum), undefined (f or f' not finite).");

        page.heading(2, "reproduce", "Reproduce");
        page.paragraph(null, null, "The command that wrote this page (the same figures, bit for bit):");
        page.pre(command);

        page.heading(2, "methods", "Methods");
        page.list(null, methods(config));
        page.heading(3, null, "Files next to this page");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("starts.csv", "one row per start: end point, f, f' and f'' there, epochs, status, minimum");
        files.put("minima.csv", "one row per minimum: x, f, f'', starts that reach it and their share");
        files.put("paths.csv", "every point of every run, epoch by epoch");
        files.put("summary.json", "all of the above in aggregate, with provenance");
        files.put("charts/", "both charts as PNG and SVG");
        page.files(files);
        page.heading(2, "provenance", "Provenance");
        page.pre(Json.write(outputs.provenance()));
        return page.finish();
    }

    private static List<List<String>> minimaRows(LandscapeResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Minima.Minimum m : result.minima()) {
            rows.add(List.of(Integer.toString(m.number()), figure(m.x()), figure(m.f()), figure(m.curvature()),
                    Integer.toString(m.starts()), Findings.percent(m.share()), figure(m.firstStart()),
                    figure(m.lastStart()), m.best() ? "best" : ""));
        }
        return rows;
    }

    private static List<List<String>> startRows(LandscapeResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(STARTS_LISTED, result.runs().size()); i++) {
            Descent.Run run = result.runs().get(i);
            int minimum = result.minimumOf()[i];
            rows.add(List.of(figure(run.start()), figure(run.end()), figure(run.atEnd().value()),
                    figure(run.atEnd().d1()), Integer.toString(run.epochs()), run.status().label(),
                    minimum == 0 ? "" : Integer.toString(minimum)));
        }
        return rows;
    }

    /** The methods section: the update rule, how derivatives, convergence and minima are decided. */
    static List<String> methods(LandscapeConfig config) {
        List<String> methods = new ArrayList<>();
        methods.add("Update rule, " + config.optimizer().rule() + "; " + config.epochs() + " epochs from every start"
                + (config.starts().isRandom() ? ", " + config.starts().count() + " starts drawn uniformly from the"
                + " interval (random_state " + config.starts().randomState() + ")"
                : ", " + config.starts().count() + " starts evenly spaced over the interval, both ends included") + ".");
        methods.add("Derivatives are exact: f, f' and f'' are computed together by forward-mode automatic"
                + " differentiation (the chain rule applied to every operation), not by finite differences.");
        methods.add("A run has converged when its last step and the step η·|f'| plain gradient descent would take from"
                + " its end point are both at most " + figure(config.tolerance()) + " × the interval's width ("
                + figure(config.tolerance() * config.width()) + "); f'' ≥ 0 there makes it a minimum.");
        methods.add("A run stops early when a step leaves the interval or reaches a point where f or f' is not finite.");
        methods.add("Polyak, B. T. (1964). Some methods of speeding up the convergence of iteration methods. USSR"
                + " Computational Mathematics and Mathematical Physics 4(5), 1-17 (momentum).");
        methods.add("Kingma, D. P. and Ba, J. (2015). Adam: a method for stochastic optimization. ICLR 2015 (Adam).");
        return methods;
    }

    /**
     * A number for people: six significant digits, as every Basin table prints them, without trailing zeros
     * ("-5", "1.5708", "-0.701674", "3.33067e-16").
     */
    public static String figure(double value) {
        String text = FitOutputs.figure(value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }

    private static String count(int runs, int all) {
        return runs + (runs == 1 ? " start" : " starts") + " (" + Findings.percent(runs / (double) all) + ")";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
