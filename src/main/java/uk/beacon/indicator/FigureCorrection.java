package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Corrects a published figure. The figure it replaces is kept, with who corrected it and
 * why.
 *
 * @param measurementId the figure corrected
 * @param expectedVersion the version the person saw
 * @param value the corrected value, or {@code null} when given as a ratio
 * @param numerator the corrected numerator, or {@code null}
 * @param denominator the corrected denominator, or {@code null}
 * @param commentary the commentary that goes with it
 * @param submittedBy who gave the corrected figure
 * @param reason why it was corrected
 */
public record FigureCorrection(long measurementId, int expectedVersion, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, Commentary commentary, String submittedBy, String reason) {

	public FigureCorrection {
		Objects.requireNonNull(commentary, "commentary");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A correction needs a reason");
		}
	}

}
