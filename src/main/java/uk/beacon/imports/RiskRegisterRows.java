package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;

import uk.beacon.risk.RegisterKind;

/**
 * Reads risk-registers.csv.
 */
final class RiskRegisterRows {

	record Draft(String code, String name, RegisterKind kind, String organisationCode, String escalatesTo,
			String councilCode) {
	}

	private RiskRegisterRows() {
	}

	static List<Draft> read(CsvTable table, RiskContext context) {
		List<Draft> drafts = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("code");
			String name = row.required("name");
			RegisterKind kind = row.choice("kind", RegisterKind.class);
			if (row.text("kind") == null) {
				row.required("kind");
			}
			String unit = row.required("organisation_code");
			String escalatesTo = row.text("escalates_to");
			String council = (unit != null) ? context.base.councilOf(unit).orElse(null) : null;
			if (unit != null && council == null) {
				row.problem("organisation_code", "no organisation unit has the code \"" + unit + "\".");
				continue;
			}
			if (code != null && context.registers.containsKey(code)) {
				row.problem("code", "the code \"" + code + "\" appears on an earlier row too.");
				continue;
			}
			if (escalatesTo != null && context.registerCouncil(escalatesTo).isEmpty()) {
				row.problem("escalates_to", "no register has the code \"" + escalatesTo
						+ "\"; list the higher register on an earlier row.");
				continue;
			}
			if (escalatesTo != null && escalatesTo.equals(code)) {
				row.problem("escalates_to", "a register cannot escalate to itself.");
				continue;
			}
			if (escalatesTo != null && council != null
					&& !context.registerCouncil(escalatesTo).orElseThrow().equals(council)) {
				row.problem("escalates_to", escalatesTo + " is another council's register; a register escalates only "
						+ "to a register of its own council.");
				continue;
			}
			if (code == null || name == null || kind == null || unit == null) {
				continue;
			}
			if (!context.checkRegisterScope(row, "code", code, "change the register " + code)
					|| !context.base.checkScope(row, "organisation_code", unit, "keep the risk registers of " + unit,
							RiskContext.KEEPERS)) {
				continue;
			}
			Draft draft = new Draft(code, name, kind, unit, escalatesTo, council);
			context.registers.put(code, draft);
			drafts.add(draft);
		}
		return drafts;
	}

}
