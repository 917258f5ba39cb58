package uk.beacon.risk.web;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.FormErrors;

/**
 * When a risk was scored, as a form gives it: a date and the quarter it is reported in. A
 * score is recorded once it has been made, so neither may lie in the future; a review
 * made early in a quarter may be reported in the quarter before.
 */
final class ScoredWhen {

	private ScoredWhen() {
	}

	/**
	 * @param what "the review" or "the scoring", for the messages
	 */
	static void check(LocalDate assessedOn, FinancialQuarter reportingPeriod, LocalDate today, String what,
			BindingResult errors) {
		if (assessedOn != null) {
			try {
				FinancialQuarter.containing(assessedOn);
			}
			catch (IllegalArgumentException ex) {
				FormErrors.reject(errors, "assessedOn", "Enter the date of " + what + ", like "
						+ today.format(java.time.format.DateTimeFormatter.ofPattern("d M yyyy")));
				return;
			}
		}
		if (assessedOn != null && assessedOn.isAfter(today)) {
			FormErrors.reject(errors, "assessedOn", "Enter a date for " + what + " that is today or earlier");
		}
		if (reportingPeriod != null && reportingPeriod.start().isAfter(today)) {
			FormErrors.reject(errors, "reportingPeriod",
					"Enter this quarter or an earlier one: " + reportingPeriod.label() + " has not started");
		}
		if (assessedOn != null && reportingPeriod != null && reportingPeriod.start().isAfter(assessedOn)) {
			FormErrors.reject(errors, "reportingPeriod", "Enter the quarter of " + what + " or an earlier one: "
					+ reportingPeriod.label() + " starts after it");
		}
	}

}
