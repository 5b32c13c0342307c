package org.sitrep.report.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a {@link Sitrep} to PDF (A4) by laying out the {@link HtmlRenderer} page with openhtmltopdf; the inline SVG
 * map and chart are drawn as vectors with Batik. No network access: the page references no external resource.
 */
public final class PdfRenderer {
    private final HtmlRenderer html = new HtmlRenderer();

    /** Writes the PDF of {@code s} to {@code out}. */
    public void render(Sitrep s, OutputStream out) {
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withHtmlContent(html.render(s), null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of {@code s} as bytes. */
    public byte[] render(Sitrep s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(s, out);
        return out.toByteArray();
    }
}
