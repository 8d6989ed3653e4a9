package dev.basin.report;

import java.util.Base64;
import java.util.List;

/**
 * Lays out a {@link ReportContent} as one self-contained HTML page: charts inlined as PNG data, styles
 * inline, no script and no external resource, so the file can be mailed, opened offline or projected.
 * The markup is also well-formed XML (void elements closed), so any XML parser can check it.
 */
public final class HtmlReport {
    private static final String STYLE = """
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

    private HtmlReport() {
    }

    /**
     * The report page.
     *
     * @param content everything the page shows, already worded and formatted (text is escaped here)
     * @return a complete HTML document, to be written as {@code index.html}
     */
    public static String render(ReportContent content) {
        return render(content, List.of());
    }

    /**
     * The report page with extra sections after the basin table.
     *
     * @param content  everything the page shows, already worded and formatted (text is escaped here)
     * @param sections extra sections, in order (each also linked from the navigation bar)
     * @return a complete HTML document, to be written as {@code index.html}
     */
    public static String render(ReportContent content, List<ReportSection> sections) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Basin report: ").append(escape(content.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(content.title())).append("</h1>\n");
        html.append("<p class=\"small\">A Basin report: K-means run once per seed, to show which local optima")
                .append(" (basins) the seeds land in and how often.</p>\n");
        html.append("<nav class=\"small\"><a href=\"#summary\">Summary</a><a href=\"#charts\">Charts</a>")
                .append("<a href=\"#basins\">Basins</a>");
        sections.forEach(s -> html.append("<a href=\"#").append(escape(s.id())).append("\">").append(escape(s.navLabel()))
                .append("</a>"));
        html.append("<a href=\"#reproduce\">Reproduce</a>")
                .append("<a href=\"#methods\">Methods</a><a href=\"#provenance\">Provenance</a></nav>\n");
        html.append("<p class=\"headline\" id=\"headline\">").append(escape(content.headline())).append("</p>\n");
        html.append("<ul class=\"verdict\">\n");
        content.verdict().forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
        html.append("</ul>\n");

        html.append("<h2 id=\"summary\">Summary by initializer</h2>\n");
        table(html, content.summaryHeader(), content.summaryRows());
        html.append("<p class=\"small\">reach best: share of seeds whose run ended in basin 1 (the best partition found);")
                .append(" CI = 0: share whose centers put every cluster where the best run has it;")
                .append(" restarts for 95%: the n_init that reaches basin 1 with 95% probability.</p>\n");

        html.append("<h2 id=\"charts\">Charts</h2>\n");
        figures(html, content.figures());

        html.append("<h2 id=\"basins\">Basins (distinct final partitions), best first</h2>\n");
        table(html, content.basinHeader(), content.basinRows());
        if (content.basinsNotShown() > 0) {
            html.append("<p class=\"small\">").append(content.basinsNotShown())
                    .append(" more basins are listed in basins.csv.</p>\n");
        }
        html.append("<p class=\"small\">gap: inertia above the best, in percent. CI: Centroid Index to the best basin's")
                .append(" centers (0: every cluster in the same place; c: c clusters missing and c doubled).</p>\n");

        sections.forEach(section -> section(html, section));

        html.append("<h2 id=\"reproduce\">Reproduce</h2>\n");
        for (ReportContent.Replay replay : content.replays()) {
            html.append("<p>").append(escape(replay.what())).append(":</p>\n<pre>").append(escape(replay.command()))
                    .append("</pre>\n");
        }
        html.append("<h2 id=\"methods\">Methods</h2>\n<ul>\n");
        content.methods().forEach(m -> html.append("<li>").append(escape(m)).append("</li>\n"));
        html.append("</ul>\n");
        html.append("<h3>Files next to this page</h3>\n<ul>\n");
        content.files().forEach((name, what) -> html.append("<li><a href=\"").append(escape(name)).append("\"><code>")
                .append(escape(name)).append("</code></a>: ").append(escape(what)).append("</li>\n"));
        html.append("</ul>\n");
        html.append("<h2 id=\"provenance\">Provenance</h2>\n<pre>").append(escape(Json.write(content.provenance())))
                .append("</pre>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void figures(StringBuilder html, List<ReportContent.Figure> figures) {
        for (ReportContent.Figure figure : figures) {
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
    }

    private static void section(StringBuilder html, ReportSection section) {
        html.append("<h2 id=\"").append(escape(section.id())).append("\">").append(escape(section.title())).append("</h2>\n");
        for (int i = 0; i < section.paragraphs().size(); i++) {
            html.append(i == 0 ? "<p class=\"headline\">" : "<p>").append(escape(section.paragraphs().get(i))).append("</p>\n");
        }
        if (!section.header().isEmpty()) {
            table(html, section.header(), section.rows());
        }
        if (section.notes() != null && !section.notes().isEmpty()) {
            html.append("<p class=\"small\">").append(escape(section.notes())).append("</p>\n");
        }
        figures(html, section.figures());
    }

    private static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
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

    /** Text made safe for HTML content and attribute values. */
    static String escape(String text) {
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

    /** For tests: the section ids every report has. */
    public static final List<String> SECTIONS = List.of("headline", "summary", "charts", "basins", "reproduce",
            "methods", "provenance");
}
