package uk.beacon.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.indicator.Target;
import uk.beacon.indicator.TargetFrom;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedNumber;

/**
 * The targets an officer typed for a year, a row for each indicator on the page, kept as
 * typed when the form comes back with a mistake.
 *
 * @param rows one for each indicator, in the page's order
 */
record YearTargetsForm(List<Row> rows) implements FormErrors.FieldIds {

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)\\]\\.(\\w+)");

	YearTargetsForm {
		rows = (rows != null) ? new ArrayList<>(rows) : new ArrayList<>();
	}

	/**
	 * @param code the indicator
	 * @param seen the target that applied until replaced when the page was opened, blank
	 * when none did
	 * @param value the new target; blank to let the present one carry on
	 */
	record Row(String code, String seen, String value) {
	}

	static YearTargetsForm of(List<YearTargetRow> rows) {
		return new YearTargetsForm(rows.stream().map(r -> new Row(r.indicator().code(), r.seen(), null)).toList());
	}

	/** "rows[3].value" is the field with the id "value-3". */
	@Override
	public String idOf(String field) {
		Matcher row = ROW_FIELD.matcher(field);
		return row.matches() ? row.group(2) + "-" + row.group(1) : field;
	}

	/** What the officer typed for the indicator, or blank. */
	public String typed(String code) {
		return this.rows.stream()
			.filter(r -> r != null && code.equals(r.code()))
			.map(Row::value)
			.filter(v -> v != null)
			.findFirst()
			.orElse("");
	}

	/**
	 * The indicators given a target whose targets someone else changed since the page was
	 * opened, in the page's order.
	 */
	List<String> staleCodes(Map<String, YearTargetRow> byCode) {
		return this.rows.stream()
			.filter(r -> r != null && r.value() != null && !r.value().isBlank() && byCode.containsKey(r.code()))
			.filter(r -> !byCode.get(r.code()).seen().equals((r.seen() != null) ? r.seen() : ""))
			.map(Row::code)
			.toList();
	}

	/**
	 * @param byCode the rows of the page as they stand, by indicator code
	 * @return the targets to set, or {@code null} with each mistake beside its field
	 */
	List<TargetFrom> targets(Map<String, YearTargetRow> byCode, BindingResult errors) {
		Set<String> codes = new HashSet<>();
		List<TargetFrom> targets = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row == null || row.value() == null || row.value().isBlank()) {
				continue;
			}
			if (row.code() == null || !codes.add(row.code())) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The form gives an indicator twice or not at all: open the page again and use its form.");
			}
			YearTargetRow shown = byCode.get(row.code());
			String field = "rows[" + i + "].value";
			// one the person does not keep goes to the write service, which refuses it
			// for their role, as every page does
			if (shown == null || (!shown.editable() && shown.keeps())) {
				FormErrors.reject(errors, field, row.code() + "'s target is not set on this page: "
						+ ((shown != null && shown.why() != null) ? shown.why() : "it is not on the scorecard"));
				continue;
			}
			BigDecimal value;
			try {
				value = TypedNumber.readFigure(row.value(), "the target of " + row.code());
			}
			catch (IllegalArgumentException ex) {
				FormErrors.reject(errors, field, ex.getMessage());
				continue;
			}
			targets.add(new TargetFrom(shown.indicator().id(), new Target.Value(value), shown.carriedRule(),
					(row.seen() == null || row.seen().isBlank()) ? null : row.seen()));
		}
		if (targets.isEmpty() && !errors.hasErrors()) {
			errors.reject("none", "Type a target for at least one indicator; a blank one carries on as it is");
		}
		return errors.hasErrors() ? null : targets;
	}

}
