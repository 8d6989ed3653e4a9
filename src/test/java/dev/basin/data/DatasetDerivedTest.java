package dev.basin.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Values derived from a dataset are made once, shared by every caller, and not carried by a serialized copy. */
class DatasetDerivedTest {
    /** A stand-in for a layer's derived value (a kernel's packing of the rows, say). */
    record Total(double value) {
    }

    private static final Dataset DATA = Dataset.of(new double[]{1, 2, 3, 4, 5, 6}, List.of("a", "b"));

    private static Total total(Dataset data, AtomicInteger made) {
        made.incrementAndGet();
        double sum = 0;
        for (double v : data.values()) {
            sum += v;
        }
        return new Total(sum);
    }

    @Test
    void madeOnceAndSharedAcrossThreads() throws Exception {
        Dataset data = Dataset.of(DATA.values(), DATA.features());
        AtomicInteger made = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Total>> asked = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                asked.add(pool.submit(() -> data.derived(Total.class, d -> total(d, made))));
            }
            Total first = asked.get(0).get();
            assertEquals(21.0, first.value());
            for (Future<Total> other : asked) {
                assertSame(first, other.get());
            }
        }
        assertEquals(1, made.get());
    }

    @Test
    void aSerializedCopyMakesItsOwn() throws Exception {
        Dataset data = Dataset.of(DATA.values(), DATA.features());
        AtomicInteger made = new AtomicInteger();
        Total original = data.derived(Total.class, d -> total(d, made));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(data);
        }
        Dataset copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Dataset) in.readObject();
        }
        Total again = copy.derived(Total.class, d -> total(d, made));
        assertNotSame(original, again);
        assertEquals(original, again);
        assertEquals(2, made.get());
    }
}
