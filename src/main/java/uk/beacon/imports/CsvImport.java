package uk.beacon.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.changes.Change;
import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.Benchmarks;
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
 * Imports a set of CSV files and Excel workbooks all or nothing: every row of every file
 * is checked before anything is saved, and one problem anywhere means nothing is saved. A
 * row for something Beacon holds changes it; a row that matches what Beacon holds is left
 * alone. An import can be previewed first, and the preview confirmed.
 */
@Service
public class CsvImport {

	/** The longest reason Beacon keeps with an import's corrections. */
	static final int LONGEST_REASON = 2000;

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Scorecards scorecards;

	private final ComparatorValues comparators;

	private final Benchmarks benchmarks;

	private final OrganisationManagement organisation;

	private final IndicatorManagement indicatorManagement;

	private final ScorecardManagement scorecardManagement;

	private final RiskImport riskImport;

	private final ImportUploads uploads;

	private final ApplicationEventPublisher events;

	private final ImportTimings timings;

	CsvImport(OrganisationUnits units, Indicators indicators, IndicatorTargets targets, Measurements measurements,
			Scorecards scorecards, ComparatorValues comparators, Benchmarks benchmarks,
			OrganisationManagement organisation, IndicatorManagement indicatorManagement,
			ScorecardManagement scorecardManagement, RiskImport riskImport, ImportUploads uploads,
			ApplicationEventPublisher events, MeterRegistry meters) {
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.scorecards = scorecards;
		this.comparators = comparators;
		this.benchmarks = benchmarks;
		this.organisation = organisation;
		this.indicatorManagement = indicatorManagement;
		this.scorecardManagement = scorecardManagement;
		this.riskImport = riskImport;
		this.uploads = uploads;
		this.events = events;
		this.timings = new ImportTimings(meters);
	}

	/** Everything one import would save, and its preview. */
	private record Plan(List<OrganisationRows.Draft> units, List<IndicatorRows.Draft> indicators,
			List<TargetRows.Draft> newTargets, List<AgainstSaved.TargetRevision> revisedTargets,
			List<MeasurementRows.Draft> newFigures, List<AgainstSaved.FigureRevision> revisedFigures,
			List<BenchmarkRows.Draft> benchmarks, List<ScorecardRows.Draft> scorecards,
			List<ComparatorRows.Draft> comparatorValues, RiskImport.Plan risks, PreviewBuilder preview) {
	}

	/**
	 * Imports without a preview, as a script or the demo data does.
	 * @throws ImportFailedException listing every problem, when anything is wrong;
	 * nothing is saved
	 */
	@Transactional
	public ImportSummary run(List<ImportFile> files, Actor actor) {
		return run(files, actor, null);
	}

	/**
	 * Checks every row, including that it lies in the part of the council the importer's
	 * role covers, then saves everything through the modules' own services, which check
	 * again and record one change in the audit trail for each thing created or changed.
	 * @param actor who is importing
	 * @param reason why figures or targets Beacon holds are corrected, kept with each
	 * correction; needed only when the files correct some
	 * @throws ImportFailedException listing every problem, when anything is wrong;
	 * nothing is saved
	 */
	@Transactional
	public ImportSummary run(List<ImportFile> files, Actor actor, String reason) {
		return this.timings.time("run", () -> {
			this.uploads.oneAtATime();
			Plan plan = plan(files, actor, false);
			return write(plan, files, actor, checkedReason(plan, reason));
		});
	}

	/**
	 * What the import would do, saving nothing.
	 * @throws ImportFailedException listing every problem, when anything is wrong
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(List<ImportFile> files, Actor actor) {
		return plan(files, actor, true).preview().build(null);
	}

	/**
	 * What the import would do, keeping the files (for a day) until the person confirms
	 * it with {@link #confirm}.
	 * @throws ImportFailedException listing every problem, when anything is wrong; the
	 * files are not kept
	 */
	@Transactional
	public ImportPreview upload(List<ImportFile> files, Actor actor) {
		return this.timings.time("upload", () -> {
			ImportPreview preview = plan(files, actor, true).preview().build(null);
			UUID id = this.uploads.keep(files, actor, preview.fingerprint());
			return new ImportPreview(id, preview.files(), preview.needsReason(), preview.fingerprint(),
					preview.warnings());
		});
	}

	/**
	 * Saves an import whose preview the person has read, when its files would still make
	 * exactly the changes shown.
	 * @param seen the {@link ImportPreview#fingerprint()} of the preview the person read,
	 * or {@code null} for the one shown when the files were uploaded
	 * @param reason why figures or targets are corrected, when the preview said it needs
	 * one
	 * @throws PreviewOutdated when Beacon's data changed since the preview so that the
	 * files would now do something else; nothing is saved
	 * @throws ImportFailedException when the files are no longer kept, or now have
	 * problems; nothing is saved
	 */
	@Transactional
	public ImportSummary confirm(UUID upload, Actor actor, String seen, String reason) {
		return this.timings.time("confirm", () -> {
			this.uploads.oneAtATime();
			ImportUploads.Kept kept = this.uploads.claim(upload, actor).orElseThrow(CsvImport::notKept);
			Plan plan = plan(kept.files(), actor, true);
			ImportPreview now = plan.preview().build(upload);
			if (!now.fingerprint().equals((seen != null) ? seen : kept.fingerprint())) {
				throw new PreviewOutdated(now);
			}
			ImportSummary summary = write(plan, kept.files(), actor, checkedReason(plan, reason));
			this.uploads.forget(upload);
			return summary;
		});
	}

	/**
	 * What the files kept for the person would do now, saving nothing.
	 * @throws ImportFailedException when the files are no longer kept, or now have
	 * problems
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(UUID upload, Actor actor) {
		ImportUploads.Kept kept = kept(upload, actor);
		return plan(kept.files(), actor, true).preview().build(upload);
	}

	/**
	 * Forgets the files kept for the person, when they decide not to import them.
	 * @return whether Beacon held them for the person
	 */
	@Transactional
	public boolean discard(UUID upload, Actor actor) {
		if (this.uploads.find(upload, actor).isPresent()) {
			this.uploads.forget(upload);
			return true;
		}
		return false;
	}

	private ImportUploads.Kept kept(UUID upload, Actor actor) {
		return this.uploads.find(upload, actor).orElseThrow(CsvImport::notKept);
	}

	private static ImportFailedException notKept() {
		return new ImportFailedException(List.of(new ImportProblem("(the upload)", 0, null,
				"Beacon no longer holds these files: an upload is kept for a day, and only for the person "
						+ "who uploaded it, until it is imported or cancelled. Upload the files again.")));
	}

	private static String checkedReason(Plan plan, String reason) {
		// a line break counts once, however the browser sent it
		String given = (reason != null && !reason.isBlank()) ? reason.strip().replace("\r\n", "\n") : null;
		if (given == null && (!plan.revisedTargets().isEmpty() || !plan.revisedFigures().isEmpty())) {
			throw new ImportFailedException(List.of(new ImportProblem("(the import)", 0, "reason",
					"these files correct figures or targets Beacon holds: say why, and the reason is kept with "
							+ "each correction.")));
		}
		if (given != null && given.length() > LONGEST_REASON) {
			throw new ImportFailedException(List.of(new ImportProblem("(the import)", 0, "reason",
					"the reason is " + given.length() + " characters long; keep it to " + LONGEST_REASON + ".")));
		}
		return given;
	}

	/**
	 * @param describing whether the preview is to be shown: what is new is put in words
	 * only then
	 */
	private Plan plan(List<ImportFile> files, Actor actor, boolean describing) {
		Problems problems = new Problems();
		Map<FileKind, String> sources = new EnumMap<>(FileKind.class);
		Map<FileKind, CsvTable> tables = tables(files, problems, sources);
		java.util.function.Function<FileKind, String> fileName = kind -> sources.getOrDefault(kind, kind.fileName());
		ImportContext context = new ImportContext(this.units, this.indicators, this.scorecards, problems, actor);
		var unitDrafts = read(tables, FileKind.ORGANISATION, context, OrganisationRows::read);
		var indicatorDrafts = read(tables, FileKind.INDICATORS, context, IndicatorRows::read);
		var targetDrafts = read(tables, FileKind.TARGETS, context, TargetRows::read);
		var measurementDrafts = read(tables, FileKind.MEASUREMENTS, context, MeasurementRows::read);
		var benchmarkDrafts = read(tables, FileKind.BENCHMARKS, context, BenchmarkRows::read);
		var scorecardDrafts = read(tables, FileKind.SCORECARDS, context, ScorecardRows::read);
		var comparatorDrafts = read(tables, FileKind.COMPARATOR_VALUES, context, ComparatorRows::read);
		PreviewBuilder preview = new PreviewBuilder(describing);
		AgainstSaved saved = new AgainstSaved(this.units, this.indicators, this.targets, this.measurements,
				this.scorecards, this.benchmarks, context, preview, fileName);
		List<OrganisationRows.Draft> unitsToSave = saved.units(unitDrafts);
		List<IndicatorRows.Draft> indicatorsToSave = saved.indicators(indicatorDrafts);
		List<TargetRows.Draft> newTargets = new ArrayList<>();
		List<AgainstSaved.TargetRevision> revisedTargets = saved.targets(targetDrafts, newTargets);
		List<MeasurementRows.Draft> newFigures = new ArrayList<>();
		List<AgainstSaved.FigureRevision> revisedFigures = saved.figures(measurementDrafts, newFigures);
		checkPercentScale(measurementDrafts, context, problems);
		List<BenchmarkRows.Draft> benchmarksToSave = saved.benchmarks(benchmarkDrafts);
		List<ScorecardRows.Draft> scorecardsToSave = saved.scorecards(scorecardDrafts);
		checkComparators(comparatorDrafts, context, problems, actor);
		for (ComparatorRows.Draft draft : comparatorDrafts) {
			ComparatorValue v = draft.value();
			preview.added(fileName.apply(FileKind.COMPARATOR_VALUES), draft.row(), draft.indicatorCode() + " "
					+ v.member() + " in " + v.groupCode() + " for " + v.dataPeriod().label());
		}
		RiskImport.Plan riskPlan = this.riskImport.read(tables, context, scorecardDrafts);
		riskPlan.describe((kind, what) -> preview.added(fileName.apply(kind), 0, what));
		// a row that changes nothing needs no role over what it names
		problems.settleScope(preview.unchanged());
		if (!problems.isEmpty()) {
			Map<String, String> renamed = new HashMap<>();
			sources.forEach((kind, source) -> renamed.put(kind.fileName(), source));
			throw new ImportFailedException(problems.list()
				.stream()
				.map(p -> new ImportProblem(renamed.getOrDefault(p.file(), p.file()), p.row(), p.column(), p.message()))
				.toList());
		}
		context.warnings
			.forEach(w -> preview.warn(new ImportProblem(sources.getOrDefault(FileKind.INDICATORS, w.file()), w.row(),
					w.column(), w.message())));
		return new Plan(unitsToSave, indicatorsToSave, newTargets, revisedTargets, newFigures, revisedFigures,
				benchmarksToSave, scorecardsToSave, comparatorDrafts, riskPlan, preview);
	}

	private void checkComparators(List<ComparatorRows.Draft> comparatorDrafts, ImportContext context, Problems problems,
			Actor actor) {
		Map<Long, java.util.Set<String>> savedComparators = new HashMap<>();
		Map<Long, List<ComparatorValue>> savedValues = new HashMap<>();
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
			if (v.isCouncil()) {
				// one member is the council itself, counting those Beacon holds
				context.savedIndicatorId(draft.indicatorCode())
					.flatMap(id -> savedValues.computeIfAbsent(id, this.comparators::forIndicator)
						.stream()
						.filter(held -> held.isCouncil() && held.groupCode().equals(v.groupCode())
								&& held.dataPeriod().key().equals(v.dataPeriod().key())
								&& !held.member().equals(v.member()))
						.findFirst())
					.ifPresent(held -> problems.add(FileKind.COMPARATOR_VALUES.fileName(), draft.row(), "is_council",
							held.member() + " is already the council itself in " + v.groupCode() + " for "
									+ draft.indicatorCode() + " in " + v.dataPeriod().label()
									+ " in Beacon; a group has one."));
			}
		}
	}

	private ImportSummary write(Plan plan, List<ImportFile> files, Actor actor, String reason) {
		for (OrganisationRows.Draft draft : plan.units()) {
			this.organisation.save(actor,
					new UnitDefinition(draft.code(), draft.name(), draft.kind(), draft.parentCode()));
		}
		Map<String, Long> indicatorIds = new HashMap<>();
		for (IndicatorRows.Draft draft : plan.indicators()) {
			long unitId = this.units.findByCode(draft.organisationCode()).orElseThrow().id();
			var i = draft.indicator();
			indicatorIds.put(i.code(),
					this.indicatorManagement
						.define(actor,
								new Indicator(null, i.code(), i.title(), i.definition(), unitId, i.unit(),
										i.decimalPlaces(), i.polarity(), i.frequency(), i.accumulation(),
										i.arrearsMonths(), i.comparison(), i.ownerName(), i.ownerEmail(),
										i.dataSource(), i.isPublic(), i.note(), 0, null, null, i.publicNote()))
						.id());
		}
		java.util.function.Function<String, Long> idOf = code -> indicatorIds.computeIfAbsent(code,
				c -> this.indicators.findByCode(c).orElseThrow().id());
		// revisions first, so that a target ended here makes room for one added after it
		for (AgainstSaved.TargetRevision revision : plan.revisedTargets()) {
			this.indicatorManagement.reviseTarget(actor, revision.saved().fingerprint(), revision.revised(), reason);
		}
		for (TargetRows.Draft draft : plan.newTargets()) {
			IndicatorTarget t = draft.target();
			this.indicatorManagement.setTarget(actor, new IndicatorTarget(null, idOf.apply(draft.indicatorCode()),
					t.target(), t.appliesFrom(), t.appliesTo(), t.rule(), t.textAsPrinted(), t.note()));
		}
		List<MeasurementRows.Draft> newFigures = plan.newFigures();
		if (!newFigures.isEmpty()) {
			// a view over the drafts, each figure made as it is read: a million are not
			// held twice
			this.indicatorManagement.recordFigures(actor, new java.util.AbstractList<Measurement>() {

				@Override
				public Measurement get(int index) {
					MeasurementRows.Draft draft = newFigures.get(index);
					return draft.measurement(idOf.apply(draft.indicatorCode()));
				}

				@Override
				public int size() {
					return newFigures.size();
				}

			});
		}
		for (AgainstSaved.FigureRevision revision : plan.revisedFigures()) {
			this.indicatorManagement.reviseFigure(actor, revision.saved().id(), revision.saved().version(),
					revision.revised(), reason);
		}
		for (BenchmarkRows.Draft draft : plan.benchmarks()) {
			Benchmark b = draft.benchmark();
			this.indicatorManagement.saveBenchmark(actor,
					new Benchmark(null, idOf.apply(draft.indicatorCode()), b.dataPeriod(), b.comparator(), b.value(),
							b.rank(), b.rankOf(), b.quartile(), b.source(), b.note()));
		}
		for (ScorecardRows.Draft draft : plan.scorecards()) {
			List<ScorecardSection> sections = new ArrayList<>();
			draft.sectionIndicators.forEach((title, codes) -> sections
				.add(new ScorecardSection(title, draft.sectionKinds.get(title), codes.stream().map(idOf).toList())));
			long unitId = this.units.findByCode(draft.organisationCode).orElseThrow().id();
			this.scorecardManagement.save(actor,
					new Scorecard(null, draft.code, draft.name, unitId, draft.kind, draft.currentPeriod, sections));
		}
		for (ComparatorRows.Draft draft : plan.comparatorValues()) {
			ComparatorValue v = draft.value();
			this.indicatorManagement.addComparatorValue(actor,
					new ComparatorValue(v.groupCode(), v.groupName(), idOf.apply(draft.indicatorCode()), v.dataPeriod(),
							v.member(), v.isCouncil(), v.value(), v.source()));
		}
		this.riskImport.write(plan.risks(), actor);
		RiskImport.Plan riskPlan = plan.risks();
		ImportSummary summary = new ImportSummary(plan.units().size(), plan.indicators().size(),
				plan.newTargets().size() + plan.revisedTargets().size(),
				plan.newFigures().size() + plan.revisedFigures().size(), plan.benchmarks().size(),
				plan.scorecards().size(), riskPlan.registers().size(), riskPlan.risks().size(),
				riskPlan.assessments().size());
		this.events.publishEvent(new Change(actor.name(), "IMPORTED", "IMPORT",
				String.join(", ", files.stream().map(ImportFile::baseName).toList()), null, summary.describe())
			.because(reason));
		return summary;
	}

	private Map<FileKind, CsvTable> tables(List<ImportFile> files, Problems problems, Map<FileKind, String> sources) {
		Map<FileKind, CsvTable> tables = new EnumMap<>(FileKind.class);
		if (files.isEmpty()) {
			problems.add("(no files)", 0, null, "choose at least one CSV or Excel file to import.");
		}
		for (ImportFile file : files) {
			String name = file.baseName();
			if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
				problems.add(name.substring(0, Math.min(name.length(), 60)).replaceAll("\\p{Cntrl}", "?") + "…", 0,
						null, "the file's name is longer than 255 characters or holds control characters; rename it "
								+ "after what it holds, e.g. targets.csv.");
				continue;
			}
			if (Workbooks.isWorkbook(file)) {
				Workbooks.read(file, problems).forEach((kind, sheet) -> {
					if (tables.containsKey(kind)) {
						problems.add(sheet.name(), 0, null,
								"two files or sheets hold " + kind.sheetName() + "; give each once.");
					}
					else {
						tables.put(kind, sheet.table());
						sources.put(kind, sheet.name());
					}
				});
				continue;
			}
			Optional<FileKind> kind = FileKind.of(file.baseName());
			if (kind.isEmpty()) {
				problems.add(file.baseName(), 0, null, "Beacon does not know what this file holds; name it one of: "
						+ FileKind.names() + " (or the same names ending .xlsx).");
			}
			else if (tables.containsKey(kind.get())) {
				problems.add(file.baseName(), 0, null,
						"two files or sheets hold " + kind.get().sheetName() + "; give each once.");
			}
			else {
				// measurements are read once, row by row: the largest file is never held
				// as rows
				tables.put(kind.get(),
						(kind.get() == FileKind.MEASUREMENTS)
								? CsvTable.streamed(file, kind.get().required(), kind.get().optional(), problems)
								: CsvTable.read(file, kind.get().required(), kind.get().optional(), problems));
				sources.put(kind.get(), file.baseName());
			}
		}
		return tables;
	}

	private static <D> List<D> read(Map<FileKind, CsvTable> tables, FileKind kind, ImportContext context,
			BiFunction<CsvTable, ImportContext, List<D>> reader) {
		CsvTable table = tables.get(kind);
		return (table != null) ? reader.apply(table, context) : List.of();
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
			if (draft.value() != null && suspects.contains(draft.indicatorCode())) {
				others.computeIfAbsent(draft.indicatorCode(), c -> new ArrayList<>()).add(draft.value());
			}
		}
		Map<Long, List<java.math.BigDecimal>> savedValues = new HashMap<>();
		for (MeasurementRows.Draft draft : drafts) {
			if (!looksLikeFraction(draft, context)) {
				continue;
			}
			java.math.BigDecimal value = draft.value();
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
		java.math.BigDecimal value = draft.value();
		var indicator = (value != null) ? context.indicator(draft.indicatorCode()).orElse(null) : null;
		return indicator != null && indicator.unit() == uk.beacon.indicator.Unit.PERCENT && value.signum() != 0
				&& value.abs().compareTo(java.math.BigDecimal.ONE) < 0;
	}

}
