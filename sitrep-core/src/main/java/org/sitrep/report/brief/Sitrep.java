package org.sitrep.report.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.fuse.control.ControlService;

/**
 * A daily situation report, built from stored events by {@link SitrepBuilder} and rendered by
 * {@link MarkdownRenderer}, {@link HtmlRenderer} or {@link PdfRenderer}. Every number and status in its text comes
 * from the data; every statement carries citation numbers into {@link #citations()}.
 *
 * @param date       the day reported on
 * @param from       first day of the window (date - window + 1)
 * @param cutoff     information cutoff: only reports published at or before it are used
 * @param summary    counts over the window
 * @param takeaways  5-10 key takeaways, most significant first
 * @param changes    what changed since the day before (control changes, new actors and places, new disputes)
 * @param control    state of control on {@code date} in the countries of the window's events
 * @param events     every event of the window
 * @param citations  numbered sources: outlet, title, date, URL and the quoted evidence sentence
 * @param mapSvg     the map (self-contained SVG)
 * @param chartSvg   events per day by type (self-contained SVG)
 * @param method     how statuses and takeaways were computed, for the reader
 */
public record Sitrep(LocalDate date, LocalDate from, Instant cutoff, Summary summary, List<Takeaway> takeaways,
                     List<Statement> changes, List<ControlService.PlaceState> control, List<EventRow> events,
                     List<Citation> citations, String mapSvg, String chartSvg, List<String> method) {
    public Sitrep {
        takeaways = List.copyOf(takeaways);
        changes = List.copyOf(changes);
        control = List.copyOf(control);
        events = List.copyOf(events);
        citations = List.copyOf(citations);
        method = List.copyOf(method);
    }

    /** Window counts: events, reports and distinct outlets behind them. */
    public record Summary(int events, int reports, int outlets, int controlChanges) {}

    /** A sentence with citation numbers. */
    public record Statement(String text, List<Integer> citations) {
        public Statement {
            citations = List.copyOf(citations);
        }
    }

    /**
     * A key takeaway.
     *
     * @param why     what made it significant ("control change", "corroborated by 3 outlets", ...)
     * @param eventId the event it is about
     */
    public record Takeaway(int rank, String text, List<Integer> citations, String why, String eventId, double score) {
        public Takeaway {
            citations = List.copyOf(citations);
        }
    }

    /** One event of the window, as listed in the events table. */
    public record EventRow(String eventId, String date, String type, String sentence, String place, String status,
                           String certainty, int outlets, List<Integer> citations) {
        public EventRow {
            citations = List.copyOf(citations);
        }
    }

    /**
     * A numbered source.
     *
     * @param contradicts the cited claim denies or contradicts the event
     */
    public record Citation(int number, String outlet, String title, String url, String published, String reportId,
                           String claimId, String quote, boolean contradicts) {}
}
