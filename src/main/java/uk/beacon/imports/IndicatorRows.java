package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;

import uk.beacon.access.Role;
import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Comparison;
import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.Unit;

/**
 * Reads indicators.csv.
 */
final class IndicatorRows {

	/**
	 * An indicator definition and the code of the unit that owns it, resolved when saved.
	 */
	record Draft(Indicator indicator, String organisationCode, int row) {
	}

	private IndicatorRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("code");
			if (code != null && (code.length() > 40 || !code.matches("[\\p{L}\\p{N}._/()&+-]+"))) {
				row.problem("code", "a code is one word of letters, digits and . _ / - ( ) & + (no spaces), at most "
						+ "40 characters.");
				continue;
			}
			String title = row.required("title");
			row.text("title", 300, false);
			if (title != null && title.length() > 300) {
				continue;
			}
			for (String column : java.util.List.of("owner", "data_source", "owner_email")) {
				row.text(column, column.equals("owner_email") ? 254 : 300, false);
			}
			for (String column : java.util.List.of("definition", "note", "public_note")) {
				row.text(column, 4000, true);
			}
			String organisationCode = row.required("organisation_code");
			Unit unit = requiredChoice(row, "unit", Unit.class);
			Polarity polarity = requiredChoice(row, "polarity", Polarity.class);
			Frequency frequency = requiredChoice(row, "frequency", Frequency.class);
			Accumulation accumulation = row.choice("accumulation", Accumulation.class);
			Comparison comparison = row.choice("comparison", Comparison.class);
			Integer decimals = row.integer("decimal_places", 0, 6);
			Integer arrears = row.integer("arrears_months", 0, 24);
			// an indicator Beacon holds keeps its publication unless the file says
			// otherwise
			boolean isPublic = (row.text("public") == null && code != null)
					? context.savedPublication(code).orElse(true) : row.yesNo("public", true);
			if (organisationCode != null && context.unitKind(organisationCode).isEmpty()) {
				row.problem("organisation_code", "no organisation unit has the code \"" + organisationCode
						+ "\"; add it to organisation.csv first.");
				continue;
			}
			if (code != null && context.indicators.containsKey(code)) {
				row.problem("code", "the code \"" + code + "\" appears on an earlier row too.");
				continue;
			}
			if (code == null || title == null || organisationCode == null || unit == null || polarity == null
					|| frequency == null) {
				continue;
			}
			if (!context.checkVisible(row, "code", code)) {
				continue;
			}
			if (context.savedUnit(organisationCode).filter(uk.beacon.organisation.OrganisationUnit::retired).isPresent()
					&& context.savedIndicator(code)
						.map(i -> i.organisationUnitId() != context.savedUnit(organisationCode).get().id())
						.orElse(true)) {
				row.problem("organisation_code", organisationCode + " is retired, so no indicator is added to it or "
						+ "moved there; put it back in use first, or choose a unit in use.");
				continue;
			}
			if (!context.checkPublicationScope(row, code, isPublic) || !context.checkRedefinitionScope(row, code)
					|| !context.checkScope(row, "organisation_code", organisationCode,
							"add or move indicators to " + organisationCode, Role.PERFORMANCE_OFFICER)) {
				continue;
			}
			// a column the file leaves out keeps what Beacon holds for an indicator it
			// already has: an export of a few columns, edited and imported, clears
			// nothing
			Indicator saved = context.savedIndicator(code).orElse(null);
			Accumulation accumulated = kept(row, "accumulation", saved, Indicator::accumulation,
					(accumulation != null) ? accumulation : Accumulation.SNAPSHOT);
			Indicator indicator = new Indicator(null, code, title,
					kept(row, "definition", saved, Indicator::definition, row.text("definition")), 0, unit,
					kept(row, "decimal_places", saved, Indicator::decimalPlaces, (decimals != null) ? decimals : 0),
					polarity, frequency, accumulated,
					kept(row, "arrears_months", saved, Indicator::arrearsMonths, (arrears != null) ? arrears : 0),
					kept(row, "comparison", saved, Indicator::comparison,
							(comparison != null) ? comparison : Comparison.defaultFor(frequency, accumulated)),
					kept(row, "owner", saved, Indicator::ownerName, row.text("owner")),
					kept(row, "owner_email", saved, Indicator::ownerEmail, row.text("owner_email")),
					kept(row, "data_source", saved, Indicator::dataSource, row.text("data_source")), isPublic,
					kept(row, "note", saved, Indicator::note, row.text("note")), 0, null, null,
					kept(row, "public_note", saved, Indicator::publicNote, row.text("public_note")));
			if (unit == Unit.PERCENT && accumulated == Accumulation.CUMULATIVE_YTD) {
				context.warnings.add(new ImportProblem(FileKind.INDICATORS.fileName(), row.number(), "accumulation",
						cumulativePercentage(code)));
			}
			Draft draft = new Draft(indicator, organisationCode, row.number());
			context.indicators.put(code, draft);
			drafts.add(draft);
		}
		return drafts;
	}

	/**
	 * A percentage marked cumulative year to date is right for a rate of the year so far
	 * and for a share of the year's total that builds up, but is easily a snapshot marked
	 * by mistake, and Beacon forecasts it differently from a total: worth a second look.
	 */
	static String cumulativePercentage(String code) {
		return code + " is a percentage marked cumulative year to date. Beacon takes it as a rate of the year so "
				+ "far, which starts again each April: its year-end forecast follows this year's figures only and is "
				+ "never scaled up pro rata. If each figure stands alone (the percentage in that quarter), make it "
				+ "snapshot; if it is a share of the whole year's total that builds up to the year end (council tax "
				+ "collected), give it a year-to-date profile target. Otherwise nothing needs changing.";
	}

	/**
	 * What the row gives; when the file has no such column, what Beacon holds for the
	 * indicator it already has.
	 */
	private static <T> T kept(CsvRow row, String column, Indicator saved,
			java.util.function.Function<Indicator, T> field, T given) {
		return (!row.has(column) && saved != null) ? field.apply(saved) : given;
	}

	private static <E extends Enum<E>> E requiredChoice(CsvRow row, String column, Class<E> type) {
		if (row.text(column) == null) {
			row.required(column);
			return null;
		}
		return row.choice(column, type);
	}

}
