package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A quarter's review of a risk or opportunity, as a risk manager records it with its
 * owner: a new assessment, how effective each control is now, where each action stands,
 * and any actions or controls added.
 *
 * @param risk the risk reviewed
 * @param expectedVersion the version the person saw, so that two reviews at once never
 * overwrite each other
 * @param assessment the new assessment, with the reviewer's comment
 * @param controls the effectiveness of each control now, in the register's order
 * @param actions each action now, in the register's order
 * @param newActions actions added at the review
 * @param newControls controls added at the review
 */
public record RiskReview(RiskReference risk, int expectedVersion, RiskAssessment assessment,
		List<ControlEffectiveness> controls, List<ActionUpdate> actions, List<MitigatingAction> newActions,
		List<RiskControl> newControls) {

	public RiskReview {
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(assessment, "assessment");
		controls = List.copyOf(controls);
		actions = List.copyOf(actions);
		newActions = List.copyOf(newActions);
		newControls = List.copyOf(newControls);
	}

	/**
	 * Where an action stands after the review.
	 *
	 * @param status open, complete or another status
	 * @param progress what has been done so far, or {@code null}
	 * @param due when it is due now, or {@code null}
	 */
	public record ActionUpdate(ActionStatus status, String progress, LocalDate due) {

		public ActionUpdate {
			Objects.requireNonNull(status, "status");
		}

	}

}
