package uk.beacon.risk;

import java.time.LocalDate;

/**
 * An action that reduces a risk or, for an opportunity, makes the most of it.
 *
 * @param action what will be done
 * @param owner who does it, or {@code null}
 * @param due when it is due, or {@code null}
 * @param status where it stands; open (in progress) when not given
 * @param progress what has been done so far, or {@code null}
 */
public record MitigatingAction(String action, String owner, LocalDate due, ActionStatus status, String progress) {

	public MitigatingAction {
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("An action needs a description of what will be done.");
		}
		status = (status != null) ? status : ActionStatus.OPEN;
	}

	/**
	 * Past its due date and still to finish. An action due today is not yet overdue.
	 */
	public boolean overdue(LocalDate today) {
		return this.due != null && this.due.isBefore(today) && !this.status.closed();
	}

}
