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
 * @param reason why a figure held is corrected; required for a correction
 */
public record FigureEntry(long indicatorId, Period dataPeriod, FinancialQuarter reportingPeriod, Seen correcting,
		BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary, String reason) {

	public FigureEntry {
		Objects.requireNonNull(dataPeriod, "dataPeriod");
		Objects.requireNonNull(reportingPeriod, "reportingPeriod");
		commentary = (commentary != null) ? commentary : Commentary.none();
		if (correcting != null && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A correction needs a reason");
		}
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
