package uk.beacon.scorecard;

import java.util.List;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Performance;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * A quarter's figures for every indicator on a scorecard, as a performance officer enters
 * and corrects them on one page: a row for each figure due in the quarter or already
 * reported in it.
 *
 * @param scorecard the scorecard
 * @param unit the part of the council it reports on
 * @param period the reporting quarter
 * @param rows each indicator's figures in the scorecard's order, by data period
 */
public record FigureGrid(Scorecard scorecard, OrganisationUnit unit, FinancialQuarter period, List<Row> rows) {

	public FigureGrid {
		rows = List.copyOf(rows);
	}

	/**
	 * One figure of one indicator.
	 *
	 * @param indicator the indicator
	 * @param dataPeriod what the figure measures
	 * @param held the figure Beacon holds for it, {@code null} when none yet
	 * @param previous the figure of the data period before, {@code null} when none
	 * @param target the target for the quarter, {@code null} when none
	 * @param performance how the held figure is rated, {@code null} when none is held
	 * @param editable whether the person may enter or correct it
	 */
	public record Row(Indicator indicator, Period dataPeriod, Measurement held, Measurement previous,
			IndicatorTarget target, Performance performance, boolean editable) {

		/** "WCC-LAC-01/2025-Q2": how the page names the row's fields. */
		public String key() {
			return this.indicator.code() + "/" + this.dataPeriod.key();
		}

		/**
		 * Whether the indicator records this figure as a count of a base ("58 of 76").
		 */
		public boolean asRatio() {
			Measurement shape = (this.held != null) ? this.held : this.previous;
			return shape != null && shape.numerator() != null;
		}

		public String formattedPrevious() {
			return (this.previous != null && this.previous.hasFigure())
					? this.indicator.format(this.previous.valueIn(this.indicator.unit())) + " ("
							+ this.previous.dataPeriod().label() + ")"
					: "None";
		}

		public String formattedTarget() {
			return (this.target != null)
					? this.target.target().describe(this.indicator.unit(), this.indicator.decimalPlaces())
					: "No target";
		}

	}

	/** Whether the person may enter or correct any figure on it. */
	public boolean anyEditable() {
		return this.rows.stream().anyMatch(Row::editable);
	}

	public java.util.Optional<Row> row(String key) {
		return this.rows.stream().filter(r -> r.key().equals(key)).findFirst();
	}

}
