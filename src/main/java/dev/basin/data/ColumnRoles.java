package dev.basin.data;

import dev.basin.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which column of a CSV file plays which part: the features (in the order they will have in the
 * dataset), the reference label and the row weights; and which columns were left out, with the notices
 * that tell the user so. Choosing refuses names that do not exist, a column given two parts, and
 * feature or weight columns whose values cannot be used, naming the first bad value and its line.
 *
 * @param features       the feature columns, in dataset order
 * @param label          the label column, or null
 * @param weight         the weight column, or null
 * @param skippedColumns columns left out because they hold no numbers
 * @param notices        one-line remarks about what was left out
 */
record ColumnRoles(List<ColumnProfile> features, ColumnProfile label, ColumnProfile weight,
                   List<String> skippedColumns, List<String> notices) {

    ColumnRoles {
        features = List.copyOf(features);
        skippedColumns = List.copyOf(skippedColumns);
        notices = List.copyOf(notices);
    }

    /** Every column the dataset takes values from: features, then weight and label if any. */
    List<ColumnProfile> used() {
        List<ColumnProfile> used = new ArrayList<>(features);
        if (weight != null) {
            used.add(weight);
        }
        if (label != null) {
            used.add(label);
        }
        return used;
    }

    /** Assigns the parts as {@code options} ask, checking the values each part needs. */
    static ColumnRoles choose(CsvProfile profile, CsvOptions options) {
        String file = profile.fileName();
        ColumnProfile label = named(profile, options.labelColumn(), "label column");
        ColumnProfile weight = named(profile, options.weightColumn(), "weight column");
        if (label != null && label == weight) {
            throw new InvalidInputException(file + ": column " + MessageText.quote(label.name())
                    + " is given as both the label column and the weight column; a column can play one part only");
        }
        List<ColumnProfile> features = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        if (options.columns().isEmpty()) {
            chooseAllNumeric(profile, label, weight, features, skipped, notices);
        } else {
            for (String name : options.columns()) {
                ColumnProfile column = named(profile, name, "column");
                if (column == label || column == weight) {
                    throw new InvalidInputException(file + ": column " + MessageText.quote(name)
                            + " is given both in --columns and as the "
                            + (column == label ? "label" : "weight") + " column; a column can play one part only");
                }
                if (column.firstText() != null) {
                    throw notANumber(file, column, "value", "choose numeric columns with --columns");
                }
                features.add(column);
            }
        }
        for (ColumnProfile feature : features) {
            requireFinite(file, feature, "value");
        }
        if (weight != null) {
            if (weight.firstText() != null) {
                throw notANumber(file, weight, "weight", "weights must be numbers, 0 or more");
            }
            requireFinite(file, weight, "weight");
            ColumnProfile.Sighting negative = weight.firstNegative();
            if (negative != null) {
                throw new InvalidInputException(where(file, negative.line(), weight) + "weight "
                        + MessageText.quote(negative.value()) + " is negative; weights must be numbers, 0 or more");
            }
        }
        return new ColumnRoles(features, label, weight, skipped, notices);
    }

    private static void chooseAllNumeric(CsvProfile profile, ColumnProfile label, ColumnProfile weight,
                                         List<ColumnProfile> features, List<String> skipped,
                                         List<String> notices) {
        List<String> unnamed = new ArrayList<>();
        List<String> textual = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (ColumnProfile column : profile.columns()) {
            if (column == label || column == weight) {
                continue;
            }
            if (column.name().isEmpty()) {
                unnamed.add(String.valueOf(column.position() + 1));
            } else if (column.isNumeric()) {
                features.add(column);
            } else if (column.isEmpty()) {
                empty.add(column.name());
            } else {
                textual.add(column.name());
            }
        }
        if (features.isEmpty()) {
            throw new InvalidInputException(profile.fileName() + ": no numeric column to cluster"
                    + (textual.isEmpty() ? "" : "; these hold text: " + MessageText.names(textual))
                    + (empty.isEmpty() ? "" : "; these are empty: " + MessageText.names(empty))
                    + "; check the delimiter (the file was split at each "
                    + CsvProfile.describe(profile.delimiter()) + ") or give a file with numeric columns");
        }
        if (!textual.isEmpty()) {
            notices.add("left out non-numeric columns: " + MessageText.names(textual)
                    + " (a column of class names can be compared with the clusters: --label-column)");
        }
        if (!empty.isEmpty()) {
            notices.add("left out columns without values: " + MessageText.names(empty));
        }
        if (!unnamed.isEmpty()) {
            // A column without a name is most often a row index written by a data-frame library.
            notices.add("left out unnamed " + (unnamed.size() == 1 ? "column " : "columns ")
                    + String.join(", ", unnamed) + (unnamed.size() == 1 ? " (give it" : " (give them")
                    + " a name in the header to use " + (unnamed.size() == 1 ? "it)" : "them)"));
        }
        skipped.addAll(textual);
        skipped.addAll(empty);
    }

    private static ColumnProfile named(CsvProfile profile, String name, String part) {
        if (name == null) {
            return null;
        }
        ColumnProfile column = profile.column(name);
        if (column == null) {
            String from = part.equals("column") ? " (from --columns)" : "";
            throw new InvalidInputException(profile.fileName() + ": " + part + " " + MessageText.quote(name) + from
                    + " does not exist; the columns are: " + MessageText.names(profile.names()));
        }
        return column;
    }

    private static void requireFinite(String file, ColumnProfile column, String what) {
        ColumnProfile.Sighting infinite = column.firstNotFinite();
        if (infinite != null) {
            throw new InvalidInputException(where(file, infinite.line(), column) + what + " "
                    + MessageText.quote(infinite.value()) + " is not finite; Basin needs finite numbers, "
                    + "so correct or remove it");
        }
    }

    private static InvalidInputException notANumber(String file, ColumnProfile column, String what, String todo) {
        ColumnProfile.Sighting text = column.firstText();
        return new InvalidInputException(where(file, text.line(), column) + what + " "
                + MessageText.quote(text.value()) + " is not a number; " + todo);
    }

    /** The start of a message about one value: {@code file, line 12, column 'x': }. */
    static String where(String file, int line, ColumnProfile column) {
        return file + ", line " + line + ", column " + MessageText.quote(column.name()) + ": ";
    }
}
