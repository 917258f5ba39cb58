package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a mitigating (or maximising) action stands. "Open" is the import's word for an
 * action under way, so it reads "In progress" to an officer.
 */
public enum ActionStatus {

	NOT_STARTED("Not started"),

	OPEN("In progress"),

	COMPLETE("Complete"),

	CANCELLED("Cancelled");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the action needs no more work, so its due date no longer matters.
	 */
	public boolean closed() {
		return this == COMPLETE || this == CANCELLED;
	}

	/**
	 * The word used in the import files, such as {@code not_started}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ActionStatus> fromCode(String code) {
		return Codes.find(ActionStatus.class, code);
	}

}
