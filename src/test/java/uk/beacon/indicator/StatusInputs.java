package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test data for the status rule: an indicator value that reads like the council's own
 * ("84% against 86%, higher is better, 1 point tolerance"), with figures given as text so
 * their scale is exactly what the test says.
 */
final class StatusInputs {

	private final String value;

	private final Unit unit;

	private final int decimalPlaces;

	private Polarity polarity = Polarity.HIGHER_IS_BETTER;

	private Target target = new Target.None();

	private Tolerance tolerance = Tolerance.none();

	private Tolerance green = Tolerance.none();

	private RagRule.Source source = RagRule.Source.TARGET;

	private LocalDate asAt;

	private BigDecimal yearFractionElapsed;

	private Integer benchmarkQuartile;

	private StatusInputs(String value, Unit unit, int decimalPlaces) {
		this.value = value;
		this.unit = unit;
		this.decimalPlaces = decimalPlaces;
	}

	static StatusInputs value(String value, Unit unit, int decimalPlaces) {
		return new StatusInputs(value, unit, decimalPlaces);
	}

	static StatusInputs percent(String value) {
		return value(value, Unit.PERCENT, 0);
	}

	static StatusInputs number(String value) {
		return value(value, Unit.NUMBER, 0);
	}

	static StatusInputs nothingReported() {
		return value(null, Unit.PERCENT, 0);
	}

	StatusInputs higherIsBetter() {
		return polarity(Polarity.HIGHER_IS_BETTER);
	}

	StatusInputs lowerIsBetter() {
		return polarity(Polarity.LOWER_IS_BETTER);
	}

	StatusInputs withinRange() {
		return polarity(Polarity.WITHIN_RANGE);
	}

	StatusInputs noPolarity() {
		return polarity(Polarity.NO_POLARITY);
	}

	StatusInputs polarity(Polarity polarity) {
		this.polarity = polarity;
		return this;
	}

	StatusInputs target(String target) {
		return target(new Target.Value(new BigDecimal(target)));
	}

	StatusInputs range(String low, String high) {
		return target(new Target.Range(new BigDecimal(low), new BigDecimal(high)));
	}

	StatusInputs profile(String value, String periodLabel) {
		return target(new Target.Profile(new BigDecimal(value), periodLabel));
	}

	StatusInputs total(String total, LocalDate from, LocalDate to) {
		return target(new Target.MultiYearTotal(new BigDecimal(total), from, to));
	}

	StatusInputs quartile(int quartile) {
		return target(new Target.Quartile(quartile));
	}

	StatusInputs target(Target target) {
		this.target = target;
		return this;
	}

	StatusInputs tolerance(String amount) {
		this.tolerance = Tolerance.absolute(new BigDecimal(amount));
		return this;
	}

	StatusInputs percentTolerance(String amount) {
		this.tolerance = Tolerance.percentage(new BigDecimal(amount));
		return this;
	}

	StatusInputs greenTolerance(String amount) {
		this.green = Tolerance.absolute(new BigDecimal(amount));
		return this;
	}

	StatusInputs greenPercent(String amount) {
		this.green = Tolerance.percentage(new BigDecimal(amount));
		return this;
	}

	/** The tolerances given are the council's rule, which the target follows. */
	StatusInputs councils() {
		this.source = RagRule.Source.COUNCIL;
		return this;
	}

	StatusInputs yearToDate(String fractionElapsed) {
		this.yearFractionElapsed = new BigDecimal(fractionElapsed);
		return this;
	}

	StatusInputs asAt(LocalDate asAt) {
		this.asAt = asAt;
		return this;
	}

	StatusInputs benchmarkQuartile(Integer quartile) {
		this.benchmarkQuartile = quartile;
		return this;
	}

	StatusInput build() {
		return new StatusInput((this.value != null) ? new BigDecimal(this.value) : null, this.unit, this.decimalPlaces,
				this.polarity, this.target, new RagRule(this.green, this.tolerance, this.source), this.asAt,
				this.yearFractionElapsed, this.benchmarkQuartile);
	}

	StatusAssessment evaluate() {
		return StatusRule.evaluate(build());
	}

}
