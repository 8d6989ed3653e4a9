package dev.basin.data;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The written-out table of {@link PowersOfFive} is the one its documentation describes. */
class PowersOfFiveTest {
    @Test
    void everyEntryMatchesItsDefinition() {
        BigInteger two128 = BigInteger.ONE.shiftLeft(128);
        BigInteger five = BigInteger.valueOf(5);
        assertEquals(2 * (PowersOfFive.LARGEST - PowersOfFive.SMALLEST + 1), PowersOfFive.TABLE.length);
        for (int q = PowersOfFive.SMALLEST; q <= PowersOfFive.LARGEST; q++) {
            BigInteger value;
            if (q < 0) {
                BigInteger power5 = five.pow(-q);
                int z = power5.bitLength(); // 5^-q is not a power of two: 2^z is the first power above it
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                value = BigInteger.ONE.shiftLeft(b).divide(power5).add(BigInteger.ONE);
                while (value.compareTo(two128) >= 0) {
                    value = value.shiftRight(1);
                }
            } else {
                value = five.pow(q);
                value = value.bitLength() < 128 ? value.shiftLeft(128 - value.bitLength())
                        : value.shiftRight(value.bitLength() - 128);
            }
            int index = 2 * (q - PowersOfFive.SMALLEST);
            assertEquals(value.shiftRight(64).longValue(), PowersOfFive.TABLE[index], "high word of 5^" + q);
            assertEquals(value.longValue(), PowersOfFive.TABLE[index + 1], "low word of 5^" + q);
        }
    }
}
