package uk.beacon.period;

/**
 * Thrown when text cannot be read as a reporting period. The message is a plain-English
 * sentence for the officer who typed or uploaded the text: it quotes what was written,
 * says why it was rejected and, where it helps, what to write instead.
 */
public class PeriodParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public PeriodParseException(String message) {
		super(message);
	}

}
