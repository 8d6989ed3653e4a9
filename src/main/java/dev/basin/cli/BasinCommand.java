package dev.basin.cli;

public final class BasinCommand {
    public static void main(String[] args) {
        System.out.println("basin " + Runtime.version());
    }
}
