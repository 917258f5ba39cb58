package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * A figure a performance officer enters for an indicator's owner: a new one for a data
 * period Beacon holds none for, or a correction of the one it holds, with the reason.
 *
 * @param indicatorId the indicator
 * @param dataPeriod what the figure measures
 * @param reportingPeriod the quarter it is reported in
 * @param correcting the figure it corrects, as the officer saw it; {@code null} for a new
 * figure, which is refused if someone has recorded one meanwhile
 * @param value the figure, or {@code null} when given as a ratio
 * @param numerator the count of a ratio, or {@code null}
 * @param denominator the base of a ratio, or {@code null}
 * @param commentary how it is performing, what is being done and what will be done
 * @param reason why a figure held is corrected; required when the figure or its
 * commentary changes
 * @param assessment the officer's assessed status to set or clear, {@code null} to leave
 * it as it is
 */
public record FigureEntry(long indicatorId, Period dataPeriod, FinancialQuarter reportingPeriod, Seen correcting,
		BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary, String reason,
		Assessment assessment) {

	public FigureEntry {
		Objects.requireNonNull(dataPeriod, "dataPeriod");
		Objects.requireNonNull(reportingPeriod, "reportingPeriod");
		commentary = (commentary != null) ? commentary : Commentary.none();
	}

	/**
	 * A figure and commentary, the status as the rule gives it unless already assessed.
	 */
	public FigureEntry(long indicatorId, Period dataPeriod, FinancialQuarter reportingPeriod, Seen correcting,
			BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary, String reason) {
		this(indicatorId, dataPeriod, reportingPeriod, correcting, value, numerator, denominator, commentary, reason,
				null);
	}

	/**
	 * The status an officer assesses the figure at, where it differs from the rule's.
	 *
	 * @param override the status and why; {@code null} clears it, so the rule's stands
	 */
	public record Assessment(StatusOverride override) {
	}

	/**
	 * The figure held, as the officer saw it.
	 *
	 * @param measurementId the figure
	 * @param version its version when the page was opened
	 */
	public record Seen(long measurementId, int version) {
	}

}
