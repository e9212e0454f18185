package cn.gov.yongzhou.qingfeng.documents;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lays a {@link Sheet} out as a PDF page by page in the format of GB/T 9704-2012: the Qute template
 * {@code documents/gongwen.html} is XHTML with the standard's geometry in CSS (A4, 天头 37 mm, 订口 28 mm, 版心
 * 156 × 225 mm, 3号 仿宋 body on 22 lines of 28 characters, 2号 title), and openhtmltopdf draws it over PDFBox with
 * the two Fandol faces embedded as subsets. The 版记 belongs at the foot of the last page, which CSS cannot ask for:
 * a first pass finds where it lands, a second puts the space above it that takes it down to the 版心's lower edge.
 */
@ApplicationScoped
public class GongwenRenderer {

    @CheckedTemplate(basePath = "documents")
    static class Templates {
        static native TemplateInstance gongwen(Sheet sheet, String spacer);
    }

    static final String BODY_FONT = "FandolFang";
    static final String TITLE_FONT = "FandolSong";
    /** The bottom margin: 297 mm − 37 mm − 225 mm. */
    private static final float BOTTOM_MARGIN_PT = 35f / 25.4f * 72f;

    private final byte[] bodyFont = resource("/documents/fonts/FandolFang-Regular.ttf");
    private final byte[] titleFont = resource("/documents/fonts/FandolSong-Bold.ttf");

    public byte[] render(Sheet sheet) {
        float spacer = 0;
        for (int pass = 0; pass < 2; pass++) {
            String html = Templates.gongwen(sheet, String.format(Locale.ROOT, "%.2f", spacer)).render();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(bodyFont), BODY_FONT);
            builder.useFont(() -> new ByteArrayInputStream(titleFont), TITLE_FONT);
            builder.withHtmlContent(html, null);
            builder.withProducer("Qingfeng");
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                if (pass == 1) {
                    renderer.createPDF();
                    return out.toByteArray();
                }
                renderer.createPDFWithoutClosing();
                List<PagePosition<com.openhtmltopdf.render.Box>> record = renderer
                        .findPagePositionsByID(Pattern.compile("record"));
                // y is the lower edge of the 版记 above the page's foot; half a point less, so rounding never
                // pushes it onto a new page
                float y = record.get(record.size() - 1).getY();
                spacer = Math.max(0, y - BOTTOM_MARGIN_PT - 0.5f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static byte[] resource(String path) {
        try (InputStream in = GongwenRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
