package dev.basin.chart;

/**
 * Charts are drawn off screen. Java's graphics must know that before they first start: on a machine
 * without a display, a non-headless start fails, and on one with a display it would open a connection
 * Basin never uses. The property is set only if nobody chose otherwise.
 */
final class Headless {
    private Headless() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
