package uk.beacon.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Target;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;

/**
 * Compares an import's rows with what Beacon already holds: a row for something new adds
 * it, a row for something held changes it field by field, and a row that matches is left
 * alone. Every change is recorded in the preview before anything is saved.
 */
final class AgainstSaved {

	/** A target Beacon holds, to be revised as its row says. */
	record TargetRevision(TargetRows.Draft draft, IndicatorTarget saved, IndicatorTarget revised) {
	}

	/** A figure Beacon holds, to be revised as its row says. */
	record FigureRevision(MeasurementRows.Draft draft, Measurement saved, Measurement revised) {
	}

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Scorecards scorecards;

	private final Benchmarks benchmarks;

	private final ImportContext context;

	private final PreviewBuilder preview;

	private final Function<FileKind, String> fileNames;

	private final Map<Long, String> unitCodes = new HashMap<>();

	AgainstSaved(OrganisationUnits units, Indicators indicators, IndicatorTargets targets, Measurements measurements,
			Scorecards scorecards, Benchmarks benchmarks, ImportContext context, PreviewBuilder preview,
			Function<FileKind, String> fileNames) {
		this.benchmarks = benchmarks;
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.scorecards = scorecards;
		this.context = context;
		this.preview = preview;
		this.fileNames = fileNames;
	}

	/**
	 * @return the units to save: those new or changed
	 */
	List<OrganisationRows.Draft> units(List<OrganisationRows.Draft> drafts) {
		String file = this.fileNames.apply(FileKind.ORGANISATION);
		List<OrganisationRows.Draft> toSave = new ArrayList<>();
		for (OrganisationRows.Draft draft : drafts) {
			Optional<OrganisationUnit> saved = this.context.savedUnit(draft.code());
			String what = draft.code() + " (" + draft.name() + ")";
			if (saved.isEmpty()) {
				this.preview.added(file, draft.row(), what);
				toSave.add(draft);
			}
			else if (this.preview.compared(file, draft.row(), what,
					Columns.unit(saved.get(), unitCode(saved.get().parentId())),
					Columns.unit(draft.code(), draft.name(), draft.kind(), draft.parentCode()))) {
				toSave.add(draft);
			}
		}
		return toSave;
	}

	/**
	 * @return the indicators to save: those new or changed
	 */
	List<IndicatorRows.Draft> indicators(List<IndicatorRows.Draft> drafts) {
		String file = this.fileNames.apply(FileKind.INDICATORS);
		List<IndicatorRows.Draft> toSave = new ArrayList<>();
		for (IndicatorRows.Draft draft : drafts) {
			Indicator indicator = draft.indicator();
			Optional<Indicator> saved = this.context.savedIndicator(indicator.code());
			String what = indicator.code() + " (" + indicator.title() + ")";
			if (saved.isEmpty()) {
				this.preview.added(file, draft.row(), what);
				toSave.add(draft);
			}
			else if (this.preview.compared(file, draft.row(), what,
					Columns.indicator(saved.get(), unitCode(saved.get().organisationUnitId())),
					Columns.indicator(indicator, draft.organisationCode()))) {
				toSave.add(draft);
			}
		}
		return toSave;
	}

	/**
	 * A target row whose indicator already has a target starting in the same period
	 * revises that target; any other row adds a target, which must not overlap one held.
	 * @param added filled with the targets to add
	 * @return the targets to revise
	 */
	List<TargetRevision> targets(List<TargetRows.Draft> drafts, List<TargetRows.Draft> added) {
		String file = this.fileNames.apply(FileKind.TARGETS);
		Map<Long, List<IndicatorTarget>> held = new HashMap<>();
		List<TargetRevision> revisions = new ArrayList<>();
		List<TargetRows.Draft> additions = new ArrayList<>();
		for (TargetRows.Draft draft : drafts) {
			IndicatorTarget target = draft.target();
			String what = draft.indicatorCode() + " target from " + target.appliesFrom().label();
			Optional<Long> indicatorId = this.context.savedIndicatorId(draft.indicatorCode());
			Optional<IndicatorTarget> same = indicatorId
				.flatMap(id -> held.computeIfAbsent(id, this.targets::forIndicator)
					.stream()
					.filter(t -> t.appliesFrom().key().equals(target.appliesFrom().key())
							&& (t.target() instanceof Target.Profile) == (target.target() instanceof Target.Profile))
					.findFirst());
			if (same.isEmpty()) {
				this.preview.added(file, draft.row(), what);
				additions.add(draft);
				continue;
			}
			IndicatorTarget saved = same.get();
			// a column the file leaves out keeps what Beacon holds
			Set<String> given = draft.given();
			IndicatorTarget kept = new IndicatorTarget(null, saved.indicatorId(), target.target(), saved.appliesFrom(),
					given.contains("applies_to") ? target.appliesTo() : saved.appliesTo(),
					TargetRows.givesRule(given) ? target.rule() : saved.rule(),
					given.contains("text_as_printed") ? target.textAsPrinted() : saved.textAsPrinted(),
					given.contains("note") ? target.note() : saved.note());
			// what the council printed no longer describes a target whose figures change
			boolean figuresChange = !figures(Columns.target(saved, "")).equals(figures(Columns.target(kept, "")));
			String printed = (figuresChange && Objects.equals(saved.textAsPrinted(), kept.textAsPrinted())) ? null
					: kept.textAsPrinted();
			IndicatorTarget revised = new IndicatorTarget(saved.id(), saved.indicatorId(), kept.target(),
					saved.appliesFrom(), kept.appliesTo(), kept.rule(), printed, kept.note());
			if (this.preview.compared(file, draft.row(), what, Columns.target(saved, draft.indicatorCode()),
					Columns.target(revised, draft.indicatorCode()))) {
				this.preview.needsReason();
				revisions.add(new TargetRevision(draft, saved, revised));
			}
		}
		checkOverlaps(held, revisions, additions, file);
		added.addAll(additions);
		return revisions;
	}

	private static Map<String, String> figures(Map<String, String> target) {
		Map<String, String> figures = new LinkedHashMap<>(target);
		figures.keySet().retainAll(Set.of("kind", "value", "low", "high", "quartile", "total_from", "total_to"));
		return figures;
	}

	// the targets an indicator will hold once the revisions are saved must not overlap
	// those added
	private void checkOverlaps(Map<Long, List<IndicatorTarget>> held, List<TargetRevision> revisions,
			List<TargetRows.Draft> additions, String file) {
		Map<Long, IndicatorTarget> revised = revisions.stream()
			.collect(Collectors.toMap(r -> r.saved().id(), TargetRevision::revised));
		for (TargetRevision revision : revisions) {
			held.get(revision.saved().indicatorId())
				.stream()
				.map(t -> revised.getOrDefault(t.id(), t))
				.filter(t -> !t.id().equals(revision.saved().id()) && t.overlaps(revision.revised()))
				.findFirst()
				.ifPresent(other -> this.context.problems.add(file, revision.draft().row(), "applies_to",
						"the target of " + revision.draft().indicatorCode() + " would then overlap the one Beacon "
								+ "holds " + other.span() + "; end one of them with applies_to."));
		}
		for (TargetRows.Draft draft : additions) {
			this.context.savedIndicatorId(draft.indicatorCode())
				.flatMap(id -> held.computeIfAbsent(id, this.targets::forIndicator)
					.stream()
					.map(t -> revised.getOrDefault(t.id(), t))
					.filter(t -> t.overlaps(draft.target()))
					.findFirst())
				.ifPresent(saved -> this.context.problems.add(file, draft.row(), "applies_from",
						"this target overlaps the one Beacon already holds for " + draft.indicatorCode() + " ("
								+ saved.span() + "). To correct that target, give its start (" + "applies_from "
								+ saved.appliesFrom().key() + ") on this row; to follow it with this one, "
								+ "end it with applies_to on a row of its own."));
		}
	}

	/**
	 * A figure for a period the indicator already has a figure for revises that figure
	 * (the old one is kept in the history); any other adds one.
	 * @param added filled with the figures to add
	 * @return the figures to revise
	 */
	List<FigureRevision> figures(List<MeasurementRows.Draft> drafts, List<MeasurementRows.Draft> added) {
		String file = this.fileNames.apply(FileKind.MEASUREMENTS);
		Map<Long, Set<String>> periods = new HashMap<>();
		Map<Long, Map<String, Measurement>> held = new HashMap<>();
		List<FigureRevision> revisions = new ArrayList<>();
		// each period's key worked out once: a million figures name a few hundred
		Map<uk.beacon.period.Period, String> keys = new java.util.IdentityHashMap<>();
		for (MeasurementRows.Draft draft : drafts) {
			Measurement figure = draft.measurement();
			String key = keys.computeIfAbsent(figure.dataPeriod(), uk.beacon.period.Period::key);
			// described only when shown: a million new figures are counted, not each put
			// in words
			java.util.function.Supplier<String> described = () -> draft.indicatorCode() + " for "
					+ figure.dataPeriod().label();
			Optional<Long> indicatorId = this.context.savedIndicatorId(draft.indicatorCode());
			if (indicatorId.isEmpty()
					|| !periods.computeIfAbsent(indicatorId.get(), this.measurements::dataPeriodKeys).contains(key)) {
				this.preview.added(file, draft.row(), described);
				added.add(draft);
				continue;
			}
			Measurement saved = held
				.computeIfAbsent(indicatorId.get(),
						id -> this.measurements.forIndicator(id)
							.stream()
							.collect(Collectors.toMap(m -> m.dataPeriod().key(), m -> m, (a, b) -> a)))
				.get(key);
			if (saved == null) {
				// recorded by someone else since the periods were read: the figure is
				// refused when saved
				this.preview.added(file, draft.row(), described);
				added.add(draft);
				continue;
			}
			String what = described.get();
			if (!saved.reportingPeriod().equals(figure.reportingPeriod())) {
				this.context.problems.add(file, draft.row(), "reporting_period",
						"Beacon holds " + what + " as reported in " + saved.reportingPeriod().label()
								+ "; a corrected figure keeps the quarter it was reported in, so write "
								+ saved.reportingPeriod().key() + ".");
				continue;
			}
			// a column the file leaves out keeps what Beacon holds
			Set<String> given = draft.given();
			boolean valueChanges = !Objects.equals(Columns.number(saved.value()), Columns.number(figure.value()))
					|| !Objects.equals(Columns.number(saved.numerator()), Columns.number(figure.numerator()))
					|| !Objects.equals(Columns.number(saved.denominator()), Columns.number(figure.denominator()));
			String printedGiven = given.contains("value_as_printed") ? figure.valueAsPrinted() : saved.valueAsPrinted();
			String printed = (valueChanges && Objects.equals(saved.valueAsPrinted(), printedGiven)) ? null
					: printedGiven;
			Commentary said = figure.commentary();
			Commentary commentary = new Commentary(
					given.contains("performance_details") ? said.performanceDetails()
							: saved.commentary().performanceDetails(),
					given.contains("current_activity") ? said.currentActivity() : saved.commentary().currentActivity(),
					given.contains("future_activity") ? said.futureActivity() : saved.commentary().futureActivity());
			Measurement revised = new Measurement(saved.id(), saved.indicatorId(), saved.dataPeriod(),
					saved.reportingPeriod(), figure.value(), figure.numerator(), figure.denominator(),
					given.contains("provisional") ? figure.provisional() : saved.provisional(),
					given.contains("estimated") ? figure.estimated() : saved.estimated(), printed, commentary,
					given.contains("assessed_status") ? figure.override() : saved.override(),
					given.contains("note") ? figure.note() : saved.note(), saved.version());
			if (this.preview.compared(file, draft.row(), what, Columns.figure(saved, draft.indicatorCode()),
					Columns.figure(revised, draft.indicatorCode()))) {
				this.preview.needsReason();
				revisions.add(new FigureRevision(draft, saved, revised));
			}
		}
		return revisions;
	}

	/**
	 * @return the scorecards to save: those new or changed. A scorecard that gives no
	 * current period keeps the one it has. What the file cannot hold is kept: an
	 * indicator the importer may not see stays where it is, and a section with nothing in
	 * it that the importer may see stays too.
	 */
	List<ScorecardRows.Draft> scorecards(List<ScorecardRows.Draft> drafts) {
		String file = this.fileNames.apply(FileKind.SCORECARDS);
		List<ScorecardRows.Draft> toSave = new ArrayList<>();
		for (ScorecardRows.Draft draft : drafts) {
			Optional<Scorecard> saved = this.scorecards.idOf(draft.code).flatMap(this.scorecards::findById);
			String what = draft.code + " (" + draft.name + ")";
			if (saved.isEmpty()) {
				this.preview.added(file, draft.row, what);
				toSave.add(draft);
				continue;
			}
			if (draft.currentPeriod == null) {
				draft.currentPeriod = saved.get().currentPeriod();
			}
			Map<Long, Indicator> held = this.indicators
				.findAllById(saved.get().sections().stream().flatMap(x -> x.indicatorIds().stream()).toList())
				.stream()
				.collect(Collectors.toMap(Indicator::id, i -> i));
			if (!this.preview.compared(file, draft.row, what, fields(saved.get(), held), fields(draft))) {
				this.preview.alsoUnchanged(file, draft.rows);
			}
			else if (keepUnseen(draft, saved.get(), held, file)) {
				toSave.add(draft);
			}
		}
		return toSave;
	}

	/**
	 * Puts back into the draft what the importer may not see, each indicator after the
	 * one it follows in Beacon, and each section the file could not hold at its place.
	 * @return false, with a problem, when a section left out holds indicators the
	 * importer may not see
	 */
	private boolean keepUnseen(ScorecardRows.Draft draft, Scorecard saved, Map<Long, Indicator> held, String file) {
		List<Map.Entry<String, List<String>>> sections = new ArrayList<>(draft.sectionIndicators.entrySet());
		for (int s = 0; s < saved.sections().size(); s++) {
			ScorecardSection section = saved.sections().get(s);
			List<Indicator> all = section.indicatorIds().stream().map(held::get).filter(Objects::nonNull).toList();
			boolean nothingSeen = all.stream().noneMatch(this.context::maysee);
			List<String> codes = draft.sectionIndicators.get(section.title());
			if (codes == null) {
				if (!nothingSeen && all.stream().anyMatch(i -> !this.context.maysee(i))) {
					this.context.problems.add(file, draft.row, "section", "the section \"" + section.title() + "\" of "
							+ draft.code + " also holds indicators you may not see, so it cannot be left out.");
					return false;
				}
				if (nothingSeen) {
					sections.add(Math.min(s, sections.size()),
							Map.entry(section.title(), new ArrayList<>(all.stream().map(Indicator::code).toList())));
					draft.sectionKinds.put(section.title(), section.kind());
				}
				continue;
			}
			for (int i = 0; i < all.size(); i++) {
				if (this.context.maysee(all.get(i))) {
					continue;
				}
				int at = 0;
				for (int before = i - 1; before >= 0; before--) {
					int found = codes.indexOf(all.get(before).code());
					if (found >= 0) {
						at = found + 1;
						break;
					}
				}
				if (!codes.contains(all.get(i).code())) {
					codes.add(at, all.get(i).code());
				}
			}
		}
		draft.sectionIndicators.clear();
		sections.forEach(e -> draft.sectionIndicators.put(e.getKey(), e.getValue()));
		Map<String, uk.beacon.scorecard.SectionKind> kinds = new LinkedHashMap<>();
		draft.sectionIndicators.keySet().forEach(title -> kinds.put(title, draft.sectionKinds.get(title)));
		draft.sectionKinds.clear();
		draft.sectionKinds.putAll(kinds);
		return true;
	}

	/**
	 * A benchmark for an indicator, period and comparator Beacon holds one for replaces
	 * it.
	 * @return the benchmarks to save: those new or changed
	 */
	List<BenchmarkRows.Draft> benchmarks(List<BenchmarkRows.Draft> drafts) {
		String file = this.fileNames.apply(FileKind.BENCHMARKS);
		Map<Long, List<Benchmark>> held = new HashMap<>();
		List<BenchmarkRows.Draft> toSave = new ArrayList<>();
		for (BenchmarkRows.Draft draft : drafts) {
			Benchmark b = draft.benchmark();
			String what = draft.indicatorCode() + " " + Columns.choice(b.comparator()) + " for "
					+ b.dataPeriod().label();
			Optional<Benchmark> saved = this.context.savedIndicatorId(draft.indicatorCode())
				.flatMap(id -> held.computeIfAbsent(id, this.benchmarks::forIndicator)
					.stream()
					.filter(h -> h.dataPeriod().key().equals(b.dataPeriod().key()) && h.comparator() == b.comparator())
					.findFirst());
			if (saved.isEmpty()) {
				this.preview.added(file, draft.row(), what);
				toSave.add(draft);
			}
			else if (this.preview.compared(file, draft.row(), what, Columns.benchmark(saved.get()),
					Columns.benchmark(b))) {
				toSave.add(draft);
			}
		}
		return toSave;
	}

	/** The scorecard as the importer may see it: what a filled template holds. */
	private Map<String, String> fields(Scorecard scorecard, Map<Long, Indicator> held) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("scorecard_name", scorecard.name());
		fields.put("organisation_code", unitCode(scorecard.organisationUnitId()));
		fields.put("scorecard_kind", Columns.choice(scorecard.kind()));
		fields.put("current_period", Columns.period(scorecard.currentPeriod()));
		Map<String, String> sections = new LinkedHashMap<>();
		for (ScorecardSection section : scorecard.sections()) {
			List<String> seen = section.indicatorIds()
				.stream()
				.map(held::get)
				.filter(i -> i != null && this.context.maysee(i))
				.map(Indicator::code)
				.toList();
			if (!seen.isEmpty()) {
				sections.put("section \"" + section.title() + "\"",
						Columns.choice(section.kind()) + ": " + String.join(", ", seen));
			}
		}
		fields.put("sections", String.join(" | ",
				sections.keySet().stream().map(k -> k.substring("section \"".length(), k.length() - 1)).toList()));
		fields.putAll(sections);
		return fields;
	}

	private static Map<String, String> fields(ScorecardRows.Draft draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("scorecard_name", draft.name);
		fields.put("organisation_code", draft.organisationCode);
		fields.put("scorecard_kind", Columns.choice(draft.kind));
		fields.put("current_period", Columns.period(draft.currentPeriod));
		fields.put("sections", String.join(" | ", draft.sectionIndicators.keySet()));
		draft.sectionIndicators.forEach((title, codes) -> fields.put("section \"" + title + "\"",
				Columns.choice(draft.sectionKinds.get(title)) + ": " + String.join(", ", codes)));
		return fields;
	}

	private String unitCode(Long unitId) {
		if (unitId == null) {
			return null;
		}
		return this.unitCodes.computeIfAbsent(unitId,
				id -> this.units.findById(id).map(OrganisationUnit::code).orElse(null));
	}

}
