package uk.beacon.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.beacon.risk.RestrictedField;
import uk.beacon.risk.ReviewInterval;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskResponse;
import uk.beacon.risk.RiskStatus;

/**
 * Reads risks.csv.
 */
final class RiskEntryRows {

	/**
	 * A risk, its register's code and its risk area's, resolved when saved.
	 *
	 * @param areaCode {@code null} for no area
	 */
	record Draft(Risk risk, String registerCode, String areaCode) {
	}

	private RiskEntryRows() {
	}

	static List<Draft> read(CsvTable table, RiskContext context) {
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRow row : table.rows()) {
			String reference = row.required("reference");
			String register = row.required("register_code");
			RiskKind kind = row.choice("kind", RiskKind.class);
			if (row.text("kind") == null) {
				row.required("kind");
			}
			String title = row.required("title");
			Integer months = row.integer("review_months", ReviewInterval.FEWEST_MONTHS, ReviewInterval.MOST_MONTHS);
			RiskStatus status = row.choice("status", RiskStatus.class);
			RiskResponse response = row.choice("response", RiskResponse.class);
			Set<RestrictedField> fields = restrictedFields(row);
			if (register != null && context.registerCouncil(register).isEmpty()) {
				row.problem("register_code",
						"no register has the code \"" + register + "\"; add it to risk-registers.csv first.");
				continue;
			}
			if (register != null
					&& !context.checkRegisterScope(row, "register_code", register, "add risks to " + register)) {
				continue;
			}
			if (reference != null && !Risk.isValidReference(reference)) {
				row.problem("reference", Risk.REFERENCE_RULE);
				continue;
			}
			if (reference != null) {
				Integer earlier = seen.putIfAbsent(reference, row.number());
				if (earlier != null) {
					row.problem("reference", "duplicate: row " + earlier + " already has " + reference + ".");
					continue;
				}
				if (context.savedRisk(reference).isPresent()) {
					row.problem("reference", "Beacon already holds a risk " + reference
							+ "; a reference is used once across the council.");
					continue;
				}
			}
			String area = row.text("area_code");
			if (area != null && register != null && !areaFits(row, area, register, context)) {
				continue;
			}
			if (reference == null || register == null || kind == null || title == null || fields == null) {
				continue;
			}
			Risk risk = new Risk(null, reference, 0, kind, title, row.text("description"), row.text("category"),
					row.text("consequences"), row.text("owner"), row.text("owner_email"),
					(months != null) ? months : ReviewInterval.DEFAULT_MONTHS, row.date("next_review"),
					(status != null) ? status : RiskStatus.OPEN, response, row.yesNo("restricted", false), fields,
					row.text("direction_as_printed"), row.text("note"), null, 0);
			if (risk.tooLong().isPresent()) {
				row.problem("title", risk.tooLong().get());
				continue;
			}
			if (!Risk.isValidEmail(risk.ownerEmail())) {
				row.problem("owner_email", Risk.EMAIL_RULE + ".");
				continue;
			}
			Draft draft = new Draft(risk, register, area);
			context.risks.put(reference, draft);
			drafts.add(draft);
		}
		return drafts;
	}

	/**
	 * Whether the area is one of the register's council, still reported; says on the row
	 * why not.
	 */
	private static boolean areaFits(CsvRow row, String area, String register, RiskContext context) {
		var found = context.area(area);
		if (found.isEmpty()) {
			row.problem("area_code", "no risk area has the code \"" + area + "\"; add it to risk-areas.csv first.");
			return false;
		}
		String council = context.registerCouncil(register).orElse(null);
		if (!found.get().getKey().equals(council)) {
			row.problem("area_code", area + " is a risk area of " + found.get().getKey() + ", but " + register
					+ " is a register of " + council + "; choose one of " + council + "'s areas.");
			return false;
		}
		if (found.get().getValue()) {
			row.problem("area_code", area + " is retired; choose an area still reported, or leave area_code empty.");
			return false;
		}
		return true;
	}

	private static Set<RestrictedField> restrictedFields(CsvRow row) {
		Set<RestrictedField> fields = EnumSet.noneOf(RestrictedField.class);
		String text = row.text("restricted_fields");
		if (text == null) {
			return fields;
		}
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				fields.add(RestrictedField.valueOf(part.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				row.problem("restricted_fields", "\"" + part.trim()
						+ "\" is not a field that can be restricted; use description, consequences, controls, actions or owner.");
				return null;
			}
		}
		return fields;
	}

}
