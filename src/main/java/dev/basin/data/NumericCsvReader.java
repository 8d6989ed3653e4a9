package dev.basin.data;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link CsvLoader}'s fast path for the common big file: every value of every used column is a plain
 * finite number, nothing is quoted, no value is missing. It reads the file's bytes straight into the
 * dataset's final row-major {@code double[]} (no per-value objects, no columns to copy from), with
 * {@link DecimalParser} giving exactly {@link Double#parseDouble}'s values.
 *
 * <p>It accepts a file only when the general path would read it without a notice, a dropped row or an
 * error, and then gives the same dataset; on the first thing it does not handle (a quote, a missing or
 * non-numeric value in a used column, a row with another number of fields, a byte outside ASCII in a
 * data row, a line ending the splitter would refuse, a negative weight, a label column, a duplicate or
 * empty column name, an empty file) it gives up and the general path reads the file, with its messages.
 *
 * <p>The file is cut into parts at line breaks and the parts are read in parallel: first each part's lines
 * are counted, so that the array is allocated once at its final size and each part knows its first row,
 * then each part is parsed into its own rows. The result does not depend on the number of parts.
 */
final class NumericCsvReader {
    /** The rows read: {@code values} row-major with {@code features.size()} columns, and weights or null. */
    record Result(double[] values, List<String> features, double[] weights) {
    }

    private static final int BUFFER_BYTES = 1 << 20;
    /** Parts smaller than this are not worth a thread of their own. */
    private static final long MIN_PART_BYTES = 4L << 20;
    private static final int MAX_PARTS = 8;
    /** A first line longer than this is not a numeric file's header. */
    private static final int MAX_FIRST_LINE_BYTES = 1 << 24;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final byte NO_BREAK = 0;
    private static final byte LF = 1;
    private static final byte CRLF = 2;

    /** Thrown inside a part to give up; never leaves this class. */
    private static final class NotForFastPath extends Exception {
        NotForFastPath() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final byte delimiter;
    private final boolean whitespace;
    private final CsvOptions options;
    private final AtomicBoolean givenUp = new AtomicBoolean();

    private int width;
    /** For each column of the file: the feature index it goes to, {@code dims} for the weight, -1 if unused. */
    private int[] slots;
    private int dims;
    private boolean weighted;

    private NumericCsvReader(Path file, char delimiter, CsvOptions options) {
        this.file = file;
        this.whitespace = delimiter == CsvOptions.WHITESPACE;
        this.delimiter = (byte) delimiter;
        this.options = options;
    }

    /**
     * Reads {@code file} if it is a file for the fast path.
     *
     * @param delimiter the delimiter (given or detected); {@link CsvOptions#WHITESPACE} for runs of spaces and tabs
     * @param options   the columns, weight column, header flag; a label column sends the file to the general path
     * @param executor  runs the parts in parallel
     * @return the rows, or null when the general path must read the file
     * @throws IOException if the file cannot be read
     */
    static Result read(Path file, char delimiter, CsvOptions options, ExecutorService executor) throws IOException {
        if (options.labelColumn() != null || delimiter > 0x7F || delimiter == '"') {
            return null;
        }
        return new NumericCsvReader(file, delimiter, options).read(executor);
    }

    private Result read(ExecutorService executor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            FirstLine first = firstLine(channel, size);
            if (first == null) {
                return null;
            }
            List<String> names = columnNames(first);
            if (names == null || !assignColumns(names)) {
                return null;
            }
            long dataStart = options.header() ? first.next : first.start;
            long[] bounds = partBounds(channel, dataStart, size);
            int parts = bounds.length - 1;

            List<Future<Long>> counts = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                long from = bounds[p];
                long to = bounds[p + 1];
                counts.add(executor.submit(() -> countLines(channel, from, to)));
            }
            List<Long> lineCounts = getAll(counts);
            long[] firstRows = new long[parts + 1];
            for (int p = 0; p < parts; p++) {
                firstRows[p + 1] = firstRows[p] + lineCounts.get(p);
            }
            long lines = firstRows[parts];
            if (lines == 0 || lines * (dims + (weighted ? 1 : 0)) > Integer.MAX_VALUE - 16) {
                return null;
            }
            double[] values = new double[Math.toIntExact(lines * dims)];
            double[] weights = weighted ? new double[(int) lines] : null;

            List<Future<Part>> parsed = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                long from = bounds[p];
                long to = bounds[p + 1];
                int firstRow = (int) firstRows[p];
                long partLines = lineCounts.get(p);
                parsed.add(executor.submit(() -> parsePart(channel, from, to, firstRow, partLines, values, weights)));
            }
            Part[] results = getAll(parsed).toArray(Part[]::new);
            if (results.length == 0 || givenUp.get() || !lineEndingsAgree(first.lineBreak, results)) {
                return null;
            }
            return compact(values, weights, firstRows, results, names);
        } catch (NotForFastPath e) {
            return null;
        }
    }

    /** The first line that is not blank: the header, or the first data row of a headerless file. */
    private record FirstLine(long start, long next, byte[] bytes, byte lineBreak) {
    }

    private FirstLine firstLine(FileChannel channel, long size) throws IOException {
        long position = 0;
        byte[] head = readAt(channel, 0, 3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        byte firstBreak = NO_BREAK;
        int wanted = 1 << 16;
        while (position < size) {
            byte[] chunk = readAt(channel, position, (int) Math.min(wanted, size - position));
            int end = indexOf(chunk, 0, chunk.length, (byte) '\n');
            if (end < 0 && position + chunk.length < size) {
                if (wanted >= MAX_FIRST_LINE_BYTES) {
                    return null; // an enormous first line: not a numeric file's header
                }
                wanted *= 2;
                continue;
            }
            int lineEnd = end < 0 ? chunk.length : end;
            boolean crlf = end > 0 && chunk[end - 1] == '\r';
            if (end >= 0 && firstBreak == NO_BREAK) {
                firstBreak = crlf ? CRLF : LF;
            }
            byte[] line = Arrays.copyOf(chunk, crlf ? lineEnd - 1 : lineEnd);
            long next = position + lineEnd + (end < 0 ? 0 : 1);
            if (indexOf(line, 0, line.length, (byte) '\r') >= 0 || indexOf(line, 0, line.length, (byte) '"') >= 0) {
                return null;
            }
            if (!isBlank(line, 0, line.length)) {
                return new FirstLine(position, next, line, firstBreak);
            }
            position = next;
        }
        return null;
    }

    /** The header's names, or x1..xd for a headerless file; null when the general path must decide. */
    private List<String> columnNames(FirstLine first) {
        List<int[]> fields = fields(first.bytes);
        List<String> names = new ArrayList<>();
        if (!options.header()) {
            for (int i = 1; i <= fields.size(); i++) {
                names.add(CsvOptions.UNNAMED_COLUMN_PREFIX + i);
            }
            return names;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<String> seen = new HashSet<>();
        for (int[] field : fields) {
            String name;
            try {
                name = decoder.decode(ByteBuffer.wrap(first.bytes, field[0], field[1] - field[0])).toString().trim();
            } catch (CharacterCodingException e) {
                return null;
            }
            if (name.isEmpty() || !seen.add(name)) {
                return null;
            }
            names.add(name);
        }
        return names;
    }

    /** Field boundaries {@code [from, to)} of one line, as the splitter would cut it. */
    private List<int[]> fields(byte[] line) {
        List<int[]> fields = new ArrayList<>();
        int p = 0;
        int end = line.length;
        if (whitespace) {
            while (true) {
                while (p < end && isSpaceOrTab(line[p])) {
                    p++;
                }
                if (p == end) {
                    return fields;
                }
                int q = p;
                while (q < end && !isSpaceOrTab(line[q])) {
                    q++;
                }
                fields.add(new int[]{p, q});
                p = q;
            }
        }
        while (true) {
            int q = p;
            while (q < end && line[q] != delimiter) {
                q++;
            }
            fields.add(new int[]{p, q});
            if (q == end) {
                return fields;
            }
            p = q + 1;
        }
    }

    /** Maps the columns to features and weight as {@link ColumnRoles} would; false when it would not be plain. */
    private boolean assignColumns(List<String> names) {
        width = names.size();
        slots = new int[width];
        Arrays.fill(slots, -1);
        int weight = -1;
        if (options.weightColumn() != null) {
            weight = names.indexOf(options.weightColumn());
            if (weight < 0) {
                return false;
            }
        }
        if (options.columns().isEmpty()) {
            for (int i = 0; i < width; i++) {
                if (i != weight) {
                    slots[i] = dims++;
                }
            }
        } else {
            for (String name : options.columns()) {
                int position = names.indexOf(name);
                if (position < 0 || position == weight) {
                    return false;
                }
                slots[position] = dims++;
            }
        }
        if (dims == 0) {
            return false;
        }
        if (weight >= 0) {
            slots[weight] = dims;
            weighted = true;
        }
        return true;
    }

    /** Part boundaries: byte offsets, each just after a line break, from {@code start} to {@code size}. */
    private static long[] partBounds(FileChannel channel, long start, long size) throws IOException {
        int parts = (int) Math.max(1, Math.min(Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()),
                (size - start) / MIN_PART_BYTES));
        long[] bounds = new long[parts + 1];
        bounds[0] = start;
        for (int p = 1; p < parts; p++) {
            long nominal = Math.max(bounds[p - 1], start + (size - start) * p / parts);
            bounds[p] = nextLineStart(channel, nominal, size);
        }
        bounds[parts] = size;
        return bounds;
    }

    private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
        long position = from;
        while (position < size) {
            byte[] chunk = readAt(channel, position, (int) Math.min(1 << 16, size - position));
            int newline = indexOf(chunk, 0, chunk.length, (byte) '\n');
            if (newline >= 0) {
                return position + newline + 1;
            }
            position += chunk.length;
        }
        return size;
    }

    /** Lines in {@code [from, to)}: its line breaks, plus one for a last line without a break. */
    private long countLines(FileChannel channel, long from, long to) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long lines = 0;
        long position = from;
        byte last = '\n';
        while (position < to) {
            int read = read(channel, buffer, 0, (int) Math.min(buffer.length, to - position), position);
            int i = 0;
            for (; i + 8 <= read; i += 8) {
                lines += Long.bitCount(newlineBytes((long) LONGS.get(buffer, i)));
            }
            for (; i < read; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            last = buffer[read - 1];
            position += read;
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** What parsing one part found. */
    private record Part(int rows, byte firstBreak, boolean bareLf) {
    }

    private Part parsePart(FileChannel channel, long from, long to, int firstRow, long lines, double[] values,
                           double[] weights) throws IOException, NotForFastPath {
        byte[] buffer = new byte[BUFFER_BYTES];
        int[] end = new int[1];
        int length = 0;
        int start = 0;
        long position = from;
        int row = firstRow;
        byte firstBreak = NO_BREAK;
        boolean bareLf = false;
        while (true) {
            if (givenUp.get()) {
                throw new NotForFastPath();
            }
            // Keep the unfinished line, make room, read more.
            System.arraycopy(buffer, start, buffer, 0, length - start);
            length -= start;
            start = 0;
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read = position < to ? read(channel, buffer, length, (int) Math.min(buffer.length - length, to - position),
                    position) : 0;
            position += read;
            length += read;
            boolean atEnd = position >= to;
            int newline;
            while ((newline = nextNewline(buffer, start, length)) >= 0) {
                if (row - firstRow == lines) {
                    throw new IllegalStateException("more rows than lines counted in " + file);
                }
                int lineEnd = newline;
                if (lineEnd > start && buffer[lineEnd - 1] == '\r') {
                    lineEnd--;
                    firstBreak = firstBreak == NO_BREAK ? CRLF : firstBreak;
                } else {
                    firstBreak = firstBreak == NO_BREAK ? LF : firstBreak;
                    bareLf = true;
                }
                if (parseLine(buffer, start, lineEnd, row, values, weights, end)) {
                    row++;
                }
                start = newline + 1;
            }
            if (atEnd) {
                if (start < length && row - firstRow == lines) {
                    throw new IllegalStateException("more rows than lines counted in " + file);
                }
                if (start < length && parseLine(buffer, start, length, row, values, weights, end)) {
                    row++;
                }
                return new Part(row - firstRow, firstBreak, bareLf);
            }
        }
    }

    /**
     * Parses one line into {@code row}; false for a blank line. A used value is read where it stands
     * ({@link DecimalParser#parsePrefix}), so its bytes are looked at once; what follows it up to the
     * separator may only be spaces.
     */
    private boolean parseLine(byte[] line, int from, int to, int row, double[] values, double[] weights,
                              int[] end) throws NotForFastPath {
        if (isBlank(line, from, to)) {
            for (int i = from; i < to; i++) {
                if (line[i] == '\r') {
                    throw giveUp();
                }
            }
            return false;
        }
        int field = 0;
        int p = from;
        int base = row * dims;
        while (true) {
            if (whitespace) {
                while (p < to && isSpaceOrTab(line[p])) {
                    p++;
                }
                if (p == to) {
                    break;
                }
            }
            if (field == width) {
                throw giveUp();
            }
            int slot = slots[field];
            int q;
            if (slot >= 0) {
                int a = p;
                while (a < to && (line[a] & 0xFF) <= ' ' && !isSeparator(line[a])) {
                    if (line[a++] == '\r') {
                        throw giveUp();
                    }
                }
                double value = DecimalParser.parsePrefix(line, a, to, end);
                if (Double.isNaN(value)) {
                    throw giveUp();
                }
                q = end[0];
                while (q < to && (line[q] & 0xFF) <= ' ' && !isSeparator(line[q])) {
                    if (line[q++] == '\r') {
                        throw giveUp();
                    }
                }
                if (q < to && !isSeparator(line[q])) {
                    throw giveUp(); // the value goes on with something that is not a number
                }
                if (slot < dims) {
                    values[base + slot] = value;
                } else if (Double.doubleToRawLongBits(value) < 0) {
                    throw giveUp(); // a negative weight (or -0): the general path decides what to say
                } else {
                    weights[row] = value;
                }
            } else {
                q = p;
                while (q < to && !isSeparator(line[q])) {
                    byte c = line[q++];
                    if (c == '"' || c == '\r' || c < 0) {
                        throw giveUp();
                    }
                }
            }
            field++;
            if (q >= to) {
                break;
            }
            p = q + 1;
        }
        if (field != width) {
            throw giveUp();
        }
        return true;
    }

    private boolean isSeparator(byte c) {
        return whitespace ? isSpaceOrTab(c) : c == delimiter;
    }

    private NotForFastPath giveUp() {
        givenUp.set(true);
        return new NotForFastPath();
    }

    /** The splitter refuses a bare LF in a file whose first line break is CRLF. */
    private static boolean lineEndingsAgree(byte headerBreak, Part[] parts) {
        byte first = headerBreak;
        boolean bareLf = false;
        for (Part part : parts) {
            if (first == NO_BREAK) {
                first = part.firstBreak;
            }
            bareLf |= part.bareLf;
        }
        return !(first == CRLF && bareLf);
    }

    /** Closes the gaps left by blank lines (rare), or hands the arrays over as they are. */
    private Result compact(double[] values, double[] weights, long[] firstRows, Part[] parts, List<String> names) {
        int rows = 0;
        for (Part part : parts) {
            rows += part.rows;
        }
        if (rows == 0) {
            return null;
        }
        if ((long) rows != firstRows[parts.length]) {
            int next = 0;
            for (int p = 0; p < parts.length; p++) {
                int first = (int) firstRows[p];
                System.arraycopy(values, first * dims, values, next * dims, parts[p].rows * dims);
                if (weights != null) {
                    System.arraycopy(weights, first, weights, next, parts[p].rows);
                }
                next += parts[p].rows;
            }
            values = Arrays.copyOf(values, rows * dims);
            weights = weights == null ? null : Arrays.copyOf(weights, rows);
        }
        List<String> features = new ArrayList<>(Arrays.asList(new String[dims]));
        for (int i = 0; i < width; i++) {
            if (slots[i] >= 0 && slots[i] < dims) {
                features.set(slots[i], names.get(i));
            }
        }
        return new Result(values, List.copyOf(features), weights);
    }

    private boolean isBlank(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = line[i] & 0xFF;
            if (c > ' ' || (!whitespace && c == delimiter)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceOrTab(byte c) {
        return c == ' ' || c == '\t';
    }

    /** The first {@code '\n'} in {@code bytes[from, to)}, looking at eight bytes at a time; -1 if none. */
    private static int nextNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = newlineBytes((long) LONGS.get(bytes, i));
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** 0x80 in each byte of {@code eight} that is {@code '\n'}, 0 in every other byte (exact, no carries). */
    private static long newlineBytes(long eight) {
        long x = eight ^ 0x0A0A0A0A0A0A0A0AL;
        long y = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
        return ~(y | x | 0x7F7F7F7F7F7F7F7FL);
    }

    private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = 0;
        while (read < length) {
            int n = channel.read(ByteBuffer.wrap(bytes, read, length - read), position + read);
            if (n < 0) {
                return Arrays.copyOf(bytes, read);
            }
            read += n;
        }
        return bytes;
    }

    /** Reads exactly {@code length} bytes at {@code position} (the file does not shrink while read). */
    private static int read(FileChannel channel, byte[] buffer, int offset, int length, long position)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position() - offset) < 0) {
                throw new IOException("the file became shorter while it was read");
            }
        }
        return length;
    }

    /**
     * Every task's result, in order. All tasks are waited for, so none is still reading when the
     * channel closes; the first failure is then rethrown.
     */
    private static <T> List<T> getAll(List<Future<T>> futures) throws IOException, NotForFastPath {
        List<T> results = new ArrayList<>();
        Throwable failure = null;
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IOException("interrupted while reading", e);
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            }
        }
        switch (failure) {
            case null -> {
                return results;
            }
            case NotForFastPath notForFastPath -> throw notForFastPath;
            case IOException io -> throw io;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new IllegalStateException(failure);
        }
    }
}
