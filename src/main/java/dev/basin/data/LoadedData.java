package dev.basin.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A dataset as read from a CSV file, with what provenance needs to name the input and what the user
 * should be told about how it was read.
 *
 * @param dataset        the rows that were kept, with their features, weights and labels
 * @param source         the file that was read
 * @param sha256         SHA-256 of the file's bytes, lowercase hex
 * @param delimiter      the field delimiter that was used (given or detected)
 * @param notices        one-line remarks for the user, e.g. which columns were left out and why
 * @param droppedRows    how many data rows were left out for missing values
 * @param skippedColumns columns left out of the features because they hold no numbers
 */
public record LoadedData(Dataset dataset, Path source, String sha256, char delimiter, List<String> notices,
                         int droppedRows, List<String> skippedColumns) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists.
     *
     * @param dataset        the rows that were kept, not {@code null}
     * @param source         the file that was read, not {@code null}
     * @param sha256         SHA-256 of the file's bytes, lowercase hex, not {@code null}
     * @param delimiter      the field delimiter that was used
     * @param notices        one-line remarks for the user
     * @param droppedRows    how many data rows were left out for missing values, not negative
     * @param skippedColumns columns left out of the features because they hold no numbers
     */
    public LoadedData {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        notices = List.copyOf(notices);
        skippedColumns = List.copyOf(skippedColumns);
        if (droppedRows < 0) {
            throw new IllegalArgumentException("droppedRows < 0");
        }
    }
}
