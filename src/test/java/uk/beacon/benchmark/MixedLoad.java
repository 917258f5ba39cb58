package uk.beacon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * People reading Beacon while officers change it: each reader opens every page of the mix
 * in a random order, and again in another order, reading each for about the think time
 * (half to one and a half times it), and opens the next; meanwhile one officer makes a
 * change through the write API every interval (a figure, a target, a risk assessment, an
 * action, in turn). A page whose list is paged (the council's dashboard, data to check)
 * is read as people read it: its first page mostly, and one time in
 * {@link #OTHER_PAGE_IN} another of its pages at random, reported on a line of its own.
 * It reports each page's latency (p50, p95, p99, counted from request to answer), the
 * first answer of each page after each change (which pays for working out what the change
 * dropped), the errors, and what the server counted: the share of pages served as kept,
 * of evaluations found and the database connection time a request.
 * <p>
 * {@code java … uk.beacon.benchmark.MixedLoad <base url> <username> <password> <readers>
 * <think ms> <seconds> <ms between changes> <scorecard id> <results.md> <name|path>…}
 */
public final class MixedLoad {

	private final Settings settings;

	private final Map<String, PageTimes> pages = new LinkedHashMap<>();

	private final AtomicLong changes = new AtomicLong();

	/** A reader asks for another page of a paged list one time in this many. */
	static final int OTHER_PAGE_IN = 5;

	// the pages of a paged list after its first, found by asking for the first
	private final Map<PageTimes, OtherPages> others = new java.util.concurrent.ConcurrentHashMap<>();

	/** The pages of a list after the first: 2 to {@code last}. */
	private record OtherPages(PageTimes times, int last) {

		String path(java.util.Random random) {
			String path = this.times.path();
			return path + (path.contains("?") ? "&" : "?") + "page=" + random.nextInt(2, this.last + 1);
		}

	}

	private static final java.util.regex.Pattern PAGE_LINK = java.util.regex.Pattern
		.compile("class=\"govuk-link govuk-pagination__link\"[^>]*aria-label=\"Page (\\d+)\"");

	/** The last page of a list as its first page's pagination links it; 1 for none. */
	static int lastPage(String html) {
		java.util.regex.Matcher link = PAGE_LINK.matcher(html);
		int last = 1;
		while (link.find()) {
			last = Math.max(last, Integer.parseInt(link.group(1)));
		}
		return last;
	}

	MixedLoad(Settings settings) {
		this.settings = settings;
		settings.pages().forEach((name, path) -> this.pages.put(name, new PageTimes(name, path)));
	}

	/**
	 * @param base where Beacon answers
	 * @param pages each page's name and address
	 * @param scorecard the scorecard whose figures and targets the officer changes
	 */
	record Settings(URI base, String username, String password, int readers, Duration think, Duration length,
			Duration betweenChanges, long scorecard, Map<String, String> pages) {
	}

	private final java.util.concurrent.CountDownLatch officerDone = new java.util.concurrent.CountDownLatch(1);

	private int atLeastChanges;

	/**
	 * Runs on past its length until the officer has made this many changes, and the
	 * readers with it: a short run on a loaded machine still makes every kind of change.
	 */
	MixedLoad atLeast(int changes) {
		this.atLeastChanges = changes;
		return this;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		for (int i = 9; i < args.length; i++) {
			pages.put(args[i].substring(0, args[i].indexOf('|')), args[i].substring(args[i].indexOf('|') + 1));
		}
		Settings settings = new Settings(URI.create(args[0]), args[1], args[2], Integer.parseInt(args[3]),
				Duration.ofMillis(Long.parseLong(args[4])), Duration.ofSeconds(Long.parseLong(args[5])),
				Duration.ofMillis(Long.parseLong(args[6])), Long.parseLong(args[7]), pages);
		Results results = new MixedLoad(settings).run();
		String written = results.markdown();
		Files.writeString(Path.of(args[8]), written);
		System.out.print(written);
	}

	Results run() throws IOException, InterruptedException {
		Session readers = Session.signIn(this.settings.base(), this.settings.username(), this.settings.password());
		Session officer = Session.signIn(this.settings.base(), this.settings.username(), this.settings.password());
		OfficersChanges changes = new OfficersChanges(officer, this.settings.scorecard());
		ChangeTimes made = new ChangeTimes();
		for (PageTimes page : this.pages.values()) {
			int last = lastPage(readers.getText(page.path(), "text/html").body());
			if (last > 1) {
				this.others.put(page, new OtherPages(
						new PageTimes(page.name() + ", another page (2 to " + last + ")", page.path()), last));
			}
		}
		ServerMetrics before = ServerMetrics.read(officer);
		long began = System.nanoTime();
		long end = began + this.settings.length().toNanos();
		ExecutorService people = Executors.newFixedThreadPool(this.settings.readers() + 1);
		for (int i = 0; i < this.settings.readers(); i++) {
			people.execute(() -> read(readers, end));
		}
		people.execute(() -> change(changes, made, end));
		people.shutdown();
		if (!people.awaitTermination(this.settings.length().toSeconds() + 120, TimeUnit.SECONDS)) {
			people.shutdownNow();
			throw new IllegalStateException("The readers did not finish within two minutes of the end");
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		List<PageTimes> reported = new ArrayList<>();
		for (PageTimes page : this.pages.values()) {
			reported.add(page);
			if (this.others.containsKey(page)) {
				reported.add(this.others.get(page).times());
			}
		}
		return new Results(this.settings, reported, made, seconds, ServerMetrics.read(officer).since(before));
	}

	// one person: a page, then reading it, until the end; the first page at a random
	// moment of the first think time, so that people do not all ask at once
	private void read(Session session, long end) {
		List<PageTimes> mix = new ArrayList<>(this.pages.values());
		ThreadLocalRandom random = ThreadLocalRandom.current();
		pause(random.nextLong(this.settings.think().toMillis() + 1));
		int next = mix.size();
		while (System.nanoTime() < end || this.officerDone.getCount() > 0) {
			if (next == mix.size()) {
				java.util.Collections.shuffle(mix, random);
				next = 0;
			}
			PageTimes page = mix.get(next++);
			String path = page.path();
			OtherPages other = this.others.get(page);
			if (other != null && random.nextInt(OTHER_PAGE_IN) == 0) {
				path = other.path(random);
				page = other.times();
			}
			long change = this.changes.get();
			long start = System.nanoTime();
			boolean ok;
			try {
				HttpResponse<byte[]> answer = session.get(path);
				ok = answer.statusCode() == 200;
			}
			catch (IOException ex) {
				ok = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			page.record(System.nanoTime() - start, ok, change);
			long think = this.settings.think().toMillis();
			pause((think > 0) ? random.nextLong(think / 2, think * 3 / 2 + 1) : 0);
		}
	}

	private void change(OfficersChanges changes, ChangeTimes made, long end) {
		try {
			makeChanges(changes, made, end);
		}
		finally {
			this.officerDone.countDown();
		}
	}

	private void makeChanges(OfficersChanges changes, ChangeTimes made, long end) {
		long interval = this.settings.betweenChanges().toNanos();
		long next = System.nanoTime() + interval;
		while (next < end || this.changes.get() < this.atLeastChanges) {
			pause((next - System.nanoTime()) / 1_000_000);
			next += interval;
			long start = System.nanoTime();
			try {
				made.record(changes.next(), System.nanoTime() - start);
			}
			catch (IOException | RuntimeException ex) {
				made.failed(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.changes.incrementAndGet();
		}
	}

	private static void pause(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
