package uk.beacon.setup.web;

import org.springframework.validation.BindingResult;

import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.UnitDefinition;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedText;

/**
 * A unit of the organisation tree as an officer adds or changes it.
 *
 * @param name its name as the council writes it
 * @param code its code, unique across Beacon (fixed once added)
 * @param kind council, directorate or service
 * @param parent the code of the unit it sits below; blank for a council
 */
record UnitForm(String name, String code, String kind, String parent) {

	static final int LONGEST_NAME = 200;

	static UnitForm blank() {
		return new UnitForm(null, null, null, null);
	}

	static UnitForm of(OrganisationUnit unit, String parentCode) {
		return new UnitForm(unit.name(), unit.code(), unit.kind().name(), parentCode);
	}

	/**
	 * @return the unit as the organisation's service takes it, or {@code null} with each
	 * mistake beside its field
	 */
	UnitDefinition definition(BindingResult errors) {
		String named = (this.name != null) ? this.name.strip() : "";
		if (named.isEmpty() || named.length() > LONGEST_NAME || TypedText.hasHiddenCharacters(named, false)) {
			FormErrors.reject(errors, "name", "Enter the unit's name as the council writes it, in up to " + LONGEST_NAME
					+ " characters on one line");
		}
		String coded = Codes.read(this.code);
		if (coded == null) {
			FormErrors.reject(errors, "code", Codes.RULE);
		}
		OrganisationKind chosen = null;
		try {
			chosen = OrganisationKind.valueOf((this.kind != null) ? this.kind : "");
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, "kind", "Choose whether it is a council, a directorate or a service");
		}
		String above = (this.parent == null || this.parent.isBlank()) ? null : this.parent.strip();
		if (chosen != null && chosen != OrganisationKind.COUNCIL && above == null) {
			FormErrors.reject(errors, "parent", "Choose the unit it sits below");
		}
		if (chosen == OrganisationKind.COUNCIL) {
			above = null;
		}
		return errors.hasErrors() ? null : new UnitDefinition(coded, named, chosen, above);
	}

}
