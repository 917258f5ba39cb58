package uk.beacon.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * How the cost of Beacon's pages grows with the council, for {@code benchmark/growth.sh},
 * which starts Beacon on a fresh embedded database and imports each size of council
 * before calling it. Two commands:
 * <ul>
 * <li>{@code measure <base> <password> <scorecard id> <server pid> <data folder> <warm>
 * <rounds> <results> <name|path>...}: for each page, its first request since the server
 * started; then, {@code rounds} times, a change through the write API (a risk's review
 * before a risk page, a figure on the scorecard before any other) followed by the page's
 * first request since; then, once the page is kept, {@code warm} requests in a row. Each
 * request is timed as the browser waits for it (wall) and by the processor time the
 * server and its PostgreSQL processes spent meanwhile (from {@code /proc}, every thread
 * of both, to 10 ms a process). Then the page's size, the server's peak memory (VmHWM)
 * and the size of the database and its largest tables. Appends each figure to the results
 * file as {@code key<TAB>value}.</li>
 * <li>{@code table <results>...}: the results of each size side by side, as Markdown
 * tables.</li>
 * </ul>
 */
public final class Growth {

	private final Session session;

	private final OfficersChanges officer;

	private final Processes server;

	private final long scorecard;

	private final Map<String, OfficersChanges> reviewers = new java.util.HashMap<>();

	private final Map<String, String> results = new LinkedHashMap<>();

	private int changes;

	private Growth(Session session, long scorecard, Processes server) throws IOException, InterruptedException {
		this.session = session;
		this.scorecard = scorecard;
		this.officer = new OfficersChanges(session, scorecard);
		this.server = server;
	}

	public static void main(String[] args) throws Exception {
		if ("table".equals(args[0])) {
			List<Map<String, String>> sizes = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				sizes.add(read(Path.of(args[i])));
			}
			System.out.print(table(sizes));
			return;
		}
		URI base = URI.create(args[1]);
		Session session = Session.signIn(base, "admin", args[2]);
		Path data = Path.of(args[5]);
		Growth growth = new Growth(session, Long.parseLong(args[3]),
				new Processes(Long.parseLong(args[4]), data.resolve("postgres")));
		List<String[]> pages = new ArrayList<>();
		for (int i = 9; i < args.length; i++) {
			pages.add(args[i].split("\\|", 2));
		}
		try {
			growth.measure(pages, Integer.parseInt(args[6]), Integer.parseInt(args[7]));
			growth.database(data);
		}
		catch (IOException | RuntimeException ex) {
			// a finding: what was measured is kept, with what went wrong
			growth.results.put("failed", String.valueOf(ex));
			throw ex;
		}
		finally {
			StringBuilder out = new StringBuilder();
			growth.results.forEach((key, value) -> out.append(key).append('\t').append(value).append('\n'));
			Files.writeString(Path.of(args[8]), out, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
		}
	}

	private void measure(List<String[]> pages, int warm, int rounds) throws IOException, InterruptedException {
		for (int p = 0; p < pages.size(); p++) {
			this.results.put("page." + p + ".name", pages.get(p)[0]);
			this.results.put("page." + p + ".path", pages.get(p)[1]);
		}
		// the first request of each page since the server started (and imported)
		for (int p = 0; p < pages.size(); p++) {
			Timed first = timed(pages.get(p)[1]);
			this.results.put("page." + p + ".cold_start", first.cell());
		}
		// the first request after a change, the median of the rounds
		List<List<Timed>> afterChange = new ArrayList<>();
		pages.forEach((page) -> afterChange.add(new ArrayList<>()));
		for (int round = 0; round < rounds; round++) {
			for (int p = 0; p < pages.size(); p++) {
				String path = pages.get(p)[1];
				String kind = change(path);
				this.results.put("page." + p + ".change", kind);
				afterChange.get(p).add(timed(path));
			}
		}
		for (int p = 0; p < pages.size(); p++) {
			this.results.put("page." + p + ".cold_change", Timed.median(afterChange.get(p)).cell());
		}
		// kept: the median of warm requests once the page has been asked for
		for (int p = 0; p < pages.size(); p++) {
			String path = pages.get(p)[1];
			timed(path);
			List<Timed> kept = new ArrayList<>();
			for (int i = 0; i < warm; i++) {
				kept.add(timed(path));
			}
			// the processor time as the mean: each request's is counted to 10 ms a
			// process
			Timed median = Timed.median(kept);
			double cpu = kept.stream().mapToDouble(Timed::cpu).average().orElse(0);
			this.results.put("page." + p + ".warm", new Timed(median.wall(), cpu).cell());
			HttpResponse<byte[]> answer = this.session.get(path);
			byte[] sent = answer.body();
			boolean gzip = answer.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
			long whole = gzip ? gunzipped(sent) : sent.length;
			this.results.put("page." + p + ".bytes",
					kilobytes(whole) + (gzip ? " (" + kilobytes(sent.length) + " sent)" : ""));
		}
		this.results.put("vmhwm_end", this.server.peakMemory());
	}

	// a change through the write API, as an officer makes it, to what the page shows: a
	// review of a risk in the page's register, the target of the page's indicator, or
	// else
	// a figure on the scorecard (its target where no figure is due)
	private String change(String path) throws IOException, InterruptedException {
		int round = this.changes++;
		java.util.regex.Matcher register = java.util.regex.Pattern.compile("register=([^&]+)").matcher(path);
		if (register.find()) {
			OfficersChanges reviewer = this.reviewers.get(register.group(1));
			if (reviewer == null) {
				reviewer = new OfficersChanges(this.session, this.scorecard,
						"/api/v1/risks?register=" + register.group(1));
				this.reviewers.put(register.group(1), reviewer);
			}
			expect(reviewer.review(round, false), "a risk's review");
			return "risk's review in the register";
		}
		if (path.startsWith("/indicators/")) {
			expect(this.officer.target(path.substring("/indicators/".length()), round), "a target");
			return "target of the indicator";
		}
		try {
			expect(this.officer.figure(round), "a figure");
			return "figure on the scorecard";
		}
		catch (IllegalStateException noFigureDue) {
			expect(this.officer.target(round), "a target");
			return "target on the scorecard";
		}
	}

	private static void expect(HttpResponse<String> answer, String what) {
		if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
			throw new IllegalStateException(
					"The write API refused " + what + ": " + answer.statusCode() + " " + answer.body());
		}
	}

	private Timed timed(String path) throws IOException, InterruptedException {
		Duration cpu = this.server.cpu();
		long start = System.nanoTime();
		HttpResponse<byte[]> answer = this.session.get(path);
		long wall = System.nanoTime() - start;
		// the server records a request's end after the answer has gone: let it finish
		Thread.sleep(20);
		Duration spent = this.server.cpu().minus(cpu);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
		return new Timed(wall / 1_000_000.0, spent.toNanos() / 1_000_000.0);
	}

	private void database(Path data) throws IOException, SQLException {
		Path postgres = data.resolve("postgres");
		String port = Files.readAllLines(postgres.resolve("postmaster.pid")).get(3).strip();
		String password = Files.readString(data.resolve("postgres-owner-password")).strip();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", password); Statement statement = connection.createStatement()) {
			try (ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
				size.next();
				this.results.put("db_size", megabytes(size.getLong(1)));
			}
			try (ResultSet tables = statement.executeQuery("select relname, pg_total_relation_size(relid), n_live_tup"
					+ " from pg_stat_user_tables order by 2 desc limit 4")) {
				List<String> largest = new ArrayList<>();
				while (tables.next()) {
					largest.add(tables.getString(1) + " " + megabytes(tables.getLong(2)) + " ("
							+ String.format(Locale.ROOT, "%,d", tables.getLong(3)) + " rows)");
				}
				this.results.put("db_tables", String.join("; ", largest));
			}
		}
	}

	private static long gunzipped(byte[] sent) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sent))) {
			return in.transferTo(java.io.OutputStream.nullOutputStream());
		}
	}

	private static String kilobytes(long bytes) {
		return String.format(Locale.ROOT, "%,d KB", Math.round(bytes / 1024.0));
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1024.0 / 1024.0));
	}

	static Map<String, String> read(Path file) throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				values.put(line.substring(0, tab), line.substring(tab + 1));
			}
		}
		return values;
	}

	/** The sizes side by side: the council and its costs, then each page's. */
	static String table(List<Map<String, String>> sizes) {
		StringBuilder out = new StringBuilder();
		header(out, "Council", sizes);
		row(out, "what was imported", sizes, (s) -> s.get("what"));
		row(out, "the pages' scorecard, directorate and registers", sizes, (s) -> s.get("shown"));
		row(out, "load average when the size began", sizes, (s) -> s.get("load"));
		row(out, "start-up, fresh embedded database (s)", sizes, (s) -> s.get("startup"));
		row(out, "import through POST /api/v1/imports (s)", sizes, (s) -> s.get("import"));
		row(out, "peak memory of the server (VmHWM) after the import", sizes, (s) -> s.get("vmhwm_import"));
		row(out, "peak memory of the server (VmHWM) after the pages", sizes, (s) -> s.get("vmhwm_end"));
		row(out, "database size (pg_database_size)", sizes, (s) -> s.get("db_size"));
		row(out, "largest tables (with indexes)", sizes, (s) -> s.get("db_tables"));
		row(out, "failures", sizes, (s) -> s.getOrDefault("failed", "none"));
		pages(out,
				"First request of each page after the server started and imported: wall ms (server and database CPU ms)",
				sizes, "cold_start");
		pages(out,
				"First request after a change through the write API (the median of the rounds): wall ms (server and database CPU ms)",
				sizes, "cold_change");
		pages(out, "Kept: the warm requests in a row: the median wall ms (the mean server and database CPU ms)", sizes,
				"warm");
		pages(out, "Page size, uncompressed (gzip as sent)", sizes, "bytes");
		return out.toString();
	}

	private static void pages(StringBuilder out, String title, List<Map<String, String>> sizes, String measure) {
		out.append('\n').append(title).append(":\n\n");
		header(out, "Page", sizes);
		List<String> names = new ArrayList<>();
		// in the order of the size with the most pages
		List<Map<String, String>> most = new ArrayList<>(sizes);
		most.sort(java.util.Comparator.comparingInt((Map<String, String> size) -> -size.size()));
		for (Map<String, String> size : most) {
			for (int p = 0; size.containsKey("page." + p + ".name"); p++) {
				if (!names.contains(size.get("page." + p + ".name"))) {
					names.add(size.get("page." + p + ".name"));
				}
			}
		}
		for (String name : names) {
			String label = name;
			for (Map<String, String> size : sizes) {
				String kind = find(size, name, "change");
				if ("cold_change".equals(measure) && kind != null) {
					label = name + ", after a " + kind;
					break;
				}
			}
			row(out, label, sizes, (size) -> find(size, name, measure));
		}
	}

	// the page's measure at that size, if it was measured
	private static String find(Map<String, String> size, String name, String measure) {
		for (int p = 0; size.containsKey("page." + p + ".name"); p++) {
			if (name.equals(size.get("page." + p + ".name"))) {
				return size.get("page." + p + "." + measure);
			}
		}
		return null;
	}

	private static void header(StringBuilder out, String first, List<Map<String, String>> sizes) {
		out.append("| ").append(first).append(" |");
		sizes.forEach((size) -> out.append(' ').append(size.getOrDefault("size", "?")).append(" |"));
		out.append("\n|---|");
		sizes.forEach((size) -> out.append("---|"));
		out.append('\n');
	}

	private static void row(StringBuilder out, String name, List<Map<String, String>> sizes,
			Function<Map<String, String>, String> cell) {
		out.append("| ").append(name).append(" |");
		for (Map<String, String> size : sizes) {
			String value = cell.apply(size);
			out.append(' ').append((value == null) ? "—" : value).append(" |");
		}
		out.append('\n');
	}

	/** A request's wall time and the server's processor time meanwhile, in ms. */
	record Timed(double wall, double cpu) {

		String cell() {
			return String.format(Locale.ROOT, "%.0f (%.0f)", this.wall, this.cpu);
		}

		// the median of each, apart
		static Timed median(List<Timed> timed) {
			return new Timed(median(timed.stream().mapToDouble(Timed::wall).sorted().toArray()),
					median(timed.stream().mapToDouble(Timed::cpu).sorted().toArray()));
		}

		private static double median(double[] sorted) {
			int n = sorted.length;
			return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		}

	}

	/** The server's process and its PostgreSQL's: their processor time and memory. */
	record Processes(long server, Path postgres) {

		// the server's every thread, and the PostgreSQL processes serving its connections
		// (not
		// the database's own workers: autovacuum, the checkpointer and the rest)
		Duration cpu() throws IOException {
			Duration total = cpu(ProcessHandle.of(this.server));
			long postmaster = Long
				.parseLong(Files.readAllLines(this.postgres.resolve("postmaster.pid")).get(0).strip());
			Optional<ProcessHandle> database = ProcessHandle.of(postmaster);
			if (database.isPresent()) {
				for (ProcessHandle child : database.get().children().toList()) {
					if (servesAConnection(child.pid())) {
						total = total.plus(cpu(Optional.of(child)));
					}
				}
			}
			return total;
		}

		// a backend's title names its client: "postgres: user database 127.0.0.1(port)
		// idle"
		private static boolean servesAConnection(long pid) {
			try {
				String title = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")),
						java.nio.charset.StandardCharsets.UTF_8);
				return title.contains("(") || title.contains("[local]");
			}
			catch (IOException ended) {
				return false;
			}
		}

		private static Duration cpu(Optional<ProcessHandle> process) {
			return process.flatMap((p) -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
		}

		String peakMemory() throws IOException {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.server + "/status"))) {
				if (line.startsWith("VmHWM:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
				}
			}
			return null;
		}

	}

}
