package uk.beacon.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.beacon.BeaconApplication;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.render.ChartImages;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.scorecard.ScorecardViews;

/**
 * Times the Worcestershire CF&C Q2 2019/20 report in every format after a warm-up, on a
 * fresh embedded database with the demo data. Not a test: run it with
 * {@code benchmark/report.sh [warm-up runs] [timed runs]}.
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int warmUp = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		Path out = Path.of("target/bench");
		Path data = out.resolve("report-data");
		deleteRecursively(data);
		Files.createDirectories(out);
		SpringApplication application = new SpringApplication(BeaconApplication.class);
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--beacon.data-dir=" + data.toAbsolutePath(), "--beacon.demo-data.enabled=true",
				"--logging.level.root=WARN")) {
			ReportDrafts drafts = context.getBean(ReportDrafts.class);
			ReportRenderer renderer = context.getBean(ReportRenderer.class);
			ChartImages images = context.getBean(ChartImages.class);
			long id = context.getBean(ScorecardViews.class)
				.all()
				.stream()
				.filter(s -> s.code().equals("WCC-CFC-2019"))
				.findFirst()
				.orElseThrow()
				.id();
			Optional<FinancialQuarter> q2 = Optional.of(new FinancialQuarter(2019, 2));
			CabinetReport report = drafts.draft(id, q2).orElseThrow();
			List<String> lines = new ArrayList<>();
			lines.add("Worcestershire CF&C Q2 2019/20: " + report.indicators().size() + " indicators, "
					+ report.exceptions().size() + " exception reports with charts; " + warmUp + " warm-up runs, "
					+ runs + " timed runs (ms)");
			lines.add("");
			lines.add("| Step | min | median | max | median CPU time of the thread |");
			lines.add("|---|---|---|---|---|");
			lines.add(time("draft from the data", warmUp, runs, () -> drafts.draft(id, q2).orElseThrow()));
			for (ReportFormat format : ReportFormat.values()) {
				lines.add(time(format.extension().toUpperCase(Locale.ROOT) + " from the draft", warmUp, runs,
						() -> renderer.render(report, Part.A, format, null)));
			}
			lines.add(time("DOCX, charts drawn afresh each time", warmUp, runs, () -> {
				images.forget();
				return renderer.render(report, Part.A, ReportFormat.DOCX, null);
			}));
			lines.add(time("PDF from the data (draft and render)", warmUp, runs,
					() -> renderer.render(drafts.draft(id, q2).orElseThrow(), Part.A, ReportFormat.PDF, null)));
			Files.write(out.resolve("report.md"), lines);
			lines.forEach(System.out::println);
			System.out.println();
			System.out.println("Written to " + out.resolve("report.md"));
		}
	}

	private static String time(String step, int warmUp, int runs, Supplier<Object> work) {
		for (int i = 0; i < warmUp; i++) {
			work.get();
		}
		// wall-clock time, and the CPU time of the thread, which other work on a busy
		// machine disturbs far less
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<Double> millis = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			millis.add((System.nanoTime() - start) / 1e6);
			cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
		}
		millis.sort(Comparator.naturalOrder());
		cpu.sort(Comparator.naturalOrder());
		return String.format(Locale.UK, "| %s | %.0f | %.0f | %.0f | %.0f |", step, millis.get(0),
				millis.get(millis.size() / 2), millis.get(millis.size() - 1), cpu.get(cpu.size() / 2));
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
