package uk.beacon.risk.web;

import jakarta.validation.constraints.NotBlank;

import uk.beacon.web.FormErrors.FieldIds;

/**
 * The forms on a risk's page that move or merge it. Each needs the reason, which the
 * register's history keeps; each names its fields' ids, as the page holds several.
 */
final class RiskChangeForms {

	private RiskChangeForms() {
	}

	record Escalation(
			@NotBlank(message = "Enter the reason for escalating the risk") String reason) implements FieldIds {

		@Override
		public String idOf(String field) {
			return "escalate-" + field;
		}

	}

	record DeEscalation(
			@NotBlank(message = "Enter the reason for de-escalating the risk") String reason) implements FieldIds {

		@Override
		public String idOf(String field) {
			return "de-escalate-" + field;
		}

	}

	/**
	 * @param into the risk the duplicate is merged into
	 * @param reason why they are the same risk
	 */
	record Merge(@NotBlank(message = "Choose the risk to merge it into") String into,
			@NotBlank(message = "Enter the reason these are the same risk") String reason) implements FieldIds {

		@Override
		public String idOf(String field) {
			return "merge-" + field + "-" + this.into;
		}

	}

	record Closing(@NotBlank(message = "Enter the reason for closing it") String reason) implements FieldIds {

		@Override
		public String idOf(String field) {
			return "close-" + field;
		}

	}

	record Reopening(@NotBlank(message = "Enter the reason for reopening it") String reason) implements FieldIds {

		@Override
		public String idOf(String field) {
			return "reopen-" + field;
		}

	}

}
