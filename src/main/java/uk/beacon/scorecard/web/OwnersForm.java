package uk.beacon.scorecard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.OwnerAssignment;
import uk.beacon.mail.MailAddress;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedText;

/**
 * The owner to name for the indicators ticked on a scorecard's owners page.
 *
 * @param ownerName the owner's name
 * @param ownerEmail their e-mail address, which is how data requests find them
 * @param rows each indicator on the page: its code, the version shown and whether it is
 * ticked
 */
record OwnersForm(String ownerName, String ownerEmail, List<Row> rows) {

	OwnersForm {
		rows = (rows != null) ? new ArrayList<>(rows) : new ArrayList<>();
	}

	/**
	 * @param code the indicator
	 * @param version its version when the page was opened
	 * @param selected "yes" when ticked
	 */
	record Row(String code, String version, String selected) {
	}

	static OwnersForm of(List<Indicator> indicators) {
		return new OwnersForm(null, null,
				indicators.stream().map(i -> new Row(i.code(), Integer.toString(i.version()), null)).toList());
	}

	/**
	 * @param byCode the scorecard's indicators the person may see, by code
	 * @return the assignments, or {@code null} when anything is wrong, each mistake
	 * beside its field
	 */
	List<OwnerAssignment> assignments(Map<String, Indicator> byCode, BindingResult errors) {
		String name = (this.ownerName != null) ? this.ownerName.strip() : "";
		String email = (this.ownerEmail != null) ? this.ownerEmail.strip() : "";
		if (name.isEmpty() || name.length() > 300 || TypedText.hasHiddenCharacters(name, false)) {
			FormErrors.reject(errors, "ownerName", "Enter the owner's name, up to 300 characters");
		}
		if (!MailAddress.isValid(email)) {
			FormErrors.reject(errors, "ownerEmail",
					"Enter the owner's e-mail address in full, like name@council.gov.uk");
		}
		List<OwnerAssignment> assignments = new ArrayList<>();
		java.util.Set<String> codes = new java.util.HashSet<>();
		for (Row row : this.rows) {
			if (row != null && row.code() != null && !codes.add(row.code())) {
				throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.BAD_REQUEST,
						"The form gives " + row.code() + " twice: open the page again and use its form.");
			}
		}
		for (Row row : this.rows) {
			if (row == null || !"yes".equals(row.selected())) {
				continue;
			}
			Indicator indicator = (row.code() != null) ? byCode.get(row.code()) : null;
			if (indicator == null) {
				continue;
			}
			int version;
			try {
				version = Integer.parseInt((row.version() != null) ? row.version().strip() : "");
			}
			catch (NumberFormatException ex) {
				version = -1;
			}
			assignments.add(new OwnerAssignment(indicator.id(), version, name, email));
		}
		if (assignments.isEmpty()) {
			errors.reject("none", "Tick the indicators the owner is for");
		}
		return errors.hasErrors() ? null : assignments;
	}

	public boolean ticked(String code) {
		return this.rows.stream().anyMatch(r -> r != null && code.equals(r.code()) && "yes".equals(r.selected()));
	}

}
