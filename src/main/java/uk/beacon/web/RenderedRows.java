package uk.beacon.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The lines of long tables (a council's dashboard lists every indicator; a directorate's
 * scorecard a few hundred), each kept as written, by what it shows: a line is a record of
 * the words and figures it shows, and the same record always makes the same markup, so a
 * line kept is never stale and nothing need drop it. When one figure changes, the page is
 * written again around one new line and the kept markup of all the others, instead of
 * every line through the template engine.
 * <p>
 * A row template (under {@code templates/rows/}) writes each of the lines given it as
 * {@code rows}, each followed by {@link #END}. How often a line is found kept is measured
 * ({@code cache_gets_total} with {@code cache="rendered-rows"}).
 */
@Component
public class RenderedRows implements MeterBinder {

	/** What a row template writes after each line. */
	static final String END = "<!--beacon:end-of-row-->";

	private final ThymeleafViewResolver views;

	private final Cache<Key, String> kept;

	RenderedRows(ThymeleafViewResolver views, @Value("${beacon.rendered-rows.max-megabytes}") long maxMegabytes) {
		this.views = views;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((Key key, String html) -> 2 * html.length() + 64)
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.kept, "rendered-rows");
	}

	/**
	 * The markup of each line, in the order given, as the row template writes it for the
	 * request being answered.
	 * @param template the row template's name, such as {@code rows/dashboard}
	 * @param rows the lines, each a record (its equality is what it shows)
	 */
	public List<String> html(String template, List<? extends Record> rows) {
		Map<Record, String> found = new HashMap<>();
		LinkedHashSet<Record> missing = new LinkedHashSet<>();
		for (Record row : rows) {
			String html = this.kept.getIfPresent(new Key(template, row));
			if (html != null) {
				found.put(row, html);
			}
			else {
				missing.add(row);
			}
		}
		if (!missing.isEmpty()) {
			List<Record> toWrite = new ArrayList<>(missing);
			List<String> written = write(template, toWrite);
			for (int i = 0; i < toWrite.size(); i++) {
				found.put(toWrite.get(i), written.get(i));
				this.kept.put(new Key(template, toWrite.get(i)), written.get(i));
			}
		}
		return rows.stream().map(found::get).toList();
	}

	// for tests: every line written afresh from now on
	void forget() {
		this.kept.invalidateAll();
	}

	private List<String> write(String template, List<Record> rows) {
		ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest servletRequest = request.getRequest();
		HttpServletResponse servletResponse = request.getResponse();
		String written;
		try {
			written = KeptPageView.written(this.views, template, Map.of("rows", rows), servletRequest, servletResponse);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The rows of " + template + " could not be written", ex);
		}
		List<String> lines = new ArrayList<>(rows.size());
		int from = 0;
		for (int at = written.indexOf(END); at >= 0; at = written.indexOf(END, from)) {
			lines.add(written.substring(from, at).strip());
			from = at + END.length();
		}
		if (lines.size() != rows.size()) {
			throw new IllegalStateException(
					template + " wrote " + lines.size() + " lines for " + rows.size() + ": each must end with " + END);
		}
		return lines;
	}

	private record Key(String template, Record row) {
	}

}
