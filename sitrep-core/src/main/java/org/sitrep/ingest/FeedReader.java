package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.sitrep.model.Report;

/**
 * Reads the items of an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome; one article per item.
 *
 * <p>Per item: title; link (else the item URI); published date, else updated date (HIGH confidence); body from
 * the full content if present, else the description, HTML cleaned like a page ({@link HtmlText}), images and
 * image enclosures into media; outlet from the item's {@code <source>}, else the feed title, else the author.
 * Items are named "{@code origin#n}" in outcomes. An item without text is skipped, the others still read.
 */
public final class FeedReader extends TextArticleReader {

    public FeedReader() {
        this(new InputGuard(), new ReportAssembler());
    }

    public FeedReader(InputGuard guard, ReportAssembler assembler) {
        super(guard, assembler);
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        if (Formats.hasExtension(name, Formats.FEED)) return true;
        return !Formats.knownExtension(name) && Formats.looksLikeFeed(Formats.head(head));
    }

    @Override
    protected List<IngestOutcome> readText(String text, SourceInfo source, List<String> warnings) {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(new StringReader(stripXmlDeclaration(text)));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new IngestOutcome.Skipped(source.origin(), "not a readable RSS/Atom feed (" + oneLine(e) + ")"));
        }
        List<IngestOutcome> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SourceInfo item = source.item("#" + (i + 1));
            try {
                out.add(assembler.finish(draft(feed, entries.get(i), warnings), item));
            } catch (RuntimeException e) {
                out.add(new IngestOutcome.Skipped(item.origin(), "unreadable feed item (" + oneLine(e) + ")"));
            }
        }
        if (out.isEmpty()) out.add(new IngestOutcome.Skipped(source.origin(), "feed has no items"));
        return out;
    }

    private static ArticleDraft draft(SyndFeed feed, SyndEntry e, List<String> warnings) {
        ArticleDraft.Builder d = ArticleDraft.builder("feed").warnings(warnings);
        d.title(e.getTitle() == null ? null : HtmlReader.fragment(e.getTitle()).paragraphs().stream().findFirst().orElse(null));
        d.url(e.getLink());
        if (e.getUri() != null && e.getUri().matches("(?i)https?://.*")) d.url(e.getUri());
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (when != null) d.metaDate(when.toInstant());
        String html = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html = c.getValue();
                break;
            }
        }
        if (html == null && e.getDescription() != null) html = e.getDescription().getValue();
        if (html != null) {
            HtmlText.Extracted x = HtmlReader.fragment(html);
            d.paragraphs(x.paragraphs());
            x.media().forEach(d::media);
        }
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/")) d.media(new Report.Media(enc.getUrl(), null));
        }
        if (e.getSource() != null) d.outlet(e.getSource().getTitle());
        d.outlet(feed.getTitle());
        d.outlet(e.getAuthor());
        return d.build();
    }

    /** The text is already decoded; a declared encoding would only confuse the XML parser. */
    private static String stripXmlDeclaration(String text) {
        return text.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
    }
}
