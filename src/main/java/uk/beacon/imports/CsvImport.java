package uk.beacon.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.changes.Change;
import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.indicator.ComparatorValues;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.organisation.UnitDefinition;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;

/**
 * Imports a set of CSV files all or nothing: every row of every file is checked before
 * anything is saved, and one problem anywhere means nothing is saved.
 */
@Service
public class CsvImport {

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Scorecards scorecards;

	private final ComparatorValues comparators;

	private final OrganisationManagement organisation;

	private final IndicatorManagement indicatorManagement;

	private final ScorecardManagement scorecardManagement;

	private final RiskImport riskImport;

	private final ApplicationEventPublisher events;

	CsvImport(OrganisationUnits units, Indicators indicators, IndicatorTargets targets, Measurements measurements,
			Scorecards scorecards, ComparatorValues comparators, OrganisationManagement organisation,
			IndicatorManagement indicatorManagement, ScorecardManagement scorecardManagement, RiskImport riskImport,
			ApplicationEventPublisher events) {
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.scorecards = scorecards;
		this.comparators = comparators;
		this.organisation = organisation;
		this.indicatorManagement = indicatorManagement;
		this.scorecardManagement = scorecardManagement;
		this.riskImport = riskImport;
		this.events = events;
	}

	/**
	 * Checks every row, including that it lies in the part of the council the importer's
	 * role covers, then saves everything through the modules' own services, which check
	 * again and record one change in the audit trail for each thing created or changed.
	 * @param actor who is importing
	 * @throws ImportFailedException listing every problem, when anything is wrong;
	 * nothing is saved
	 */
	@Transactional
	public ImportSummary run(List<ImportFile> files, Actor actor) {
		Problems problems = new Problems();
		Map<FileKind, CsvTable> tables = tables(files, problems);
		ImportContext context = new ImportContext(this.units, this.indicators, this.scorecards, problems, actor);
		var unitDrafts = read(tables, FileKind.ORGANISATION, context, OrganisationRows::read);
		var indicatorDrafts = read(tables, FileKind.INDICATORS, context, IndicatorRows::read);
		var targetDrafts = read(tables, FileKind.TARGETS, context, TargetRows::read);
		var measurementDrafts = read(tables, FileKind.MEASUREMENTS, context, MeasurementRows::read);
		var benchmarkDrafts = read(tables, FileKind.BENCHMARKS, context, BenchmarkRows::read);
		var scorecardDrafts = read(tables, FileKind.SCORECARDS, context, ScorecardRows::read);
		var comparatorDrafts = read(tables, FileKind.COMPARATOR_VALUES, context, ComparatorRows::read);
		checkAgainstSaved(targetDrafts, measurementDrafts, context, problems);
		checkPercentScale(measurementDrafts, context, problems);
		Map<Long, java.util.Set<String>> savedComparators = new HashMap<>();
		Map<String, Optional<String>> savedGroupNames = new HashMap<>();
		for (ComparatorRows.Draft draft : comparatorDrafts) {
			ComparatorValue v = draft.value();
			savedGroupNames.computeIfAbsent(v.groupCode(), this.comparators::groupName)
				.filter(name -> !name.equals(v.groupName()) && !actor.holdsEverywhere(Role.PERFORMANCE_OFFICER))
				.ifPresent(name -> problems.add(FileKind.COMPARATOR_VALUES.fileName(), draft.row(), "group_name",
						"Beacon already names the group " + v.groupCode() + " \"" + name
								+ "\"; it is shared by every council, so only someone whose role covers every council "
								+ "can rename it. Use the name it has, or another code."));
			context.savedIndicatorId(draft.indicatorCode())
				.filter(id -> savedComparators.computeIfAbsent(id, this.comparators::keys)
					.contains(v.groupCode() + "|" + v.dataPeriod().key() + "|" + v.member()))
				.ifPresent(id -> problems.add(FileKind.COMPARATOR_VALUES.fileName(), draft.row(), "member",
						"Beacon already holds " + v.member() + "'s value in " + v.groupCode() + " for "
								+ draft.indicatorCode() + " in " + v.dataPeriod().label() + "."));
		}
		RiskImport.Plan riskPlan = this.riskImport.read(tables, context, scorecardDrafts);
		if (!problems.isEmpty()) {
			throw new ImportFailedException(problems.list());
		}
		for (OrganisationRows.Draft draft : unitDrafts) {
			this.organisation.save(actor,
					new UnitDefinition(draft.code(), draft.name(), draft.kind(), draft.parentCode()));
		}
		Map<String, Long> indicatorIds = new HashMap<>();
		for (IndicatorRows.Draft draft : indicatorDrafts) {
			long unitId = this.units.findByCode(draft.organisationCode()).orElseThrow().id();
			var i = draft.indicator();
			indicatorIds
				.put(i.code(), this.indicatorManagement
					.define(actor, new Indicator(null, i.code(), i.title(), i.definition(), unitId, i.unit(),
							i.decimalPlaces(), i.polarity(), i.frequency(), i.accumulation(), i.arrearsMonths(),
							i.comparison(), i.ownerName(), i.ownerEmail(), i.dataSource(), i.isPublic(), i.note(), 0))
					.id());
		}
		java.util.function.Function<String, Long> idOf = code -> indicatorIds.computeIfAbsent(code,
				c -> context.savedIndicatorId(c).orElseThrow());
		for (TargetRows.Draft draft : targetDrafts) {
			IndicatorTarget t = draft.target();
			this.indicatorManagement.setTarget(actor, new IndicatorTarget(null, idOf.apply(draft.indicatorCode()),
					t.target(), t.appliesFrom(), t.appliesTo(), t.tolerance(), t.textAsPrinted(), t.note()));
		}
		if (!measurementDrafts.isEmpty()) {
			this.indicatorManagement.recordFigures(actor, () -> measurementDrafts.stream().map(draft -> {
				Measurement m = draft.measurement();
				return new Measurement(null, idOf.apply(draft.indicatorCode()), m.dataPeriod(), m.reportingPeriod(),
						m.value(), m.numerator(), m.denominator(), m.provisional(), m.estimated(), m.valueAsPrinted(),
						m.commentary(), m.override(), m.note(), 0);
			}).iterator());
		}
		for (BenchmarkRows.Draft draft : benchmarkDrafts) {
			Benchmark b = draft.benchmark();
			this.indicatorManagement.saveBenchmark(actor,
					new Benchmark(null, idOf.apply(draft.indicatorCode()), b.dataPeriod(), b.comparator(), b.value(),
							b.rank(), b.rankOf(), b.quartile(), b.source(), b.note()));
		}
		for (ScorecardRows.Draft draft : scorecardDrafts) {
			List<ScorecardSection> sections = new ArrayList<>();
			draft.sectionIndicators.forEach((title, codes) -> sections
				.add(new ScorecardSection(title, draft.sectionKinds.get(title), codes.stream().map(idOf).toList())));
			long unitId = this.units.findByCode(draft.organisationCode).orElseThrow().id();
			this.scorecardManagement.save(actor,
					new Scorecard(null, draft.code, draft.name, unitId, draft.kind, draft.currentPeriod, sections));
		}
		for (ComparatorRows.Draft draft : comparatorDrafts) {
			ComparatorValue v = draft.value();
			this.indicatorManagement.addComparatorValue(actor,
					new ComparatorValue(v.groupCode(), v.groupName(), idOf.apply(draft.indicatorCode()), v.dataPeriod(),
							v.member(), v.isCouncil(), v.value(), v.source()));
		}
		this.riskImport.write(riskPlan, actor);
		ImportSummary summary = new ImportSummary(unitDrafts.size(), indicatorDrafts.size(), targetDrafts.size(),
				measurementDrafts.size(), benchmarkDrafts.size(), scorecardDrafts.size(), riskPlan.registers().size(),
				riskPlan.risks().size(), riskPlan.assessments().size());
		this.events.publishEvent(new Change(actor.name(), "IMPORTED", "IMPORT",
				String.join(", ", files.stream().map(ImportFile::baseName).toList()), null, summary.describe()));
		return summary;
	}

	private Map<FileKind, CsvTable> tables(List<ImportFile> files, Problems problems) {
		Map<FileKind, CsvTable> tables = new EnumMap<>(FileKind.class);
		if (files.isEmpty()) {
			problems.add("(no files)", 0, null, "choose at least one CSV file to import.");
		}
		for (ImportFile file : files) {
			Optional<FileKind> kind = FileKind.of(file.baseName());
			if (kind.isEmpty()) {
				problems.add(file.baseName(), 0, null,
						"Beacon does not know what this file holds; name it one of: " + FileKind.names() + ".");
			}
			else if (tables.containsKey(kind.get())) {
				problems.add(file.baseName(), 0, null, "two files named " + kind.get().fileName() + " were given.");
			}
			else {
				// measurements are read once, row by row: the largest file is never held
				// as rows
				tables.put(kind.get(),
						(kind.get() == FileKind.MEASUREMENTS)
								? CsvTable.streamed(file, kind.get().required(), kind.get().optional(), problems)
								: CsvTable.read(file, kind.get().required(), kind.get().optional(), problems));
			}
		}
		return tables;
	}

	private static <D> List<D> read(Map<FileKind, CsvTable> tables, FileKind kind, ImportContext context,
			BiFunction<CsvTable, ImportContext, List<D>> reader) {
		CsvTable table = tables.get(kind);
		return (table != null) ? reader.apply(table, context) : List.of();
	}

	// nothing already in Beacon is silently replaced: an existing figure or target is a
	// problem
	private void checkAgainstSaved(List<TargetRows.Draft> targetDrafts, List<MeasurementRows.Draft> measurementDrafts,
			ImportContext context, Problems problems) {
		// each indicator's saved targets and figures are read once, however many rows
		// refer to it
		Map<Long, List<IndicatorTarget>> savedTargets = new HashMap<>();
		Map<Long, java.util.Set<String>> savedPeriods = new HashMap<>();
		for (TargetRows.Draft draft : targetDrafts) {
			context.savedIndicatorId(draft.indicatorCode())
				.flatMap(id -> savedTargets.computeIfAbsent(id, this.targets::forIndicator)
					.stream()
					.filter(t -> t.overlaps(draft.target()))
					.findFirst())
				.ifPresent(saved -> problems.add(FileKind.TARGETS.fileName(), draft.row(), "applies_from",
						"this target overlaps the one Beacon already holds for " + draft.indicatorCode() + " ("
								+ saved.span() + ")."));
		}
		for (MeasurementRows.Draft draft : measurementDrafts) {
			Measurement m = draft.measurement();
			context.savedIndicatorId(draft.indicatorCode())
				.filter(id -> savedPeriods.computeIfAbsent(id, this.measurements::dataPeriodKeys)
					.contains(m.dataPeriod().key()))
				.ifPresent(id -> problems.add(FileKind.MEASUREMENTS.fileName(), draft.row(), "data_period",
						"Beacon already holds " + draft.indicatorCode() + " for " + m.dataPeriod().label()
								+ "; a figure is not overwritten by an import."));
		}
	}

	/**
	 * A percentage typed as a fraction (0.85 for 85%) is a hundred times smaller than the
	 * indicator's other figures: refuse it when they are all at least 10, so that
	 * genuinely small rates (0.03% of pupils excluded) still import.
	 */
	private void checkPercentScale(List<MeasurementRows.Draft> drafts, ImportContext context, Problems problems) {
		// only indicators with a figure that looks like a fraction need their other
		// figures: a million rows need not be gathered to find none
		java.util.Set<String> suspects = new java.util.HashSet<>();
		for (MeasurementRows.Draft draft : drafts) {
			if (looksLikeFraction(draft, context)) {
				suspects.add(draft.indicatorCode());
			}
		}
		if (suspects.isEmpty()) {
			return;
		}
		Map<String, List<java.math.BigDecimal>> others = new HashMap<>();
		for (MeasurementRows.Draft draft : drafts) {
			if (draft.measurement().value() != null && suspects.contains(draft.indicatorCode())) {
				others.computeIfAbsent(draft.indicatorCode(), c -> new ArrayList<>()).add(draft.measurement().value());
			}
		}
		Map<Long, List<java.math.BigDecimal>> savedValues = new HashMap<>();
		for (MeasurementRows.Draft draft : drafts) {
			if (!looksLikeFraction(draft, context)) {
				continue;
			}
			java.math.BigDecimal value = draft.measurement().value();
			var indicator = context.indicator(draft.indicatorCode()).orElseThrow();
			List<java.math.BigDecimal> comparable = new ArrayList<>(
					others.getOrDefault(draft.indicatorCode(), List.of()));
			comparable.remove(value);
			context.savedIndicatorId(draft.indicatorCode())
				.ifPresent(id -> comparable.addAll(savedValues.computeIfAbsent(id,
						i -> this.measurements.forIndicator(i)
							.stream()
							.map(m -> m.valueIn(indicator.unit()))
							.filter(java.util.Objects::nonNull)
							.toList())));
			boolean allLarge = !comparable.isEmpty()
					&& comparable.stream().allMatch(v -> v.abs().compareTo(java.math.BigDecimal.TEN) >= 0);
			if (allLarge) {
				problems.add(FileKind.MEASUREMENTS.fileName(), draft.row(), "value",
						value.toPlainString() + " looks like a fraction, but " + draft.indicatorCode()
								+ " is recorded in percent and its other figures are 10 or more; write "
								+ value.movePointRight(2).stripTrailingZeros().toPlainString() + " for "
								+ value.movePointRight(2).stripTrailingZeros().toPlainString() + "%.");
			}
		}
	}

	private static boolean looksLikeFraction(MeasurementRows.Draft draft, ImportContext context) {
		java.math.BigDecimal value = draft.measurement().value();
		var indicator = (value != null) ? context.indicator(draft.indicatorCode()).orElse(null) : null;
		return indicator != null && indicator.unit() == uk.beacon.indicator.Unit.PERCENT && value.signum() != 0
				&& value.abs().compareTo(java.math.BigDecimal.ONE) < 0;
	}

}
