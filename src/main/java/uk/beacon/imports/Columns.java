package uk.beacon.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.RagRule;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.Period;

/**
 * What Beacon holds, written as the columns of the import files: the same text an import
 * reads back. A filled template is written with it, and an import's preview compares a
 * row with what Beacon holds through it, so that a value exported and imported unchanged
 * is never shown as a change.
 */
final class Columns {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private Columns() {
	}

	static Map<String, String> unit(OrganisationUnit unit, String parentCode) {
		return unit(unit.code(), unit.name(), unit.kind(), parentCode);
	}

	static Map<String, String> unit(String code, String name, OrganisationKind kind, String parentCode) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("code", code);
		row.put("name", name);
		row.put("kind", choice(kind));
		row.put("parent_code", parentCode);
		return row;
	}

	static Map<String, String> indicator(Indicator i, String unitCode) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("code", i.code());
		row.put("title", i.title());
		row.put("organisation_code", unitCode);
		row.put("unit", choice(i.unit()));
		row.put("polarity", choice(i.polarity()));
		row.put("frequency", choice(i.frequency()));
		row.put("definition", i.definition());
		row.put("decimal_places", Integer.toString(i.decimalPlaces()));
		row.put("accumulation", choice(i.accumulation()));
		row.put("arrears_months", Integer.toString(i.arrearsMonths()));
		row.put("comparison", choice(i.comparison()));
		row.put("owner", i.ownerName());
		row.put("owner_email", i.ownerEmail());
		row.put("data_source", i.dataSource());
		row.put("public", yesNo(i.isPublic()));
		row.put("public_note", i.publicNote());
		row.put("note", i.note());
		return row;
	}

	static Map<String, String> target(IndicatorTarget t, String indicatorCode) {
		Map<String, String> row = new LinkedHashMap<>();
		Target target = t.target();
		row.put("indicator_code", indicatorCode);
		row.put("kind", kindOf(target));
		row.put("applies_from", period(t.appliesFrom()));
		row.put("applies_to", period(t.appliesTo()));
		row.put("value",
				(target instanceof Target.Range || target instanceof Target.Quartile) ? null : number(target.figure()));
		row.put("low", (target instanceof Target.Range r) ? number(r.low()) : null);
		row.put("high", (target instanceof Target.Range r) ? number(r.high()) : null);
		row.put("quartile", (target instanceof Target.Quartile q) ? Integer.toString(q.quartile()) : null);
		row.put("total_from", (target instanceof Target.MultiYearTotal m) ? date(m.from()) : null);
		row.put("total_to", (target instanceof Target.MultiYearTotal m) ? date(m.to()) : null);
		// a target that follows the council's rule leaves its tolerances empty
		RagRule rule = t.rule();
		row.put("tolerance_kind", rule.isCouncils() ? null : choice(rule.amber().kind()));
		row.put("tolerance", rule.isCouncils() ? null : number(rule.amber().amount()));
		row.put("green_tolerance_kind", rule.isCouncils() ? null : choice(rule.green().kind()));
		row.put("green_tolerance", rule.isCouncils() ? null : number(rule.green().amount()));
		row.put("text_as_printed", t.textAsPrinted());
		row.put("note", t.note());
		return row;
	}

	static Map<String, String> figure(Measurement m, String indicatorCode) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("indicator_code", indicatorCode);
		row.put("data_period", period(m.dataPeriod()));
		row.put("reporting_period", period(m.reportingPeriod()));
		boolean ratio = m.numerator() != null && m.denominator() != null;
		row.put("value", ratio ? null : number(m.value()));
		row.put("numerator", ratio ? number(m.numerator()) : null);
		row.put("denominator", ratio ? number(m.denominator()) : null);
		row.put("provisional", yesNo(m.provisional()));
		row.put("estimated", yesNo(m.estimated()));
		row.put("value_as_printed", m.valueAsPrinted());
		row.put("performance_details", m.commentary().performanceDetails());
		row.put("current_activity", m.commentary().currentActivity());
		row.put("future_activity", m.commentary().futureActivity());
		row.put("assessed_status", (m.override() != null) ? choice(m.override().status()) : null);
		row.put("assessment_reason", (m.override() != null) ? m.override().reason() : null);
		row.put("note", m.note());
		return row;
	}

	static Map<String, String> benchmark(Benchmark b) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("value", number(b.value()));
		row.put("rank", (b.rank() != null) ? b.rank().toString() : null);
		row.put("rank_of", (b.rankOf() != null) ? b.rankOf().toString() : null);
		row.put("quartile", (b.quartile() != null) ? b.quartile().toString() : null);
		row.put("source", b.source());
		row.put("note", b.note());
		return row;
	}

	static String kindOf(Target target) {
		if (target instanceof Target.Value) {
			return "value";
		}
		if (target instanceof Target.Range) {
			return "range";
		}
		if (target instanceof Target.Profile) {
			return "profile";
		}
		if (target instanceof Target.MultiYearTotal) {
			return "multi_year_total";
		}
		if (target instanceof Target.Quartile) {
			return "quartile";
		}
		return "none";
	}

	static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : null;
	}

	static String period(Period period) {
		return (period != null) ? period.key() : null;
	}

	static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	static String choice(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * The fields that differ between {@code before} and {@code after}, by column, an
	 * empty cell and an absent one alike.
	 */
	static Map<String, String[]> differences(Map<String, String> before, Map<String, String> after) {
		Map<String, String[]> changed = new LinkedHashMap<>();
		java.util.Set<String> fields = new java.util.LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		for (String field : fields) {
			String was = blankAsNull(before.get(field));
			String now = blankAsNull(after.get(field));
			if (!java.util.Objects.equals(was, now)) {
				changed.put(field, new String[] { was, now });
			}
		}
		return changed;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
