package dev.basin.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The basin launcher and the test JVM give Spark the same JVM options, and none that Java 25 refuses. */
class SparkJvmOptionsTest {
    @Test
    void launcherAndPomAgree() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String launcher = Files.readString(Path.of("basin"));
        Matcher inPom = Pattern.compile("<spark\\.jvm\\.options>([^<]*)</spark\\.jvm\\.options>").matcher(pom);
        Matcher inLauncher = Pattern.compile("(?m)^spark_jvm_options=\"([^\"]*)\"").matcher(launcher);
        assertTrue(inPom.find(), "pom.xml defines spark.jvm.options");
        assertTrue(inLauncher.find(), "basin defines spark_jvm_options");
        assertEquals(inPom.group(1).trim(), inLauncher.group(1).trim());
        assertTrue(inPom.group(1).contains("--add-opens=java.base/java.nio=ALL-UNNAMED"));
        assertFalse(inPom.group(1).contains("java.security.manager"),
                "Java 24 and later refuse to start with -Djava.security.manager=allow");
    }
}
