package uk.beacon.dashboard;

import java.util.List;
import java.util.Locale;

import uk.beacon.indicator.DirectionOfTravel;
import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;

/**
 * What a reader narrows a dashboard to; an empty field matches everything.
 */
public record DashboardFilter(Status status, DirectionOfTravel direction, String section, String owner,
		boolean updatedOnly, boolean missingOnly) {

	public static DashboardFilter none() {
		return new DashboardFilter(null, null, null, null, false, false);
	}

	public boolean isEmpty() {
		return equals(none()) || equals(new DashboardFilter(null, null, "", "", false, false));
	}

	boolean matches(Performance p, List<String> sections) {
		return (this.status == null || this.status == p.assessed())
				&& (this.direction == null || this.direction == p.direction().direction())
				&& (blank(this.section) || sections.contains(this.section))
				&& (blank(this.owner) || (p.indicator().ownerName() != null && p.indicator()
					.ownerName()
					.toLowerCase(Locale.ROOT)
					.contains(this.owner.trim().toLowerCase(Locale.ROOT))))
				&& (!this.updatedOnly || p.updatedThisPeriod()) && (!this.missingOnly || missing(p));
	}

	/**
	 * Missing data: nothing reported yet, or a figure due this period that did not
	 * arrive.
	 */
	static boolean missing(Performance p) {
		return p.measurement() == null || p.value() == null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
