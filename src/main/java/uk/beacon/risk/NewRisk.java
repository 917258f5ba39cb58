package uk.beacon.risk;

import java.util.List;

/**
 * What an officer enters to add a risk or opportunity to a register, in one go: its
 * words, its first assessment, its controls and its first actions.
 *
 * @param ownerEmail the owner's e-mail address, for the review's reminders, or
 * {@code null}
 * @param assessment its first positions on the matrix, or {@code null} when it is not
 * scored yet
 * @param controls the controls already in place
 * @param actions the first actions
 * @param areaCode the code of the risk area it belongs to, or {@code null} for none
 */
public record NewRisk(String registerCode, RiskKind kind, String reference, String title, String description,
		String category, String consequences, String owner, String ownerEmail, Integer reviewMonths, boolean restricted,
		RiskAssessment assessment, List<RiskControl> controls, List<MitigatingAction> actions, String areaCode) {

	public NewRisk {
		controls = (controls != null) ? List.copyOf(controls) : List.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

	/** A risk entered with its words only, to be scored at its first review. */
	public NewRisk(String registerCode, RiskKind kind, String reference, String title, String description,
			String category, String consequences, String owner, Integer reviewMonths, boolean restricted) {
		this(registerCode, kind, reference, title, description, category, consequences, owner, null, reviewMonths,
				restricted, null, List.of(), List.of(), null);
	}

}
