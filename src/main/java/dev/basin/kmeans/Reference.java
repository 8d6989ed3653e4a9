package dev.basin.kmeans;

/**
 * A publication a method follows. Initializers and variants carry their references as data, so reports
 * can list them in a methods section.
 *
 * @param authors the authors as cited, for example "S. P. Lloyd"
 * @param year    year of publication
 * @param title   the publication's title, without a final period
 * @param venue   journal or proceedings, with volume and pages when known, without a final period
 */
public record Reference(String authors, int year, String title, String venue) {
    /**
     * The reference as one line of text.
     *
     * @return "Authors (year). Title. Venue."
     */
    public String citation() {
        return authors + " (" + year + "). " + title + ". " + venue + ".";
    }
}
