package uk.beacon.risk;

import java.util.Objects;
import java.util.Set;

/**
 * What an officer changes of a risk's own words and settings on screen.
 *
 * @param risk the risk
 * @param expectedVersion the version the person saw, so that a colleague's change made
 * meanwhile is never overwritten
 * @param title its title
 * @param description what it is, or {@code null}
 * @param category its category, or {@code null}
 * @param consequences its possible consequences (an opportunity's benefits), or
 * {@code null}
 * @param owner who owns it, or {@code null}
 * @param ownerEmail the owner's e-mail address, for the review's reminders, or
 * {@code null}
 * @param reviewMonths how often it is reviewed
 * @param response treat, tolerate, transfer or terminate, or {@code null}
 * @param restricted whether the whole risk is kept from the public
 * @param restrictedFields the parts kept from the public
 * @param areaCode the code of the risk area it belongs to; blank for none, {@code null}
 * to keep the area it has (a client that does not know of areas changes nothing)
 */
public record RiskEdit(RiskReference risk, int expectedVersion, String title, String description, String category,
		String consequences, String owner, String ownerEmail, int reviewMonths, RiskResponse response,
		boolean restricted, Set<RestrictedField> restrictedFields, String areaCode) {

	public RiskEdit {
		Objects.requireNonNull(risk, "risk");
		restrictedFields = (restrictedFields != null) ? Set.copyOf(restrictedFields) : Set.of();
	}

	/** Whether the edit says which area the risk belongs to. */
	boolean placesInArea() {
		return this.areaCode != null;
	}

	/** The code of the area it places the risk in, {@code null} for none. */
	String area() {
		return trimmed(this.areaCode);
	}

	/**
	 * The risk as it will stand, in the area given, everything else kept as it was.
	 */
	Risk applyTo(Risk risk, Long areaId) {
		return new Risk(risk.id(), risk.reference(), risk.registerId(), risk.kind(), trimmed(this.title),
				trimmed(this.description), trimmed(this.category), trimmed(this.consequences), trimmed(this.owner),
				trimmed(this.ownerEmail), this.reviewMonths, risk.nextReview(), risk.status(), this.response,
				this.restricted, this.restrictedFields, risk.directionAsPrinted(), risk.note(), risk.mergedIntoId(),
				areaId, risk.version());
	}

	/**
	 * Whether the edit shows the public something it did not see before: the whole risk,
	 * or a part of it.
	 */
	/** Whether it keeps the whole risk from the public where it was not. */
	boolean restrictsWhole(Risk before) {
		return !before.restricted() && this.restricted;
	}

	boolean publishes(Risk before) {
		return (before.restricted() && !this.restricted)
				|| before.restrictedFields().stream().anyMatch(f -> !this.restrictedFields.contains(f));
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
