package uk.beacon.collection;

/**
 * What an owner typed into the data request form, as text, so that a mistake can be shown
 * back with what they typed.
 *
 * @param value the figure, or blank when a ratio is given
 * @param numerator the numerator of a ratio, or blank
 * @param denominator the denominator of a ratio, or blank
 * @param performanceDetails how the indicator is performing and why
 * @param currentActivity what is being done now
 * @param futureActivity what will be done next
 * @param correctionReason why an approved figure is being corrected; required then
 * @param version the version of the request the owner saw
 */
public record Submission(String value, String numerator, String denominator, String performanceDetails,
		String currentActivity, String futureActivity, String correctionReason,
		int version) implements java.io.Serializable {

}
