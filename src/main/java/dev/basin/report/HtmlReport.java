package dev.basin.report;

import java.util.List;

/**
 * Lays out a {@link ReportContent} as one self-contained HTML page: charts inlined as PNG data, styles
 * inline, no script and no external resource, so the file can be mailed, opened offline or projected.
 * The markup is also well-formed XML (void elements closed), so any XML parser can check it. The page
 * machinery (head, style, tables, figures, escaping) is {@link HtmlPage}'s.
 */
public final class HtmlReport {
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
        HtmlPage.head(html, "Basin report: " + content.title());
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
            HtmlPage.figure(html, figure);
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
        HtmlPage.table(html, header, rows);
    }

    /** Text made safe for HTML content and attribute values. */
    static String escape(String text) {
        return HtmlPage.escape(text);
    }

    /** For tests: the section ids every report has. */
    public static final List<String> SECTIONS = List.of("headline", "summary", "charts", "basins", "reproduce",
            "methods", "provenance");
}
