package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import uk.beacon.changes.DataArea;
import uk.beacon.changes.DataVersion;

/**
 * Pages that show many rows (a directorate's scorecard, a council's dashboard, the risk
 * register, an indicator's ten years and charts), and the read API's answers for them,
 * kept as rendered, for one version of the data ({@link DataVersion}), one day and one
 * audience, so that the hundred people who open the scorecard the week before Cabinet do
 * not each pay for working it out and writing it. Only the page's own content is kept;
 * the header around it (who is signed in, the navigation their roles allow, the sign-out
 * form's token) is written afresh for every request.
 * <p>
 * A page is kept under its address (path and query) and the audience the caller names:
 * the audience must cover everything about the viewer that changes the content, such as
 * whether they may see restricted items. A page with a message carried over from a form
 * (a flash attribute) is never kept or served from here, nor is an error or a redirect.
 * When several people ask for the same page that is not yet kept, one works it out and
 * the others wait for it.
 * <p>
 * A page may say which areas of the data it shows ({@link DataArea}); it is then kept for
 * the version of those alone, and outlives changes to the others: the risk register is
 * not worked out again when a figure is entered. A page that does not say is kept for the
 * version of all of them. A page that names too few areas could be shown stale, so each
 * names every area anything on it is read from.
 * <p>
 * How often a page is served from here is measured ({@code cache_gets_total} with
 * {@code cache="rendered-pages"} and {@code result="hit"} or {@code "miss"}, with the
 * pages kept in {@code cache_size} and those pushed out in
 * {@code cache_evictions_total}), so that an administrator can see whether the memory
 * given to it ({@code beacon.rendered-pages.max-megabytes}) is enough.
 */
@Component
public class RenderedPages implements MeterBinder {

	/** The view that writes a kept page: {@link KeptPageView}. */
	static final String KEPT_PAGE = "keptPage";

	// the model attribute naming the only indicators a page shows
	private static final String INDICATORS = RenderedPages.class.getName() + ".indicators";

	private static final String FRAGMENT = "main-content";

	/**
	 * How many parts shared by pages are kept ({@link #shared}): a council's dashboard
	 * and a few of its filters, its directorates', and their PDFs'.
	 */
	static final int SHARED_PARTS = 16;

	private final DataVersion version;

	private final ThymeleafViewResolver views;

	private final JsonMapper json;

	private final Clock clock;

	private final Cache<Key, Kept> kept;

	private final Map<Key, CompletableFuture<Kept>> rendering = new ConcurrentHashMap<>();

	// what the pages at several addresses work out alike ({@link #shared}): a few, as
	// each may hold a whole council's evaluated indicators
	private final Cache<Key, CompletableFuture<Object>> shared = Caffeine.newBuilder()
		.maximumSize(SHARED_PARTS)
		.recordStats()
		.build();

	private volatile DataVersion.State latest = DataVersion.State.NONE;

	RenderedPages(DataVersion version, ThymeleafViewResolver views, JsonMapper json, Clock clock,
			@Value("${beacon.rendered-pages.max-megabytes}") long maxMegabytes) {
		this.version = version;
		this.views = views;
		this.json = json;
		this.clock = clock;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((Key key,
					Kept page) -> page.content().length + ((page.piece() != null) ? page.piece().length
							: (page.gzipped() != null) ? page.gzipped().length : 0))
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.kept, "rendered-pages");
		CaffeineCacheMetrics.monitor(registry, this.shared, "shared-page-parts");
	}

	/**
	 * Serves the page from what is kept, or works it out and keeps it.
	 * @param request the request, whose path and query name the page
	 * @param response the response, whose status says whether the page may be kept
	 * @param model the model the page is written from
	 * @param audience everything about the viewer that changes the page's content
	 * @param page fills the model (with a {@code title} for the layout) and returns the
	 * template's name, whose content is its {@code main-content} fragment
	 * @return the view to render
	 */
	public String page(HttpServletRequest request, HttpServletResponse response, Model model, String audience,
			Supplier<String> page) {
		return page(request, response, model, audience, DataArea.ALL, page);
	}

	/**
	 * Serves the page from what is kept, or works it out and keeps it, for the version of
	 * the areas of the data it shows.
	 * @param shows every area of the data anything on the page is read from
	 * @see #page(HttpServletRequest, HttpServletResponse, Model, String, Supplier)
	 */
	public String page(HttpServletRequest request, HttpServletResponse response, Model model, String audience,
			Set<DataArea> shows, Supplier<String> page) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			return page.get();
		}
		String[] notKept = new String[1];
		Kept found = kept(key(request, audience, shows), () -> {
			String name = page.get();
			if (name.contains(":") || response.getStatus() != HttpStatus.OK.value()
					|| !(model.getAttribute("title") instanceof String title)) {
				// a redirect, an error, or a page without a title is not kept
				notKept[0] = name;
				return null;
			}
			@SuppressWarnings("unchecked")
			Set<Long> indicators = (Set<Long>) model.getAttribute(INDICATORS);
			return Kept.of(title, content(name, request, response, model).getBytes(StandardCharsets.UTF_8), indicators);
		});
		if (found == null) {
			// worked out here and not to be kept, or worked out by someone else and not
			// kept
			return (notKept[0] != null) ? notKept[0] : page.get();
		}
		model.addAttribute("title", found.title());
		model.addAttribute(KeptPageView.CONTENT, found);
		return KEPT_PAGE;
	}

	/**
	 * Says, while a page is worked out, that of the indicators, their figures, targets
	 * and comparisons it shows only these indicators' (and whatever else it reads, by the
	 * areas it names): the page is then kept while other indicators change. A change to
	 * any of these, or to any other table it shows (a scorecard, a council's rule, a
	 * risk), works it out again.
	 */
	public static void showsOnlyIndicators(Model model, java.util.Collection<Long> indicators) {
		model.addAttribute(INDICATORS, Set.copyOf(indicators));
	}

	/**
	 * Answers a read of the API from what is kept, or works the answer out, writes it as
	 * JSON and keeps it.
	 * @param request the request, whose path and query name the answer
	 * @param audience everything about the caller that changes the answer
	 * @param body the answer, or nothing for 404 Not Found (which is not kept)
	 * @return the answer as JSON
	 */
	public ResponseEntity<byte[]> json(HttpServletRequest request, String audience, Supplier<Optional<?>> body) {
		return json(request, audience, DataArea.ALL, body);
	}

	/**
	 * Answers a read of the API from what is kept, or works it out and keeps it, for the
	 * version of the areas of the data it shows.
	 * @param shows every area of the data anything in the answer is read from
	 * @see #json(HttpServletRequest, String, Supplier)
	 */
	public ResponseEntity<byte[]> json(HttpServletRequest request, String audience, Set<DataArea> shows,
			Supplier<Optional<?>> body) {
		boolean[] workedHere = new boolean[1];
		Kept found = kept(key(request, audience, shows), () -> {
			workedHere[0] = true;
			return body.get().map(this::asJson).orElse(null);
		});
		if (found == null && !workedHere[0]) {
			// worked out by someone else and not kept: work it out here
			found = body.get().map(this::asJson).orElse(null);
		}
		if (found == null) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND,
					"There is nothing at this address that you may see.");
		}
		var answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
		return Gzip.accepted(request) ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(found.gzipped())
				: answer.body(found.content());
	}

	/**
	 * What the pages at several addresses work out alike, such as the summary above every
	 * page of a council's list of indicators and in its PDF, kept as the pages are: for
	 * one version of the data (of every area), one day and one audience, so that a page
	 * whose address no one has asked for since the data last changed does not work it out
	 * again. A change to the data drops it, and what was kept for an older version or
	 * another audience is never given. When several pages ask for it at once, one works
	 * it out and the others wait for it; when that fails, each works it out itself. Only
	 * a few are kept ({@value #SHARED_PARTS}), the least used dropped first
	 * ({@code cache="shared-page-parts"} in the metrics).
	 * @param type what is worked out, part of its name
	 * @param name names it among those of its type: everything it is worked out from but
	 * the data, the day and the audience
	 * @param audience everything about the viewer that changes it, as for the page
	 * @param work works it out; never {@code null}
	 * @return what is kept, or what the work made, kept
	 */
	public <T> T shared(Class<T> type, String name, String audience, Supplier<T> work) {
		return shared(type, name, audience, DataArea.ALL, work);
	}

	/**
	 * What the pages at several addresses work out alike, kept for the version of the
	 * areas of the data it is read from.
	 * @param shows every area of the data anything in it is read from
	 * @see #shared(Class, String, String, Supplier)
	 */
	public <T> T shared(Class<T> type, String name, String audience, Set<DataArea> shows, Supplier<T> work) {
		Key key = key(type.getName() + "\n" + name, audience, shows);
		boolean[] mine = new boolean[1];
		CompletableFuture<Object> part = this.shared.get(key, (absent) -> {
			mine[0] = true;
			return new CompletableFuture<>();
		});
		if (!mine[0]) {
			try {
				return type.cast(part.join());
			}
			catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ex) {
				// the request that worked it out failed; its failure is its own
				return work.get();
			}
		}
		try {
			T made = java.util.Objects.requireNonNull(work.get(), name);
			part.complete(made);
			return made;
		}
		catch (RuntimeException | Error ex) {
			// not kept: the next page works it out again
			this.shared.asMap().remove(key, part);
			part.completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * A piece of a page as its template writes it for the request being answered, such as
	 * the markup of a part shared by pages ({@link #shared}), written once and kept with
	 * it.
	 * @param template the template and its fragment, such as
	 * {@code dashboard-summary :: summary}
	 * @param model what the fragment is written from
	 */
	public String written(String template, Map<String, ?> model) {
		var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		try {
			return KeptPageView.written(this.views, template, model, request.getRequest(), request.getResponse());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write " + template, ex);
		}
	}

	private Kept asJson(Object body) {
		byte[] json = this.json.writeValueAsBytes(body);
		return new Kept(null, json, null, Gzip.whole(json), null);
	}

	Key key(HttpServletRequest request, String audience, Set<DataArea> shows) {
		String query = request.getQueryString();
		return key(request.getRequestURI() + ((query != null) ? "?" + query : ""), audience, shows);
	}

	/**
	 * @param address what names the page: its path and the parameters its handler reads,
	 * as that reads them
	 */
	Key key(String address, String audience, Set<DataArea> shows) {
		DataVersion.State now = this.version.state();
		DataVersion.State earlier = this.latest;
		if (now.supersedes(earlier)) {
			// read before taking the lock, which a request holding a database connection
			// may be waiting for
			Optional<Set<Long>> changed = this.version.indicatorsChanged(earlier, now);
			synchronized (this) {
				// what was kept for an older version of what it shows, or before a backup
				// was restored, is never served again (checked again here: a slower
				// request must not put back an older version); what shows nothing that
				// changed stays
				if (now.supersedes(this.latest)) {
					moveOn(this.latest, now, (this.latest == earlier) ? changed : Optional.empty());
					this.latest = now;
				}
			}
		}
		// pages judge against today ("review overdue", "in the last 12 months"): a new
		// day is a new page
		return new Key(now.of(shows), shows, LocalDate.now(this.clock), audience, address);
	}

	// drops what was kept for the earlier version of what it shows; a page that shows
	// only some indicators is kept for the later version when none of them changed and
	// nothing else it shows did
	private void moveOn(DataVersion.State earlier, DataVersion.State later, Optional<Set<Long>> changed) {
		Map<Key, Kept> carried = new java.util.HashMap<>();
		for (Map.Entry<Key, Kept> page : this.kept.asMap().entrySet()) {
			Key key = page.getKey();
			DataVersion.Part now = later.of(key.shows());
			if (key.version().equals(now)) {
				continue;
			}
			Set<Long> indicators = page.getValue().indicators();
			if (indicators != null && key.version().equals(earlier.of(key.shows()))
					&& later.onlyIndicatorsChangedSince(earlier, key.shows(), Set.of())) {
				if (changed.isPresent() && java.util.Collections.disjoint(changed.get(), indicators)) {
					carried.put(new Key(now, key.shows(), key.day(), key.audience(), key.address()), page.getValue());
				}
			}
			this.kept.invalidate(key);
		}
		this.kept.putAll(carried);
		// the parts shared by pages are worked out again for the new version, whatever
		// changed
		this.shared.asMap().keySet().removeIf((key) -> !key.version().equals(later.of(key.shows())));
	}

	/**
	 * What is kept under the key, or what the work makes of it, kept; {@code null} when
	 * the work says it is not to be kept, here or on the request that did the work while
	 * this one waited for it.
	 * @throws org.springframework.web.server.ResponseStatusException when the work
	 * refused, here or on the request that did the work while this one waited (such as a
	 * PDF with no memory to spare just now): those waiting are refused alike, not made to
	 * wait again in turn
	 */
	Kept kept(Key key, Supplier<Kept> work) {
		Kept found = this.kept.getIfPresent(key);
		if (found != null) {
			return found;
		}
		CompletableFuture<Kept> mine = new CompletableFuture<>();
		CompletableFuture<Kept> theirs = this.rendering.putIfAbsent(key, mine);
		if (theirs != null) {
			try {
				return theirs.join();
			}
			catch (java.util.concurrent.CompletionException ex) {
				if (ex.getCause() instanceof org.springframework.web.server.ResponseStatusException refused) {
					throw new org.springframework.web.server.ResponseStatusException(refused.getStatusCode(),
							refused.getReason());
				}
				throw ex;
			}
		}
		Kept made = null;
		org.springframework.web.server.ResponseStatusException refused = null;
		try {
			made = work.get();
			if (made != null) {
				this.kept.put(key, made);
			}
			return made;
		}
		catch (org.springframework.web.server.ResponseStatusException ex) {
			refused = ex;
			throw ex;
		}
		finally {
			// those waiting get it, or are refused alike, or get nothing and work it out
			// themselves
			if (refused != null) {
				mine.completeExceptionally(refused);
			}
			else {
				mine.complete(made);
			}
			this.rendering.remove(key, mine);
		}
	}

	private String content(String name, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			return KeptPageView.written(this.views, name + " :: " + FRAGMENT, model.asMap(), request, response);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write the page " + name, ex);
		}
	}

	record Key(DataVersion.Part version, Set<DataArea> shows, LocalDate day, String audience, String address) {
	}

	/**
	 * A page's content or an answer, as UTF-8 and compressed: a page's as a piece of a
	 * DEFLATE stream to go between its header and footer, an answer's as gzip; or a file
	 * as it is sent ({@link PdfPages}), with neither.
	 */
	record Kept(String title, byte[] content, byte[] piece, byte[] gzipped, Set<Long> indicators) {

		/**
		 * @param indicators the only indicators the page shows, or {@code null} for any
		 */
		static Kept of(String title, byte[] content, Set<Long> indicators) {
			return new Kept(title, content, Gzip.piece(content), null, indicators);
		}

	}

}
