package uk.beacon.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.beacon.access.Role;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.StatusOverride;
import uk.beacon.indicator.Unit;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * Reads measurements.csv.
 */
final class MeasurementRows {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A measurement and its indicator's code, resolved when saved, and the file's
	 * columns, so that a figure Beacon holds keeps what a file leaves out. An import
	 * holds a draft of every figure until it saves them, so a draft keeps the figure's
	 * fields itself (about 64 bytes) rather than a {@link Measurement} as well (a record
	 * of 72 bytes beside one of 32): the measurement is made each time it is asked for.
	 */
	static final class Draft {

		private final String indicatorCode;

		private final Period dataPeriod;

		private final FinancialQuarter reportingPeriod;

		private final BigDecimal value;

		private final BigDecimal numerator;

		private final BigDecimal denominator;

		private final boolean provisional;

		private final boolean estimated;

		private final String valueAsPrinted;

		private final Commentary commentary;

		private final StatusOverride override;

		private final String note;

		private final int row;

		private final java.util.Set<String> given;

		Draft(String indicatorCode, Measurement m, int row, java.util.Set<String> given) {
			this.indicatorCode = indicatorCode;
			this.dataPeriod = m.dataPeriod();
			this.reportingPeriod = m.reportingPeriod();
			this.value = m.value();
			this.numerator = m.numerator();
			this.denominator = m.denominator();
			this.provisional = m.provisional();
			this.estimated = m.estimated();
			this.valueAsPrinted = m.valueAsPrinted();
			this.commentary = m.commentary();
			this.override = m.override();
			this.note = m.note();
			this.row = row;
			this.given = given;
		}

		String indicatorCode() {
			return this.indicatorCode;
		}

		/** The figure as the file gives it, for no indicator yet (id 0). */
		Measurement measurement() {
			return measurement(0);
		}

		/** The figure as the file gives it, for the indicator of that id. */
		Measurement measurement(long indicatorId) {
			return new Measurement(null, indicatorId, this.dataPeriod, this.reportingPeriod, this.value, this.numerator,
					this.denominator, this.provisional, this.estimated, this.valueAsPrinted, this.commentary,
					this.override, this.note, 0);
		}

		/** The figure's value as the file gives it, without making the measurement. */
		BigDecimal value() {
			return this.value;
		}

		Period dataPeriod() {
			return this.dataPeriod;
		}

		int row() {
			return this.row;
		}

		java.util.Set<String> given() {
			return this.given;
		}

	}

	private MeasurementRows() {
	}

	/** A figure with no commentary, as most are: one object for all of them. */
	private static final Commentary NO_COMMENTARY = Commentary.none();

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		// by indicator, then period: no key string built for each of a million rows, and
		// a
		// period by identity (a file's rows share one object for each, CsvRow.period):
		// periods' own hashes are few for the months of a few years
		Map<String, Map<Period, Draft>> seen = new HashMap<>();
		Role[] recorders = IndicatorManagement.recorders();
		for (CsvRow row : table.rows()) {
			String code = row.required("indicator_code");
			Period dataPeriod = row.period("data_period");
			if (dataPeriod == null && row.text("data_period") == null) {
				row.required("data_period");
			}
			FinancialQuarter reported = row.quarter("reporting_period");
			if (reported == null && row.text("reporting_period") == null) {
				row.required("reporting_period");
			}
			BigDecimal value = row.decimal("value");
			BigDecimal numerator = row.decimal("numerator");
			BigDecimal denominator = row.decimal("denominator");
			StatusOverride override = override(row);
			Indicator indicator = (code != null) ? context.indicator(code).orElse(null) : null;
			if (code != null && indicator == null) {
				row.problem("indicator_code",
						"no indicator has the code \"" + code + "\"; define it in indicators.csv first.");
			}
			if (indicator != null && !context.checkVisible(row, "indicator_code", code)) {
				continue;
			}
			if (indicator != null && !context.checkIndicatorScope(row, code, "record figures for", recorders)) {
				continue;
			}
			boolean figuresOk = checkFigures(row, indicator, value, numerator, denominator, override);
			if (indicator == null || dataPeriod == null || reported == null || !figuresOk) {
				continue;
			}
			if (indicator.retiredBy(reported)) {
				row.problem("reporting_period",
						code + " is retired from " + indicator.retiredFrom().label()
								+ ", so it has no figures reported in " + reported.label()
								+ "; put it back in use first if it is measured again.");
				continue;
			}
			if (dataPeriod.start().isAfter(reported.end())) {
				row.problem("data_period", dataPeriod.label() + " starts after " + reported.label()
						+ ", the quarter it is said to be reported in; a figure cannot be reported before it exists.");
				continue;
			}
			Map<Period, Draft> periods = seen.computeIfAbsent(code, c -> new java.util.IdentityHashMap<>());
			Draft earlier = periods.get(dataPeriod);
			if (earlier != null) {
				row.problem("data_period", "duplicate: row " + earlier.row() + " already has " + code + " for "
						+ dataPeriod.label() + ".");
				continue;
			}
			String performance = row.text("performance_details");
			String current = row.text("current_activity");
			String future = row.text("future_activity");
			Commentary commentary = (performance == null && current == null && future == null) ? NO_COMMENTARY
					: new Commentary(performance, current, future);
			// the indicator's own code, equal to the row's: one string for all its
			// figures,
			// not one a row (a million drafts are held until the import is saved)
			Draft draft = new Draft(indicator.code(),
					new Measurement(null, 0, dataPeriod, reported, value, numerator, denominator,
							row.yesNo("provisional", false), row.yesNo("estimated", false),
							row.text("value_as_printed"), commentary, override, row.text("note"), 0),
					row.number(), row.columnNames());
			periods.put(dataPeriod, draft);
			drafts.add(draft);
		}
		return drafts;
	}

	private static StatusOverride override(CsvRow row) {
		Status status = row.choice("assessed_status", Status.class);
		String reason = row.text("assessment_reason");
		if (status == null) {
			if (reason != null && row.text("assessed_status") == null) {
				row.problem("assessed_status",
						"a reason is given but no assessed status; give the status or remove the reason.");
			}
			return null;
		}
		if (status == Status.NO_DATA) {
			row.problem("assessed_status", "an officer's status is green, amber, red or not_rated.");
			return null;
		}
		if (reason == null) {
			row.problem("assessment_reason",
					"an assessed status needs a reason, so readers know why it differs from the rule.");
			return null;
		}
		return new StatusOverride(status, reason);
	}

	private static boolean checkFigures(CsvRow row, Indicator indicator, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, StatusOverride override) {
		if (value != null && (numerator != null || denominator != null)) {
			row.problem("value",
					"give either a value or a numerator and denominator, not both; Beacon derives the value from the ratio.");
			return false;
		}
		if ((numerator == null) != (denominator == null)) {
			row.problem("numerator/denominator", "a ratio needs both the numerator and the denominator.");
			return false;
		}
		if (denominator != null) {
			if (denominator.signum() <= 0) {
				row.problem("denominator", "the denominator must be more than zero.");
				return false;
			}
			if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
				row.problem("numerator/denominator", "the numerator " + numerator.toPlainString()
						+ " is larger than the denominator " + denominator.toPlainString() + ".");
				return false;
			}
		}
		if (value == null && numerator == null && override == null) {
			if (row.text("value") == null && row.text("numerator") == null) {
				row.problem("value", "there is no value, no ratio and no assessed status; give at least one.");
			}
			return false;
		}
		return value == null || indicator == null || inUnit(row, indicator, value);
	}

	// a figure far outside what the indicator's unit allows is most likely in the wrong
	// unit
	private static boolean inUnit(CsvRow row, Indicator indicator, BigDecimal value) {
		Unit unit = indicator.unit();
		if (unit == Unit.PERCENT && value.abs().compareTo(HUNDRED) > 0) {
			row.problem("value", value.toPlainString() + " is not a percentage between -100 and 100, but "
					+ indicator.code() + " is measured in percent; is the figure in another unit?");
			return false;
		}
		boolean neverNegative = unit == Unit.DAYS || unit == Unit.FTE || unit == Unit.RATE_PER_1000
				|| unit == Unit.RATE_PER_10000 || unit == Unit.RATE_PER_100000;
		if (neverNegative && value.signum() < 0) {
			row.problem("value", value.toPlainString() + " is negative, but " + indicator.code() + " is measured in "
					+ unit.label() + ", which cannot be.");
			return false;
		}
		return true;
	}

}
