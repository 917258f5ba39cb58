package uk.beacon.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.access.Role;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardKind;
import uk.beacon.scorecard.SectionKind;

/**
 * Reads scorecards.csv: one row per indicator placed on a scorecard section, in order.
 */
final class ScorecardRows {

	/** A scorecard's layout by codes, resolved when saved. */
	static final class Draft {

		final String code;

		final String name;

		final String organisationCode;

		final ScorecardKind kind;

		FinancialQuarter currentPeriod;

		/** The first row of the scorecard. */
		int row;

		/** Every row of the scorecard. */
		final List<Integer> rows = new ArrayList<>();

		final Map<String, SectionKind> sectionKinds = new LinkedHashMap<>();

		final Map<String, List<String>> sectionIndicators = new LinkedHashMap<>();

		Draft(String code, String name, String organisationCode, ScorecardKind kind) {
			this.code = code;
			this.name = name;
			this.organisationCode = organisationCode;
			this.kind = kind;
		}

	}

	private ScorecardRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		Map<String, Draft> drafts = new LinkedHashMap<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("scorecard_code");
			String name = row.required("scorecard_name");
			String organisationCode = row.required("organisation_code");
			ScorecardKind kind = required(row, "scorecard_kind", ScorecardKind.class);
			String section = row.required("section");
			SectionKind sectionKind = required(row, "section_kind", SectionKind.class);
			String indicatorCode = row.required("indicator_code");
			FinancialQuarter current = row.quarter("current_period");
			if (organisationCode != null && context.unitKind(organisationCode).isEmpty()) {
				row.problem("organisation_code", "no organisation unit has the code \"" + organisationCode + "\".");
				continue;
			}
			if (!context.checkVisible(row, "indicator_code", indicatorCode)) {
				continue;
			}
			if (indicatorCode != null && context.indicator(indicatorCode).isEmpty()) {
				row.problem("indicator_code",
						"no indicator has the code \"" + indicatorCode + "\"; define it in indicators.csv first.");
				continue;
			}
			if (code == null || name == null || organisationCode == null || kind == null || section == null
					|| sectionKind == null || indicatorCode == null) {
				continue;
			}
			if (!context.checkScope(row, "organisation_code", organisationCode,
					"keep the scorecards of " + organisationCode, Role.PERFORMANCE_OFFICER)) {
				continue;
			}
			if (!context.checkScorecardScope(row, code)) {
				continue;
			}
			Optional<String> indicatorCouncil = context.unitCodeOf(indicatorCode).flatMap(context::councilOf);
			Optional<String> scorecardCouncil = context.councilOf(organisationCode);
			if (indicatorCouncil.isPresent() && !indicatorCouncil.equals(scorecardCouncil)) {
				row.problem("indicator_code",
						indicatorCode + " belongs to " + indicatorCouncil.get() + "; a scorecard of "
								+ scorecardCouncil.orElse(organisationCode)
								+ " shows only its own council's indicators.");
				continue;
			}
			Draft draft = drafts.computeIfAbsent(code, c -> new Draft(c, name, organisationCode, kind));
			if (draft.row == 0) {
				draft.row = row.number();
			}
			draft.rows.add(row.number());
			if (!draft.name.equals(name) || !draft.organisationCode.equals(organisationCode) || draft.kind != kind) {
				row.problem("scorecard_name", "the name, organisation or kind of " + code
						+ " differs from its earlier rows; a scorecard has one of each.");
				continue;
			}
			if (current != null) {
				if (draft.currentPeriod != null && !draft.currentPeriod.equals(current)) {
					row.problem("current_period", "an earlier row of " + code + " gives " + draft.currentPeriod.label()
							+ "; give the current period once.");
					continue;
				}
				draft.currentPeriod = current;
			}
			SectionKind earlierKind = draft.sectionKinds.putIfAbsent(section, sectionKind);
			if (earlierKind != null && earlierKind != sectionKind) {
				row.problem("section_kind", "the section \"" + section + "\" was a " + earlierKind.label().toLowerCase()
						+ " on an earlier row.");
				continue;
			}
			List<String> indicators = draft.sectionIndicators.computeIfAbsent(section, s -> new ArrayList<>());
			if (indicators.contains(indicatorCode)) {
				row.problem("indicator_code", indicatorCode + " is already in the section \"" + section + "\".");
				continue;
			}
			indicators.add(indicatorCode);
		}
		return new ArrayList<>(drafts.values());
	}

	private static <E extends Enum<E>> E required(CsvRow row, String column, Class<E> type) {
		if (row.text(column) == null) {
			row.required(column);
			return null;
		}
		return row.choice(column, type);
	}

}
