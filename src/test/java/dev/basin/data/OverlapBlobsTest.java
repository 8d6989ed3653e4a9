package dev.basin.data;

import dev.basin.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blobs of a chosen overlap: the shape asked for, sizes as asked, and the overlap the definition promises. */
class OverlapBlobsTest {

    @Test
    void shapeNamesAndLabelsAreAsRequested() {
        OverlapBlobs.Result r = OverlapBlobs.withOverlap(1234, 7, 3, BlobSizes.EQUAL, 0.05).generate(3);
        Generated g = r.generated();
        assertEquals(1234, g.data().rows());
        assertEquals(3, g.data().dims());
        assertEquals(List.of("x0", "x1", "x2"), g.data().features());
        assertEquals(7, g.k());
        assertEquals(Generators.LABEL_COLUMN, g.data().labelColumn().orElseThrow());
        String[] text = g.data().labels().orElseThrow();
        int[] labels = g.trueLabels();
        for (int i = 0; i < labels.length; i++) {
            assertEquals(Integer.toString(labels[i]), text[i]);
        }
        assertArrayEquals(counts(labels, 7), r.sizes());
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        OverlapBlobs recipe = OverlapBlobs.withOverlap(800, 6, 2, BlobSizes.parse("ratio:4"), 0.1);
        OverlapBlobs.Result a = recipe.generate(11);
        OverlapBlobs.Result b = recipe.generate(11);
        assertArrayEquals(a.generated().data().values(), b.generated().data().values());
        assertArrayEquals(a.generated().trueLabels(), b.generated().trueLabels());
        assertEquals(a.spread(), b.spread());
        assertFalse(Arrays.equals(a.generated().data().values(), recipe.generate(12).generated().data().values()));
    }

    @Test
    void centersArePlacedAsTheOriginalBlobsPlaceThem() {
        // Same seed, same placement: --overlap changes the noise, not where the blobs are.
        double[] original = Generators.blobs(5000, 15, 2, 3.0, 1).trueCenters();
        double[] withOverlap = OverlapBlobs.withOverlap(5000, 15, 2, BlobSizes.EQUAL, 0.05).generate(1).generated().trueCenters();
        assertArrayEquals(original, withOverlap);
    }

    @ParameterizedTest(name = "k {0}, dims {1}, sizes {2}, overlap {3}")
    @CsvSource({
            "8, 2, equal, 0.02",
            "8, 2, equal, 0.10",
            "5, 2, 'ratio:10', 0.05",
            "12, 5, equal, 0.25",
            "3, 1, '5,1,1', 0.08",
    })
    void theRowsShowTheRequestedOverlapWithinSamplingError(int k, int dims, String sizes, double overlap) {
        int n = 20_000;
        OverlapBlobs.Result r = OverlapBlobs.withOverlap(n, k, dims, BlobSizes.parse(sizes), overlap).generate(2024);
        assertEquals(overlap, r.overlap(), 1e-4, "the solved σ gives the requested overlap, up to one of the directions drawn");
        double measured = r.measuredOverlap();
        // Binomial error of n rows plus the Monte Carlo error of the estimate (≥ 200,000 directions).
        double tolerance = 4 * Math.sqrt(overlap * (1 - overlap) / n) + 4 * Math.sqrt(overlap * (1 - overlap) / 200_000.0);
        assertEquals(overlap, measured, tolerance, "measured overlap " + measured + " with σ " + r.spread());
        double perBlob = 0;
        for (int c = 0; c < k; c++) {
            perBlob += r.sizes()[c] / (double) n * r.blobOverlap()[c];
        }
        assertEquals(r.overlap(), perBlob, 1e-12, "the overlap is the size-weighted mean of the blobs' own");
    }

    @Test
    void moreOverlapNeedsMoreNoise() {
        double last = 0;
        for (double overlap : new double[]{0.01, 0.05, 0.1, 0.2, 0.3}) {
            double spread = OverlapBlobs.withOverlap(500, 10, 2, BlobSizes.EQUAL, overlap).generate(5).spread();
            assertTrue(spread > last, "overlap " + overlap + ": spread " + spread + " after " + last);
            last = spread;
        }
    }

    @Test
    void aGivenSpreadReportsTheOverlapItGives() {
        OverlapBlobs.Result byOverlap = OverlapBlobs.withOverlap(3000, 9, 2, BlobSizes.EQUAL, 0.07).generate(8);
        OverlapBlobs.Result bySpread = OverlapBlobs.withSpread(3000, 9, 2, BlobSizes.EQUAL, byOverlap.spread()).generate(8);
        assertEquals(0.07, bySpread.overlap(), 1e-4);
        assertArrayEquals(byOverlap.generated().data().values(), bySpread.generated().data().values());
    }

    @Test
    void zeroOverlapPutsEveryRowOnItsCenter() {
        OverlapBlobs.Result r = OverlapBlobs.withOverlap(100, 4, 2, BlobSizes.EQUAL, 0).generate(1);
        assertEquals(0, r.spread());
        assertEquals(0, r.measuredOverlap());
    }

    @Test
    void trueCentersAreTheLabelMeansWithinSamplingError() {
        int n = 6000;
        int k = 6;
        int d = 3;
        OverlapBlobs.Result r = OverlapBlobs.withOverlap(n, k, d, BlobSizes.parse("ratio:5"), 0.1).generate(77);
        Generated g = r.generated();
        double[] sums = new double[k * d];
        int[] labels = g.trueLabels();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                sums[labels[i] * d + j] += g.data().value(i, j);
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                double mean = sums[c * d + j] / r.sizes()[c];
                double standardError = r.spread() / Math.sqrt(r.sizes()[c]);
                assertEquals(g.trueCenters()[c * d + j], mean, 4.5 * standardError, "blob " + c + ", x" + j);
            }
        }
    }

    @Test
    void unreachableOverlapSaysHowMuchIsPossible() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OverlapBlobs.withOverlap(100, 2, 1, BlobSizes.EQUAL, 0.9).generate(1));
        assertTrue(e.getMessage().contains("cannot be reached") && e.getMessage().contains("at most 0.5"), e.getMessage());
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withOverlap(10, 2, 2, BlobSizes.EQUAL, -0.1));
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withOverlap(10, 2, 2, BlobSizes.EQUAL, 1.0));
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withOverlap(10, 1, 2, BlobSizes.EQUAL, 0.1));
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withSpread(10, 2, 2, BlobSizes.EQUAL, -1));
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withOverlap(3, 5, 2, BlobSizes.EQUAL, 0.1).generate(1));
        assertThrows(InvalidInputException.class, () -> OverlapBlobs.withOverlap(10, 2, 0, BlobSizes.EQUAL, 0.1).generate(1));
    }

    private static int[] counts(int[] labels, int k) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
