package dev.basin.cli;

import dev.basin.analysis.Sweep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr (runs done, runs per second, time left), redrawn at most ten times a
 * second with a carriage return. Drawn only when stderr is a terminal: redirected to a file, it stays
 * silent rather than leave a file full of carriage returns.
 */
final class ProgressBar implements Sweep.Progress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when it should be drawn, otherwise {@link Sweep.Progress#NONE}. */
    static Sweep.Progress forTerminal(PrintWriter err, boolean quiet) {
        return !quiet && System.console() != null && System.console().isTerminal() ? new ProgressBar(err)
                : Sweep.Progress.NONE;
    }

    @Override
    public synchronized void runFinished(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        double left = (total - done) / Math.max(rate, 1e-9);
        int filled = (int) ((long) WIDTH * done / total);
        err.printf(Locale.US, "\r[%s%s] %d/%d runs  %.1f runs/s  %s left ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, duration(left));
        drawn = true;
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        err.flush();
    }

    boolean drawn() {
        return drawn;
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.US, "%.0fs", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.US, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.US, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
