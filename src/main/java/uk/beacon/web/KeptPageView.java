package uk.beacon.web;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes a page kept by {@link RenderedPages}: the layout (header, navigation, the
 * sign-out form's token) around the kept content, which is written, already UTF-8 and
 * already compressed, as it is. A content of a megabyte is not encoded or compressed
 * again for every request ({@link Gzip}).
 * <p>
 * The layout is kept too, rendered once for each page title and each header the person
 * asking is shown ({@link PageHeader}: who is signed in and the links their roles allow,
 * read afresh for every request), with the sign-out form's token, which is the request's
 * own, written into it for each request. Rendering the layout was a third of the time a
 * kept page took. A page showing the mistakes of a form has its layout rendered afresh.
 */
@Component(RenderedPages.KEPT_PAGE)
class KeptPageView implements View {

	/** The model attribute holding the kept content ({@link RenderedPages.Kept}). */
	static final String CONTENT = "keptContent";

	private static final String LAYOUT = "kept-page";

	// where the content goes in the rendered layout: nothing a page could contain
	private static final String MARKER = "<!-- kept content " + UUID.randomUUID() + " -->";

	// where the request's own CSRF token goes in a kept layout: nothing a person could be
	// called, nor a token
	private static final String TOKEN = "kept-token-" + UUID.randomUUID();

	private final ThymeleafViewResolver views;

	private final PageHeader header;

	private final Cache<LayoutKey, Layout> layouts;

	KeptPageView(ThymeleafViewResolver views, PageHeader header,
			@Value("${beacon.rendered-pages.layout-megabytes:4}") long maxMegabytes) {
		this.views = views;
		this.header = header;
		this.layouts = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((LayoutKey key, Layout layout) -> layout.weight())
			.build();
	}

	@Override
	public String getContentType() {
		return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		RenderedPages.Kept content = (RenderedPages.Kept) model.get(CONTENT);
		Layout layout = layout(model, request, response);
		byte[] before = layout.before(request);
		byte[] after = layout.after();
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

	/** The layout for this request: kept, or rendered afresh when it cannot be. */
	private Layout layout(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, Object> layoutModel = new HashMap<>(model);
		layoutModel.put(CONTENT, MARKER);
		if (!(model.get("title") instanceof String title)
				|| (model.get(FormErrors.MODEL) instanceof FormErrors errors && errors.any())) {
			return Layout.of(written(this.views, LAYOUT, layoutModel, request, response), null);
		}
		LayoutKey key = new LayoutKey(title, this.header.shownFor());
		Layout kept = this.layouts.getIfPresent(key);
		if (kept == null) {
			kept = Layout.of(written(this.views, LAYOUT, layoutModel, new TokenLeftOut(request), response), TOKEN);
			this.layouts.put(key, kept);
		}
		if (kept.afterToken() != null && request.getAttribute(CsrfToken.class.getName()) == null) {
			// a form to sign out, and no token to put in it: as the layout itself would
			return Layout.of(written(this.views, LAYOUT, layoutModel, request, response), null);
		}
		return kept;
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

	private record LayoutKey(String title, String shownFor) {
	}

	/**
	 * A rendered layout as UTF-8: what comes before the content, cut where the request's
	 * CSRF token goes when it has one, and what comes after.
	 */
	private record Layout(byte[] beforeToken, byte[] afterToken, byte[] after) {

		static Layout of(String page, String token) {
			int at = page.indexOf(MARKER);
			String before = page.substring(0, at);
			byte[] after = page.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
			int tokenAt = (token != null) ? before.indexOf(token) : -1;
			if (token != null
					&& ((tokenAt != -1 && before.indexOf(token, tokenAt + 1) != -1) || page.indexOf(token, at) != -1)) {
				throw new IllegalStateException("A kept layout may show the request's token once, before the content");
			}
			if (tokenAt == -1) {
				return new Layout(before.getBytes(StandardCharsets.UTF_8), null, after);
			}
			return new Layout(before.substring(0, tokenAt).getBytes(StandardCharsets.UTF_8),
					before.substring(tokenAt + token.length()).getBytes(StandardCharsets.UTF_8), after);
		}

		/** What comes before the content, with the request's own token in it. */
		byte[] before(HttpServletRequest request) {
			if (this.afterToken == null) {
				return this.beforeToken;
			}
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			byte[] value = HtmlUtils.htmlEscape(token.getToken()).getBytes(StandardCharsets.UTF_8);
			byte[] before = Arrays.copyOf(this.beforeToken,
					this.beforeToken.length + value.length + this.afterToken.length);
			System.arraycopy(value, 0, before, this.beforeToken.length, value.length);
			System.arraycopy(this.afterToken, 0, before, this.beforeToken.length + value.length,
					this.afterToken.length);
			return before;
		}

		int weight() {
			return this.beforeToken.length + ((this.afterToken != null) ? this.afterToken.length : 0)
					+ this.after.length;
		}

	}

	/**
	 * The request as the layout to be kept sees it: its CSRF token (the request's
	 * attribute, under whatever name) gives a marker in place of its value, which is then
	 * neither loaded from the session nor made for a person not signed in unless the
	 * layout asks for it, nor kept.
	 */
	private static final class TokenLeftOut extends HttpServletRequestWrapper {

		TokenLeftOut(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			return (value instanceof CsrfToken token) ? new Marked(token) : value;
		}

		private record Marked(CsrfToken token) implements CsrfToken {

			@Override
			public String getHeaderName() {
				return this.token.getHeaderName();
			}

			@Override
			public String getParameterName() {
				return this.token.getParameterName();
			}

			@Override
			public String getToken() {
				return TOKEN;
			}

		}

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
