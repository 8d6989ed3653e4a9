package dev.basin;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeTest {
    @Test void runsOnJava25() { assertTrue(Runtime.version().feature() >= 25); }
}
