package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;

/**
 * Reads organisation.csv.
 */
final class OrganisationRows {

	record Draft(String code, String name, OrganisationKind kind, String parentCode, int row) {
	}

	private OrganisationRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("code");
			String name = row.required("name");
			OrganisationKind kind = row.choice("kind", OrganisationKind.class);
			if (row.text("kind") == null) {
				row.problem("kind", "this cell is empty but is required (council, directorate or service).");
			}
			String parentCode = row.text("parent_code");
			if (code == null || name == null || kind == null) {
				continue;
			}
			if (context.units.containsKey(code)) {
				row.problem("code", "the code \"" + code + "\" appears on an earlier row too.");
				continue;
			}
			if (kind == OrganisationKind.COUNCIL && parentCode != null) {
				row.problem("parent_code", "a council is the top of the tree and has no parent; leave this empty.");
				continue;
			}
			if (kind != OrganisationKind.COUNCIL) {
				if (parentCode == null) {
					row.problem("parent_code",
							"a " + kind.label().toLowerCase() + " needs the code of the unit above it.");
					continue;
				}
				Optional<OrganisationKind> parentKind = context.unitKind(parentCode);
				if (parentKind.isEmpty()) {
					row.problem("parent_code", "no organisation unit has the code \"" + parentCode
							+ "\"; list the parent on an earlier row.");
					continue;
				}
				if (context.savedUnit(parentCode).filter(OrganisationUnit::retired).isPresent() && context
					.savedUnit(code)
					.map(u -> u.parentId() == null || !u.parentId().equals(context.savedUnit(parentCode).get().id()))
					.orElse(true)) {
					row.problem("parent_code", parentCode + " is retired, so nothing new sits below it; put it back "
							+ "in use first, or choose a unit in use.");
					continue;
				}
				if (!kind.mayBeChildOf(parentKind.get())) {
					row.problem("parent_code", "a " + kind.label().toLowerCase() + " cannot sit below a "
							+ parentKind.get().label().toLowerCase() + ".");
					continue;
				}
			}
			if (!context.checkUnitScope(row, code, name, parentCode)
					|| !context.checkChildrenStillFit(row, code, kind)) {
				continue;
			}
			Draft draft = new Draft(code, name, kind, parentCode, row.number());
			context.units.put(code, draft);
			drafts.add(draft);
		}
		return drafts;
	}

}
