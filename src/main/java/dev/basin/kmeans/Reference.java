package dev.basin.kmeans;

/**
 * A publication a method follows. Initializers and variants carry their references as data, so reports
 * can list them in a methods section.
 */
public record Reference(String authors, int year, String title, String venue) {
    /** "Authors (year). Title. Venue." */
    public String citation() {
        return authors + " (" + year + "). " + title + ". " + venue + ".";
    }
}
