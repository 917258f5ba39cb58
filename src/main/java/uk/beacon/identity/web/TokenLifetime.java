package uk.beacon.identity.web;

import java.time.LocalDate;

/** How long a personal access token works, as an administrator picks it. */
public enum TokenLifetime {

	THIRTY_DAYS("30 days", 30), NINETY_DAYS("90 days", 90), ONE_YEAR("1 year", 365), UNTIL_REVOKED("Until revoked", 0);

	private final String label;

	private final int days;

	TokenLifetime(String label, int days) {
		this.label = label;
		this.days = days;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Its last day for a token issued today, or {@code null} when it works until revoked.
	 */
	LocalDate lastDayFrom(LocalDate today) {
		return (this.days == 0) ? null : today.plusDays(this.days);
	}

}
