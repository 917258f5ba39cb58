package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.beacon.period.FinancialQuarter;

/**
 * An indicator as it was defined in each quarter: the measure in use, and any earlier
 * ones, each for the quarters before the next began. Figures are rated and shown under
 * the measure in force in the quarter they were reported in.
 */
public final class Definitions {

	private final Indicator current;

	// oldest first, each ending where the next begins; the last is the one in use
	private final List<DefinitionPeriod> periods;

	private Definitions(Indicator current, List<DefinitionPeriod> periods) {
		this.current = current;
		this.periods = periods;
	}

	/** An indicator that has only ever had the measure it has now. */
	public static Definitions only(Indicator indicator) {
		return new Definitions(indicator,
				List.of(new DefinitionPeriod(Measure.of(indicator), null, null, null, null, null)));
	}

	/**
	 * @param earlier the measures the indicator had before, each with the quarter it
	 * stopped applying; their {@code from} is worked out here
	 */
	static Definitions of(Indicator indicator, List<DefinitionPeriod> earlier) {
		if (earlier.isEmpty()) {
			return only(indicator);
		}
		List<DefinitionPeriod> sorted = new ArrayList<>(earlier);
		sorted.sort(Comparator.comparing(p -> p.until().start()));
		List<DefinitionPeriod> periods = new ArrayList<>();
		FinancialQuarter from = null;
		for (DefinitionPeriod p : sorted) {
			periods.add(new DefinitionPeriod(p.measure(), from, p.until(), p.reason(), p.changedBy(), p.changedAt()));
			from = p.until();
		}
		periods.add(new DefinitionPeriod(Measure.of(indicator), from, null, null, null, null));
		return new Definitions(indicator, List.copyOf(periods));
	}

	public Indicator current() {
		return this.current;
	}

	/** The indicator as it was measured and rated in the quarter. */
	public Indicator inForce(FinancialQuarter quarter) {
		DefinitionPeriod period = periodOf(quarter);
		return (period.until() == null) ? this.current : period.measure().applyTo(this.current);
	}

	/**
	 * The first quarter the measure in use applies to, {@code null} when it always has.
	 */
	public FinancialQuarter currentFrom() {
		return this.periods.get(this.periods.size() - 1).from();
	}

	/** Every measure the indicator has had, oldest first, the one in use last. */
	public List<DefinitionPeriod> periods() {
		return this.periods;
	}

	public boolean changed() {
		return this.periods.size() > 1;
	}

	/**
	 * The quarter from which figures reported in {@code later} stop being comparable with
	 * those reported in {@code earlier}, or {@code null} when they are comparable.
	 */
	public FinancialQuarter breakBetween(FinancialQuarter earlier, FinancialQuarter later) {
		DefinitionPeriod before = periodOf(earlier);
		DefinitionPeriod after = periodOf(later);
		if (before == after || before.measure().comparableWith(after.measure())) {
			return null;
		}
		return after.from();
	}

	private DefinitionPeriod periodOf(FinancialQuarter quarter) {
		for (DefinitionPeriod p : this.periods) {
			if (p.appliesTo(quarter)) {
				return p;
			}
		}
		return this.periods.get(this.periods.size() - 1);
	}

}
