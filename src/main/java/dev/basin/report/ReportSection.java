package dev.basin.report;

import java.util.List;

/**
 * An extra section of the HTML report, placed after the basin table: for example the elbow study that
 * {@code basin report --k-range} adds. Already worded and formatted; {@link HtmlReport} escapes and lays it out.
 *
 * @param id         the section's anchor, unique in the page (also its link in the navigation bar)
 * @param navLabel   the navigation bar's word for it
 * @param title      heading
 * @param paragraphs plain sentences shown first, the first one as the section's key finding
 * @param header     column names of its table (empty: no table)
 * @param rows       the table's rows
 * @param notes      small print under the table: what the columns mean
 * @param figures    charts, in reading order
 */
public record ReportSection(String id, String navLabel, String title, List<String> paragraphs, List<String> header,
                            List<List<String>> rows, String notes, List<ReportContent.Figure> figures) {
}
