package uk.beacon.reporting.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The narrative an officer writes for a draft cabinet report. To go back to the one
 * Beacon drafted from the figures they choose "Put back the drafted narrative" instead of
 * emptying it. {@code seen} is the narrative as it was kept when they opened it, so that
 * a colleague's edit since is never silently overwritten.
 */
record NarrativeForm(
		@NotBlank(message = "Enter the narrative, or choose “Put back the drafted narrative”") String narrative,
		String seen) {

}
