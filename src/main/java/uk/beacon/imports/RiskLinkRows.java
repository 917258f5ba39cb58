package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads risk-links.csv: what each risk threatens.
 */
final class RiskLinkRows {

	record Link(String reference, String indicatorCode, String scorecardCode, String section, String note) {
	}

	private RiskLinkRows() {
	}

	static List<Link> read(CsvTable table, RiskContext context) {
		List<Link> links = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String reference = RiskTreatmentRows.knownRisk(row, context);
			String indicator = row.text("indicator_code");
			String scorecard = row.text("scorecard_code");
			String section = row.text("section");
			if ((indicator == null) == (scorecard == null)) {
				row.problem("indicator_code",
						"give either an indicator_code or a scorecard_code with its section, not both or neither.");
				continue;
			}
			if (indicator != null && context.base.indicator(indicator).isEmpty()) {
				row.problem("indicator_code", "no indicator has the code \"" + indicator + "\".");
				continue;
			}
			if (scorecard != null && (section == null || !context.sectionExists(scorecard, section))) {
				row.problem("section", "the scorecard \"" + scorecard + "\" has no section \"" + section + "\".");
				continue;
			}
			if (reference == null) {
				continue;
			}
			String riskCouncil = context.risk(reference).orElseThrow().getValue();
			Optional<String> linkedCouncil = (indicator != null)
					? context.base.unitCodeOf(indicator).flatMap(context.base::councilOf)
					: context.scorecardCouncil(scorecard);
			if (linkedCouncil.isPresent() && !linkedCouncil.get().equals(riskCouncil)) {
				row.problem((indicator != null) ? "indicator_code" : "scorecard_code", reference + " is a risk of "
						+ riskCouncil + "; it can be linked only to its own council's indicators and objectives.");
				continue;
			}
			links.add(new Link(reference, indicator, scorecard, section, row.text("note")));
		}
		return links;
	}

}
