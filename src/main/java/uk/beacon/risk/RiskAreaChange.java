package uk.beacon.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an officer sets of a risk area: on its page, through the API or by import.
 *
 * @param code the area's code
 * @param expectedVersion the version the person saw, so that a colleague's change made
 * meanwhile is never overwritten; {@code null} when adding an area, and from the import,
 * which sets the area as its file says
 * @param title its title
 * @param lead who leads it, or {@code null}
 * @param mitigations a summary of its mitigations, or {@code null}
 * @param setLevel the level set by an officer, one of the council's levels, or
 * {@code null} to work it out from the area's risks
 * @param setLevelReason why, when a level is set
 * @param since the day the council began reporting it, {@code null} for today
 * @param retired whether it is no longer reported
 */
public record RiskAreaChange(String code, Integer expectedVersion, String title, String lead, String mitigations,
		String setLevel, String setLevelReason, LocalDate since, boolean retired) {

	public RiskAreaChange {
		Objects.requireNonNull(code, "code");
		code = code.strip();
		title = trimmed(title);
		lead = trimmed(lead);
		mitigations = trimmed(mitigations);
		setLevel = trimmed(setLevel);
		setLevelReason = trimmed(setLevelReason);
	}

	/**
	 * @return what is wrong with the area as a new one, in words an officer can act on,
	 * with the part it is about; empty when nothing is (the council's own checks, such as
	 * its levels and the titles it has, are made when it is saved)
	 */
	public java.util.Optional<RiskAreaRejected> problem(LocalDate today) {
		return applyTo(null, 0, today).problem();
	}

	/**
	 * The area as it will stand, for the council; a retired area keeps the day it was
	 * retired, one reported again loses it.
	 */
	RiskArea applyTo(RiskArea before, long councilId, LocalDate today) {
		LocalDate begun = (this.since != null) ? this.since : (before != null) ? before.since() : today;
		LocalDate retiredOn = !this.retired ? null
				: (before != null && before.retiredOn() != null) ? before.retiredOn() : today;
		return new RiskArea((before != null) ? before.id() : null, councilId, this.code,
				(this.title != null) ? this.title : "", this.lead, this.mitigations, this.setLevel, this.setLevelReason,
				begun, retiredOn, (before != null) ? before.version() : 0);
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
