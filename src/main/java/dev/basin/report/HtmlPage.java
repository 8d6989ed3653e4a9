package dev.basin.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The page machinery every Basin HTML page shares: the style sheet, the head, tables, figures with
 * inlined PNG charts, lists and preformatted text, and escaping. Pages built with it are self-contained
 * (charts as PNG data, styles inline, no script, no external resource) and well-formed XML (void elements
 * closed), so any XML parser can check them. {@link HtmlReport} lays out a sweep's report with it; other
 * pages ({@link LandscapeReport}) chain its methods:
 *
 * <pre>{@code
 * String html = new HtmlPage("Basin landscape: ...").heading(1, null, "...").paragraph("headline", "...")
 *         .table(header, rows).finish();
 * }</pre>
 */
public final class HtmlPage {
    /** The style sheet of every page. */
    static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; color: #1d1d1f; line-height: 1.5;
                   font-size: 17px; background: #fff; }
            h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.4rem; margin-top: 2.4rem; border-bottom: 2px solid #e5e5ea; padding-bottom: 0.2rem; }
            h3 { font-size: 1.15rem; margin: 1.6rem 0 0.3rem; }
            .headline { font-size: 1.35rem; font-weight: 600; background: #f2f7ff; border-left: 6px solid #0072b2;
                        padding: 0.8rem 1rem; margin: 1rem 0; }
            .verdict li { margin: 0.2rem 0; }
            table { border-collapse: collapse; margin: 0.8rem 0; font-variant-numeric: tabular-nums; font-size: 0.95rem; }
            th, td { padding: 0.3rem 0.7rem; border-bottom: 1px solid #e5e5ea; text-align: right; }
            th { background: #f5f5f7; }
            th:first-child, td:first-child { text-align: left; }
            figure { margin: 1rem 0 2rem; }
            figure img { max-width: 100%; height: auto; border: 1px solid #e5e5ea; }
            .row { display: flex; gap: 0.6rem; flex-wrap: wrap; }
            .row img { flex: 1 1 0; min-width: 300px; max-width: 100%; }
            figcaption { color: #3a3a3c; margin-top: 0.4rem; }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9rem; }
            pre { background: #f5f5f7; padding: 0.7rem 1rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
            .small { color: #6e6e73; font-size: 0.9rem; }
            nav a { margin-right: 1rem; }
            """;

    private final StringBuilder html = new StringBuilder(1 << 16);

    /**
     * Starts a page: the document head with {@code title}, and the opened body.
     *
     * @param title the text of the {@code <title>} element (the browser tab)
     */
    public HtmlPage(String title) {
        head(html, title);
    }

    /** A heading {@code <h level>} with an optional id (null for none). */
    public HtmlPage heading(int level, String id, String text) {
        html.append("<h").append(level);
        if (id != null) {
            html.append(" id=\"").append(escape(id)).append('"');
        }
        html.append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    /** A paragraph with an optional CSS class ({@code headline}, {@code small}) and id (null for none). */
    public HtmlPage paragraph(String cssClass, String id, String text) {
        html.append("<p");
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        if (id != null) {
            html.append(" id=\"").append(escape(id)).append('"');
        }
        html.append('>').append(escape(text)).append("</p>\n");
        return this;
    }

    /** A bar of links to sections of the page, by id, with their labels. */
    public HtmlPage nav(Map<String, String> labelsById) {
        html.append("<nav class=\"small\">");
        labelsById.forEach((id, label) -> html.append("<a href=\"#").append(escape(id)).append("\">")
                .append(escape(label)).append("</a>"));
        html.append("</nav>\n");
        return this;
    }

    /** A bulleted list with an optional CSS class (null for none). */
    public HtmlPage list(String cssClass, List<String> items) {
        html.append(cssClass == null ? "<ul>\n" : "<ul class=\"" + cssClass + "\">\n");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
        html.append("</ul>\n");
        return this;
    }

    /** A table: a header row, then the rows; the first column is left-aligned, the others right-aligned. */
    public HtmlPage table(List<String> header, List<List<String>> rows) {
        table(html, header, rows);
        return this;
    }

    /** A figure: its heading, its images side by side, and its caption with links to the SVG versions. */
    public HtmlPage figure(ReportContent.Figure figure) {
        figure(html, figure);
        return this;
    }

    /** Preformatted text, e.g. a command to copy. */
    public HtmlPage pre(String text) {
        html.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** A list of the files next to the page, each linked, with what it holds. */
    public HtmlPage files(Map<String, String> whatByName) {
        html.append("<ul>\n");
        whatByName.forEach((name, what) -> html.append("<li><a href=\"").append(escape(name)).append("\"><code>")
                .append(escape(name)).append("</code></a>: ").append(escape(what)).append("</li>\n"));
        html.append("</ul>\n");
        return this;
    }

    /** Closes the page. */
    public String finish() {
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Appends the document's head, with its title and the style sheet, and opens the body. */
    static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
        html.append("<table>\n<thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    static void figure(StringBuilder html, ReportContent.Figure figure) {
        html.append("<figure>\n<h3>").append(escape(figure.title())).append("</h3>\n<div class=\"row\">\n");
        for (ReportContent.Image image : figure.images()) {
            html.append("<img alt=\"").append(escape(image.alt())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(image.png())).append("\"/>\n");
        }
        html.append("</div>\n<figcaption>").append(escape(figure.caption()));
        for (ReportContent.Image image : figure.images()) {
            if (image.svgFile() != null) {
                html.append(" <a class=\"small\" href=\"").append(escape(image.svgFile())).append("\">SVG</a>");
            }
        }
        html.append("</figcaption>\n</figure>\n");
    }

    /**
     * Text made safe for HTML content and attribute values.
     *
     * @param text any text
     * @return the text with {@code < > & " '} replaced by character references
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
