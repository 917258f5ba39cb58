package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.indicator.Benchmark;
import uk.beacon.access.Actor;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.PerformanceEvaluator;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskMatrix;

/**
 * One council's bundled demo files (src/main/resources/demo/{council}) read as the import
 * reads them, each file through the importer's own reader, so that a test sees the
 * indicators, targets, figures and matrix Beacon loads on first start. Each council's
 * files define every code they use, so nothing is looked up in a database; a file the
 * importer would refuse stops the test with the importer's problems.
 */
final class DemoDataSet {

	final String council;

	final Map<String, byte[]> files = new LinkedHashMap<>();

	final Map<String, OrganisationRows.Draft> units = new LinkedHashMap<>();

	final Map<String, Indicator> indicators = new LinkedHashMap<>();

	private final Map<String, String> owners = new LinkedHashMap<>();

	private final Map<String, List<IndicatorTarget>> targets = new LinkedHashMap<>();

	private final Map<String, List<Measurement>> measurements = new LinkedHashMap<>();

	private final Map<String, List<Benchmark>> benchmarks = new LinkedHashMap<>();

	final Map<String, ScorecardRows.Draft> scorecards = new LinkedHashMap<>();

	final Map<String, RiskMatrix> matrices;

	private DemoDataSet(String council) {
		this.council = council;
		Problems problems = new Problems();
		Map<FileKind, CsvTable> tables = new EnumMap<>(FileKind.class);
		for (ImportFile file : DemoData.files(council)) {
			this.files.put(file.baseName(), file.content());
			FileKind kind = FileKind.of(file.baseName())
				.orElseThrow(() -> new IllegalStateException(file.baseName() + " is not an import file"));
			tables.put(kind, CsvTable.read(file, kind.required(), kind.optional(), problems));
		}
		// no saved units or indicators: a demo set refers only to what it defines
		ImportContext context = new ImportContext(null, null, null, problems, Actor.system("Demo data checks"));
		CsvTable none = CsvTable.empty();
		OrganisationRows.read(tables.getOrDefault(FileKind.ORGANISATION, none), context)
			.forEach(u -> this.units.put(u.code(), u));
		IndicatorRows.read(tables.getOrDefault(FileKind.INDICATORS, none), context).forEach(i -> {
			this.indicators.put(i.indicator().code(), i.indicator());
			this.owners.put(i.indicator().code(), i.organisationCode());
		});
		TargetRows.read(tables.getOrDefault(FileKind.TARGETS, none), context)
			.forEach(t -> this.targets.computeIfAbsent(t.indicatorCode(), c -> new ArrayList<>()).add(t.target()));
		MeasurementRows.read(tables.getOrDefault(FileKind.MEASUREMENTS, none), context)
			.forEach(m -> this.measurements.computeIfAbsent(m.indicatorCode(), c -> new ArrayList<>())
				.add(m.measurement()));
		BenchmarkRows.read(tables.getOrDefault(FileKind.BENCHMARKS, none), context)
			.forEach(
					b -> this.benchmarks.computeIfAbsent(b.indicatorCode(), c -> new ArrayList<>()).add(b.benchmark()));
		ScorecardRows.read(tables.getOrDefault(FileKind.SCORECARDS, none), context)
			.forEach(s -> this.scorecards.put(s.code, s));
		this.matrices = RiskMatrixRows.read(tables.getOrDefault(FileKind.RISK_MATRIX, none),
				tables.getOrDefault(FileKind.RISK_BANDS, none), context, code -> Optional.empty());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The " + council + " demo data would not import: " + problems.list());
		}
	}

	static DemoDataSet read(String council) {
		return new DemoDataSet(council);
	}

	Indicator indicator(String code) {
		return Optional.ofNullable(this.indicators.get(code))
			.orElseThrow(() -> new AssertionError("no indicator " + code + " in the " + this.council + " demo data"));
	}

	/**
	 * @return the organisation unit that owns the indicator
	 */
	OrganisationRows.Draft owner(String code) {
		return this.units.get(this.owners.get(code));
	}

	List<IndicatorTarget> targets(String code) {
		return this.targets.getOrDefault(code, List.of());
	}

	/**
	 * @return the indicator's measurements, in file order
	 */
	List<Measurement> history(String code) {
		return this.measurements.getOrDefault(code, List.of());
	}

	List<Measurement> reportedIn(String code, FinancialQuarter quarter) {
		return history(code).stream().filter(m -> m.reportingPeriod().equals(quarter)).toList();
	}

	List<Benchmark> benchmarks(String code) {
		return this.benchmarks.getOrDefault(code, List.of());
	}

	/**
	 * @return the target that applies in the quarter, if any
	 */
	Optional<IndicatorTarget> targetIn(String code, FinancialQuarter quarter) {
		return targets(code).stream().filter(t -> t.appliesTo(quarter)).findFirst();
	}

	/**
	 * How Beacon rates the measurement as it stood when it was reported.
	 */
	Performance performance(String code, Measurement measurement) {
		return PerformanceEvaluator.evaluate(indicator(code), measurement, history(code), targets(code),
				benchmarks(code), measurement.reportingPeriod());
	}

	/**
	 * How Beacon rates the indicator on a scorecard for the quarter.
	 */
	Performance performance(String code, FinancialQuarter quarter) {
		return PerformanceEvaluator.evaluate(indicator(code), history(code), targets(code), benchmarks(code), quarter);
	}

	ScorecardRows.Draft scorecard(String code) {
		return Optional.ofNullable(this.scorecards.get(code))
			.orElseThrow(() -> new AssertionError("no scorecard " + code + " in the " + this.council + " demo data"));
	}

	boolean hasFile(String name) {
		return this.files.containsKey(name);
	}

	/**
	 * The rows of a file as text by column, for what the importer keeps only in the
	 * database (risks, their assessments, controls, actions and links).
	 */
	List<Map<String, String>> rows(String name) {
		byte[] content = this.files.get(name);
		if (content == null) {
			throw new AssertionError("no " + name + " in the " + this.council + " demo data");
		}
		return CouncilReports.rows(name, new String(content, StandardCharsets.UTF_8));
	}

}
