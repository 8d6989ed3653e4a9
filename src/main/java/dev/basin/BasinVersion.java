package dev.basin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Basin's version, as the build recorded it. */
public final class BasinVersion {
    private static final String VERSION = load();

    private BasinVersion() {
    }

    /**
     * The version of this build.
     *
     * @return the project version, for example "0.1.0", or "unknown" when the build recorded none
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = BasinVersion.class.getResourceAsStream("basin.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
