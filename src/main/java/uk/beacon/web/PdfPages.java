package uk.beacon.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.beacon.changes.DataArea;

/**
 * A page as a tagged PDF (PDF/UA) to download: its own template, a standalone XHTML
 * document, written from the same model as the page and rendered by {@link PdfDocuments},
 * the renderer of the cabinet report. Like the page, the PDF is kept as made for one
 * version of the data, one day and one audience ({@link RenderedPages}): the week before
 * Cabinet, the hundredth download costs nothing.
 */
@Component
public class PdfPages {

	private final RenderedPages pages;

	private final ThymeleafViewResolver views;

	private final PdfDocuments pdfs;

	private final String css;

	PdfPages(RenderedPages pages, ThymeleafViewResolver views, PdfDocuments pdfs) {
		this.pages = pages;
		this.views = views;
		this.pdfs = pdfs;
		try (java.io.InputStream in = PdfPages.class.getResourceAsStream("/static/css/cabinet-report.css")) {
			this.css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new IllegalStateException("The stylesheet of PDFs is missing from the application", ex);
		}
	}

	/**
	 * Sends the PDF from what is kept, or makes it and keeps it.
	 * @param request the request
	 * @param address what names the PDF: its path and the parameters its handler reads,
	 * as it reads them, so that a parameter it ignores (as anyone may add) does not make
	 * it again
	 * @param audience everything about the viewer that changes the content, as for the
	 * page
	 * @param document fills the model, with a {@code title} that names the file, and
	 * returns the document template's name; it throws to refuse, as the page does. The
	 * document embeds the stylesheet of PDFs, the cabinet report's, given it as
	 * {@code pdfCss}.
	 * @return the PDF, as an attachment
	 */
	public ResponseEntity<byte[]> pdf(HttpServletRequest request, HttpServletResponse response, Model model,
			String address, String audience, Supplier<String> document) {
		RenderedPages.Kept kept = this.pages.kept(this.pages.key(address, audience, DataArea.ALL), () -> {
			String name = document.get();
			model.addAttribute("pdfCss", this.css);
			String title = String.valueOf(model.getAttribute("title"));
			String xhtml;
			try {
				xhtml = KeptPageView.written(this.views, name, model.asMap(), request, new NotAPage(response));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not write the PDF of " + title, ex);
			}
			// a refusal (no memory to spare for it just now) reaches the person as it is
			return new RenderedPages.Kept(fileName(title), this.pdfs.render(xhtml), null, null, null);
		});
		if (kept == null) {
			// made by someone else at the same time, who failed: make it here
			return pdf(request, response, model, address, audience, document);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(kept.title()).build().toString())
			.body(kept.content());
	}

	/**
	 * The response as the document's template sees it: the template's locale and
	 * character set are the page's, not the PDF's ("application/pdf;charset=UTF-8").
	 */
	private static final class NotAPage extends jakarta.servlet.http.HttpServletResponseWrapper {

		NotAPage(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(java.util.Locale locale) {
			// the PDF says its language itself
		}

		@Override
		public void setCharacterEncoding(String charset) {
			// a PDF is not text
		}

		@Override
		public void setContentType(String type) {
			// the PDF's is set when it is sent
		}

	}

	/**
	 * "Cabinet Balanced Scorecard, Q2 2019/20" gives "Cabinet Balanced Scorecard Q2
	 * 2019-20.pdf".
	 */
	static String fileName(String title) {
		return title.replace(",", "").replaceAll("[^A-Za-z0-9 ()-]+", "-").strip() + ".pdf";
	}

}
