package uk.beacon.risk;

import java.util.Objects;

/**
 * What a risk is linked to: an indicator it threatens, or an objective (a section of a
 * scorecard), with the council's note on why.
 */
public sealed interface RiskLinkTarget {

	String note();

	/**
	 * @param indicatorId the indicator
	 * @param code its code, for the audit trail
	 * @param note why they are linked, or {@code null}
	 */
	record Indicator(long indicatorId, String code, String note) implements RiskLinkTarget {

		public Indicator {
			Objects.requireNonNull(code, "code");
		}

	}

	/**
	 * @param sectionId the scorecard section
	 * @param name the scorecard and section, for the audit trail
	 * @param note why they are linked, or {@code null}
	 */
	record Objective(long sectionId, String name, String note) implements RiskLinkTarget {

		public Objective {
			Objects.requireNonNull(name, "name");
		}

	}

}
