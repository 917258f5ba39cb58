package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.beacon.organisation.OrganisationKind;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaChange;
import uk.beacon.risk.RiskAreaRejected;
import uk.beacon.risk.RiskBand;

/**
 * Reads risk-areas.csv: each council's risk areas, added or set as the file says.
 */
final class RiskAreaRows {

	/** An area and its council's code, resolved when saved. */
	record Draft(RiskAreaChange area, String councilCode) {
	}

	private RiskAreaRows() {
	}

	static List<Draft> read(CsvTable table, RiskContext context, java.time.LocalDate today) {
		List<Draft> drafts = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("code");
			String council = row.required("council_code");
			String title = row.required("title");
			String level = row.text("level");
			String reason = row.text("level_reason");
			boolean retired = row.yesNo("retired", false);
			java.time.LocalDate since = row.date("since");
			if (code != null && !RiskArea.isValidCode(code)) {
				row.problem("code", RiskArea.CODE_RULE);
				continue;
			}
			if (code != null && context.areas.containsKey(code)) {
				row.problem("code", "the code \"" + code + "\" appears on an earlier row too.");
				continue;
			}
			if (council != null
					&& context.base.unitKind(council).filter(k -> k == OrganisationKind.COUNCIL).isEmpty()) {
				row.problem("council_code", "no council has the code \"" + council + "\".");
				continue;
			}
			if (code == null || council == null || title == null) {
				continue;
			}
			Optional<String> heldBy = context.savedAreaCouncil(code);
			if (heldBy.isPresent() && !heldBy.get().equals(council)) {
				row.problem("code", code + " is a risk area of " + heldBy.get() + "; an area stays with its council.");
				continue;
			}
			if (!context.base.checkScope(row, "council_code", council, "keep the risk areas of " + council,
					RiskContext.KEEPERS)) {
				continue;
			}
			if (level != null && reason == null) {
				row.problem("level_reason", "give the reason the level is set at " + level
						+ ", or leave level empty to work it out from the area's risks.");
				continue;
			}
			if (level == null && reason != null) {
				row.problem("level", "give the level the reason is for, or leave level_reason empty.");
				continue;
			}
			List<String> levels = context.matrix(council).bands().stream().map(RiskBand::level).distinct().toList();
			if (level != null && levels.stream().noneMatch(l -> l.equalsIgnoreCase(level))) {
				row.problem("level", "\"" + level + "\" is not a level of " + council + "; use one of "
						+ String.join(", ", levels) + ".");
				continue;
			}
			RiskAreaChange change = new RiskAreaChange(code, null, title, row.text("lead"), row.text("mitigations"),
					level, reason, since, retired);
			Optional<RiskAreaRejected> problem = change.problem(today);
			if (problem.isPresent()) {
				row.problem(column(problem.get().field()), problem.get().getMessage());
				continue;
			}
			Draft draft = new Draft(change, council);
			context.areas.put(code, draft);
			drafts.add(draft);
		}
		return drafts;
	}

	/** The file's column for a part of an area. */
	private static String column(String field) {
		return "levelReason".equals(field) ? "level_reason" : field;
	}

}
