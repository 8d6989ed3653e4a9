package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.BitSet;
import java.util.List;

/**
 * Applies a {@link MissingPolicy} to the rows of a scanned CSV file. Only the columns the dataset uses
 * count: a missing value in a column that was left out is no reason to refuse or drop a row.
 */
final class MissingValues {
    private MissingValues() {
    }

    /**
     * The data rows (0-based) to leave out. Under {@link MissingPolicy#ERROR} there are none: the first
     * missing value is an error naming its line and column.
     */
    static BitSet rowsToDrop(CsvProfile profile, ColumnRoles roles, MissingPolicy policy) {
        List<ColumnProfile> used = roles.used();
        if (policy == MissingPolicy.ERROR) {
            ColumnProfile first = null;
            for (ColumnProfile column : used) {
                int row = column.firstMissingRow();
                if (row >= 0 && (first == null || row < first.firstMissingRow()
                        || row == first.firstMissingRow() && column.position() < first.position())) {
                    first = column;
                }
            }
            if (first != null) {
                throw new InvalidInputException(ColumnRoles.where(profile.fileName(), first.firstMissingLine(), first)
                        + "the value is missing; fill it in, or use --missing drop to drop such rows");
            }
            return new BitSet();
        }
        BitSet drop = new BitSet(profile.rows());
        for (ColumnProfile column : used) {
            drop.or(column.missingRows());
        }
        if (drop.cardinality() == profile.rows()) {
            throw new InvalidInputException(profile.fileName() + ": every row lacks a value in a used column ("
                    + MessageText.names(used.stream().map(ColumnProfile::name).toList())
                    + "); nothing is left to cluster");
        }
        return drop;
    }

    /** The notice for {@code dropped} rows, or null when none were dropped. */
    static String notice(int dropped) {
        if (dropped == 0) {
            return null;
        }
        return "dropped " + dropped + (dropped == 1 ? " row" : " rows") + " with missing values (--missing drop)";
    }
}
