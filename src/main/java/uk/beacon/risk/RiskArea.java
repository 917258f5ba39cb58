package uk.beacon.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the few headings under which a council's cabinet sees its risks, such as
 * "Safeguarding vulnerable children": the risks entered by directorates and projects
 * belong to one area each, and the cabinet report speaks of areas, each with its lead and
 * a summary of its mitigations.
 *
 * @param id database identity, {@code null} until saved
 * @param councilId the council whose area it is
 * @param code unique code, such as {@code SAFEGUARDING}
 * @param title its title as the council writes it
 * @param lead who leads it, or {@code null}
 * @param mitigations a summary of its mitigations, or {@code null}
 * @param setLevel a level an officer set, overriding the level worked out from its risks;
 * {@code null} when none is set
 * @param setLevelReason why that level was set; given exactly when a level is
 * @param since the day the council began reporting the area: it is new in the report of
 * that day's quarter
 * @param retiredOn the day it stopped being reported, {@code null} while it is
 * @param version incremented on every change
 */
public record RiskArea(Long id, long councilId, String code, String title, String lead, String mitigations,
		String setLevel, String setLevelReason, LocalDate since, LocalDate retiredOn, int version) {

	/** The longest title or lead. */
	public static final int TITLE_LIMIT = 300;

	/** The longest summary of mitigations. */
	public static final int TEXT_LIMIT = 20_000;

	/** The longest reason for a set level. */
	public static final int REASON_LIMIT = 2_000;

	/** What a code may contain, in words an officer can act on. */
	public static final String CODE_RULE = "An area's code may contain only letters, numbers and hyphens, "
			+ "up to 30 characters, such as SAFEGUARDING or FIN-1.";

	public RiskArea {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(since, "since");
	}

	public static boolean isValidCode(String code) {
		return Risk.isValidReference(code);
	}

	public boolean retired() {
		return this.retiredOn != null;
	}

	/**
	 * Whether it was reported on the day: begun on or before it and not retired by then.
	 */
	public boolean reportedOn(LocalDate day) {
		return !this.since.isAfter(day) && (this.retiredOn == null || this.retiredOn.isAfter(day));
	}

	/**
	 * @return what is wrong with the area as it would be saved, in words an officer can
	 * act on, with the part it is about; empty when nothing is
	 */
	public Optional<RiskAreaRejected> problem() {
		if (!isValidCode(this.code)) {
			return refused("code", CODE_RULE);
		}
		if (this.title.isBlank()) {
			return refused("title", "Enter the area's title.");
		}
		if (this.title.length() > TITLE_LIMIT) {
			return refused("title", "Shorten the title to " + TITLE_LIMIT + " characters or fewer.");
		}
		if (this.lead != null && this.lead.length() > TITLE_LIMIT) {
			return refused("lead", "Shorten the lead to " + TITLE_LIMIT + " characters or fewer.");
		}
		if (this.mitigations != null && this.mitigations.length() > TEXT_LIMIT) {
			return refused("mitigations",
					"Shorten the summary of mitigations to " + TEXT_LIMIT + " characters or fewer.");
		}
		if (this.setLevel != null && this.setLevelReason == null) {
			return refused("levelReason", "Give the reason for setting the area's level to " + this.setLevel
					+ ", or let it be worked out from its risks.");
		}
		if (this.setLevel == null && this.setLevelReason != null) {
			return refused("level", "Choose the level the reason is for, or leave the reason empty.");
		}
		if (this.setLevelReason != null && this.setLevelReason.length() > REASON_LIMIT) {
			return refused("levelReason",
					"Shorten the reason for the level to " + REASON_LIMIT + " characters or fewer.");
		}
		if (this.retiredOn != null && this.retiredOn.isBefore(this.since)) {
			return refused("since", "An area cannot have begun after it was retired; give an earlier date.");
		}
		return Optional.empty();
	}

	private static Optional<RiskAreaRejected> refused(String field, String message) {
		return Optional.of(new RiskAreaRejected(field, message));
	}

}
