package uk.beacon.risk.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaChange;

/**
 * A risk area as a risk manager sets it on its page or through the API, kept as typed
 * when it comes back with a mistake.
 *
 * @param code the area's code: typed when it is added, then fixed
 * @param title its title
 * @param lead who leads it
 * @param mitigations a summary of its mitigations
 * @param level a level of the council's set by the officer, blank to work it out from the
 * area's risks
 * @param levelReason why the level is set
 * @param since the day the council began reporting it, {@code null} for today (when
 * added) or as it was (when changed)
 * @param retired whether it is no longer reported
 * @param version the version read, {@code null} when adding
 */
record RiskAreaForm(@NotBlank(message = "Enter a code, such as SAFEGUARDING") String code,
		@NotBlank(message = "Enter the area's title") @Size(max = RiskArea.TITLE_LIMIT,
				message = "Shorten the title to " + RiskArea.TITLE_LIMIT + " characters or fewer") String title,
		@Size(max = RiskArea.TITLE_LIMIT,
				message = "Shorten the lead to " + RiskArea.TITLE_LIMIT + " characters or fewer") String lead,
		@Size(max = RiskArea.TEXT_LIMIT,
				message = "Shorten the summary of mitigations to " + RiskArea.TEXT_LIMIT
						+ " characters or fewer") String mitigations,
		String level,
		@Size(max = RiskArea.REASON_LIMIT,
				message = "Shorten the reason for the level to " + RiskArea.REASON_LIMIT
						+ " characters or fewer") String levelReason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, Boolean retired, Integer version) {

	RiskAreaForm {
		// a box not ticked is not sent at all
		retired = Boolean.TRUE.equals(retired);
	}

	static RiskAreaForm blank() {
		return new RiskAreaForm(null, null, null, null, null, null, null, false, null);
	}

	static RiskAreaForm of(RiskArea area) {
		return new RiskAreaForm(area.code(), area.title(), area.lead(), area.mitigations(), area.setLevel(),
				area.setLevelReason(), area.since(), area.retired(), area.version());
	}

	/** The change, for the area with this code. */
	RiskAreaChange change(String areaCode) {
		return new RiskAreaChange(areaCode, this.version, this.title, this.lead, this.mitigations, this.level,
				this.levelReason, this.since, this.retired);
	}

}
