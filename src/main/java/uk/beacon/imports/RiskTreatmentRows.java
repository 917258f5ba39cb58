package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;

import uk.beacon.risk.ActionStatus;
import uk.beacon.risk.ControlEffectiveness;
import uk.beacon.risk.MitigatingAction;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskControl;

/**
 * Reads risk-controls.csv and risk-actions.csv.
 */
final class RiskTreatmentRows {

	record Control(String reference, RiskControl control) {
	}

	record Action(String reference, MitigatingAction action) {
	}

	private RiskTreatmentRows() {
	}

	static List<Control> controls(CsvTable table, RiskContext context) {
		List<Control> controls = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String reference = knownRisk(row, context);
			String text = row.required("control");
			ControlEffectiveness effectiveness = row.choice("effectiveness", ControlEffectiveness.class);
			if (reference != null && text != null && (effectiveness != null || row.text("effectiveness") == null)) {
				controls.add(new Control(reference, new RiskControl(text,
						(effectiveness != null) ? effectiveness : ControlEffectiveness.NOT_ASSESSED)));
			}
		}
		return controls;
	}

	static List<Action> actions(CsvTable table, RiskContext context) {
		List<Action> actions = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String reference = knownRisk(row, context);
			String text = row.required("action");
			ActionStatus status = row.choice("status", ActionStatus.class);
			java.time.LocalDate due = row.date("due");
			boolean statusOk = status != null || row.text("status") == null;
			boolean dueOk = due != null || row.text("due") == null;
			if (reference != null && text != null && statusOk && dueOk) {
				actions.add(new Action(reference, new MitigatingAction(text, row.text("owner"), due,
						(status != null) ? status : ActionStatus.OPEN, row.text("progress"))));
			}
		}
		return actions;
	}

	static String knownRisk(CsvRow row, RiskContext context) {
		String reference = row.required("reference");
		if (reference != null && context.risk(reference).isEmpty()) {
			row.problem("reference", "no risk has the reference \"" + reference + "\"; add it to risks.csv first.");
			return null;
		}
		if (reference != null && !context.checkRiskScope(row, reference)) {
			return null;
		}
		if (reference != null && context.savedRisk(reference).filter(Risk::isMerged).isPresent()) {
			row.problem("reference", reference + " has been merged into another risk and cannot be changed.");
			return null;
		}
		return reference;
	}

}
