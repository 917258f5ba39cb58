package uk.beacon.collection.web;

import java.math.BigDecimal;

import uk.beacon.collection.DataRequest;
import uk.beacon.collection.Draft;
import uk.beacon.collection.Submission;
import uk.beacon.indicator.Commentary;

/**
 * The owner's form on a data request, every field as typed, so that whatever was sent
 * (the version seen among it) can be shown back beside its mistake.
 *
 * @param value the figure
 * @param numerator the numerator of a ratio
 * @param denominator its denominator
 * @param performanceDetails how the indicator is performing and why
 * @param currentActivity what is being done now
 * @param futureActivity what will be done next
 * @param correctionReason why approved figures are corrected
 * @param version the version of the request the owner saw
 */
record RequestForm(String value, String numerator, String denominator, String performanceDetails,
		String currentActivity, String futureActivity, String correctionReason, String version) {

	/**
	 * The form as the owner left it: their draft if they saved one, else the figures they
	 * last submitted (returned to them, or approved and being corrected), else empty.
	 */
	static RequestForm of(DataRequest request) {
		String version = String.valueOf(request.version());
		Draft draft = request.draft();
		if (draft != null) {
			return of(draft.value(), draft.numerator(), draft.denominator(), draft.commentary(),
					draft.correctionReason(), version);
		}
		return of(request.value(), request.numerator(), request.denominator(), request.commentary(), null, version);
	}

	private static RequestForm of(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary,
			String correctionReason, String version) {
		return new RequestForm(plain(value), plain(numerator), plain(denominator), commentary.performanceDetails(),
				commentary.currentActivity(), commentary.futureActivity(), correctionReason, version);
	}

	/** The version the owner saw, or {@code null} when the form did not say one. */
	Integer versionSeen() {
		try {
			return (this.version != null) ? Integer.valueOf(this.version.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Submission submission(int versionSeen) {
		return new Submission(this.value, this.numerator, this.denominator, this.performanceDetails,
				this.currentActivity, this.futureActivity, this.correctionReason, versionSeen);
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

}
