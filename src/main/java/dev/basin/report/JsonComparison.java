package dev.basin.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two parsed JSON documents (as {@link JsonReader} returns them) and names the first place they
 * differ by its path, such as {@code initializers[0].best_inertia}. Keys in the ignored set are skipped
 * wherever they occur. Numbers are equal only when they are the same type with the same bits: a recorded
 * {@code 78.85} and a re-run {@code 78.850000000000001} differ.
 */
final class JsonComparison {
    private static final String ABSENT = "(absent)";

    private JsonComparison() {
    }

    /** The first difference, objects compared key by key in the recorded order, then the re-run's extra keys. */
    static Optional<OutputDifference> firstDifference(String file, Object recorded, Object rerun,
                                                      Set<String> ignoredKeys) {
        return compare(file, "", recorded, rerun, ignoredKeys);
    }

    private static Optional<OutputDifference> compare(String file, String path, Object a, Object b,
                                                      Set<String> ignoredKeys) {
        if (a instanceof Map<?, ?> mapA && b instanceof Map<?, ?> mapB) {
            for (Map.Entry<?, ?> entry : mapA.entrySet()) {
                String key = (String) entry.getKey();
                if (ignoredKeys.contains(key)) {
                    continue;
                }
                String child = path.isEmpty() ? key : path + "." + key;
                if (!mapB.containsKey(key)) {
                    return Optional.of(new OutputDifference(file, child, shown(entry.getValue()), ABSENT));
                }
                Optional<OutputDifference> difference = compare(file, child, entry.getValue(), mapB.get(key),
                        ignoredKeys);
                if (difference.isPresent()) {
                    return difference;
                }
            }
            for (Map.Entry<?, ?> entry : mapB.entrySet()) {
                String key = (String) entry.getKey();
                if (!ignoredKeys.contains(key) && !mapA.containsKey(key)) {
                    return Optional.of(new OutputDifference(file, path.isEmpty() ? key : path + "." + key, ABSENT,
                            shown(entry.getValue())));
                }
            }
            return Optional.empty();
        }
        if (a instanceof List<?> listA && b instanceof List<?> listB) {
            for (int i = 0; i < Math.max(listA.size(), listB.size()); i++) {
                String child = path + "[" + i + "]";
                if (i >= listA.size() || i >= listB.size()) {
                    return Optional.of(new OutputDifference(file, child,
                            i < listA.size() ? shown(listA.get(i)) : ABSENT,
                            i < listB.size() ? shown(listB.get(i)) : ABSENT));
                }
                Optional<OutputDifference> difference = compare(file, child, listA.get(i), listB.get(i), ignoredKeys);
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        // Double.equals compares bits, which is what "reproduced" means here (it even tells 0.0 from -0.0)
        if (Objects.equals(a, b)) {
            return Optional.empty();
        }
        return Optional.of(new OutputDifference(file, path.isEmpty() ? "(the whole document)" : path, shown(a),
                shown(b)));
    }

    /** A value as JSON text, with objects and lists summarized so the message stays one line. */
    private static String shown(Object value) {
        return switch (value) {
            case Map<?, ?> map -> "an object of " + map.size() + (map.size() == 1 ? " key" : " keys");
            case List<?> list -> "a list of " + list.size() + (list.size() == 1 ? " value" : " values");
            case null -> "null";
            default -> Json.write(value).strip();
        };
    }
}
