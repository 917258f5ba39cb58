package uk.beacon;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as Beacon counts it: in the council's time zone (Europe/London, as the tests run
 * Beacon), not the test machine's. On a machine in UTC the two differ from 23:00 to
 * midnight in British Summer Time, and a test comparing the machine's date with Beacon's
 * would fail in that hour.
 */
public final class CouncilDate {

	private CouncilDate() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/London"));
	}

}
