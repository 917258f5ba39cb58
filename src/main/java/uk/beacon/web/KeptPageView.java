package uk.beacon.web;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes a page kept by {@link RenderedPages}: the layout (header, navigation, the
 * sign-out form's token) rendered afresh for this request, with the kept content, already
 * UTF-8 and already compressed, written into it as it is. A content of a megabyte is not
 * encoded or compressed again for every request ({@link Gzip}).
 */
@Component(RenderedPages.KEPT_PAGE)
class KeptPageView implements View {

	/** The model attribute holding the kept content ({@link RenderedPages.Kept}). */
	static final String CONTENT = "keptContent";

	private static final String LAYOUT = "kept-page";

	// where the content goes in the rendered layout: nothing a page could contain
	private static final String MARKER = "<!-- kept content " + UUID.randomUUID() + " -->";

	private final ThymeleafViewResolver views;

	KeptPageView(ThymeleafViewResolver views) {
		this.views = views;
	}

	@Override
	public String getContentType() {
		return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		RenderedPages.Kept content = (RenderedPages.Kept) model.get(CONTENT);
		Map<String, Object> layoutModel = new HashMap<>(model);
		layoutModel.put(CONTENT, MARKER);
		String page = written(this.views, LAYOUT, layoutModel, request, response);
		int at = page.indexOf(MARKER);
		byte[] before = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = page.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
		response.setContentType(getContentType());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		OutputStream out = response.getOutputStream();
		if (Gzip.accepted(request)) {
			byte[] compressed = Gzip.page(before, content.content(), content.piece(), after);
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(compressed.length);
			out.write(compressed);
		}
		else {
			response.setContentLength(before.length + content.content().length + after.length);
			out.write(before);
			out.write(content.content());
			out.write(after);
		}
	}

	/**
	 * @return what the named view writes, as text, the real response left untouched
	 */
	static String written(ThymeleafViewResolver views, String name, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		StringWriter written = new StringWriter(64 * 1024);
		views.resolveViewName(name, RequestContextUtils.getLocale(request))
			.render(model, request, new Capture(response, written));
		return written.toString();
	}

	/** Takes what a view writes, leaving the real response untouched. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Capture(HttpServletResponse response, StringWriter content) {
			super(response);
			this.writer = new PrintWriter(content);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A page is captured as characters");
		}

		@Override
		public void setContentType(String type) {
			// the page around it sets it
		}

		@Override
		public void setCharacterEncoding(String charset) {
			// the page around it sets it
		}

		@Override
		public void setContentLength(int length) {
			// the page around it sets it
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

	}

}
