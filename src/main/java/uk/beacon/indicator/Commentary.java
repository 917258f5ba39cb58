package uk.beacon.indicator;

/**
 * An indicator owner's commentary on a value, in the three parts councils report.
 */
public record Commentary(String performanceDetails, String currentActivity, String futureActivity) {

	public static Commentary none() {
		return new Commentary(null, null, null);
	}

	public boolean isEmpty() {
		return isBlank(this.performanceDetails) && isBlank(this.currentActivity) && isBlank(this.futureActivity);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
