package dev.basin.data;

import dev.basin.InvalidInputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a CSV file's delimiter among comma, semicolon and tab by splitting the header and the first data
 * lines with each: the delimiter that gives every one of those lines the same number of fields, more than
 * one, wins; the most fields breaks a tie, then the order comma, semicolon, tab. When none of the three
 * splits every line consistently, runs of spaces and tabs ({@link CsvOptions#WHITESPACE}) are tried last
 * and win if they do. A file in which no candidate splits consistently gets the one that splits the
 * first line most (the scan then names the line that disagrees), and a single-column file gets the comma.
 *
 * <p>So {@code a;b} over {@code 1,5;2,5} (decimal commas) is semicolon-separated, and {@code name,x} over
 * {@code foo;bar,1} is comma-separated.
 */
final class DelimiterDetector {
    private static final char[] CANDIDATES = {',', ';', '\t'};
    /** Header plus this many data lines are looked at. */
    private static final int DATA_LINES = 20;

    private DelimiterDetector() {
    }

    /** The delimiter of {@code file}, which must exist and be readable. */
    static char detect(Path file) {
        char best = CANDIDATES[0];
        int bestFields = 1;
        boolean bestConsistent = false;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(file, candidate);
            if (counts.isEmpty() || counts.getFirst() < 2) {
                continue;
            }
            int fields = counts.getFirst();
            boolean consistent = counts.stream().allMatch(count -> count == fields);
            boolean better = consistent ? !bestConsistent || fields > bestFields
                    : !bestConsistent && fields > bestFields;
            if (better) {
                best = candidate;
                bestFields = fields;
                bestConsistent = consistent;
            }
        }
        if (!bestConsistent) {
            List<Integer> counts = fieldCounts(file, CsvOptions.WHITESPACE);
            if (!counts.isEmpty() && counts.getFirst() >= 2
                    && counts.stream().allMatch(count -> count.equals(counts.getFirst()))) {
                return CsvOptions.WHITESPACE;
            }
        }
        return best;
    }

    /** Fields per record of the first lines; empty when the candidate cannot split the file. */
    private static List<Integer> fieldCounts(Path file, char candidate) {
        List<Integer> counts = new ArrayList<>();
        CsvSplitter.Visitor counter = new CsvSplitter.Visitor() {
            @Override
            public void field(int index, char[] text, int length, boolean quoted, int line) {
            }

            @Override
            public boolean endRecord(int fieldCount, int line) {
                counts.add(fieldCount);
                return counts.size() <= DATA_LINES;
            }
        };
        try (Reader reader = CsvFiles.openText(file, candidate)) {
            CsvSplitter.split(reader, CsvFiles.splitChar(candidate), file.toString(), counter);
        } catch (InvalidInputException e) {
            // Quoting that is wrong for this candidate (text after a closing quote, say) rules it out;
            // a fault of the file itself is reported by the full scan.
            return List.of();
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return counts;
    }
}
