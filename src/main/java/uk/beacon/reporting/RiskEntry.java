package uk.beacon.reporting;

import java.util.List;

/**
 * A risk as the report prints it.
 *
 * @param reference the council's reference
 * @param title its title
 * @param register the register it is on
 * @param owner who owns it, {@code null} when not known or withheld
 * @param description what it is, {@code null} when not known or withheld
 * @param level its level now, such as "Red"
 * @param colour the level's colour, such as "RED"
 * @param previousLevel its level at the last report, {@code null} when it was not
 * assessed then
 * @param position its rated position, such as "12 Major/Possible", or "–"
 * @param target its target position and date, or {@code null}
 * @param direction how it moved since the last report
 * @param why the officer's comment on its rating, or {@code null}
 * @param actions its mitigating actions
 * @param next what happens next: the next review and the target
 * @param appetite where it stood against its council's risk appetite, such as "16: 4
 * above the tolerable score of 12 (Financial)", {@code null} when no appetite applies
 * (and in reports published before Beacon kept one)
 * @param aboveAppetiteBy how far above that appetite it was, 0 when it was not (or the
 * report was published before Beacon kept one)
 * @param printedLevel the rating the council printed where it differs from the level
 * worked out from the score, {@code null} where it does not (and in reports published
 * before Beacon showed it)
 */
public record RiskEntry(String reference, String title, String register, String owner, String description, String level,
		String colour, String previousLevel, String position, String target, String direction, String why,
		List<Action> actions, String next, String appetite, Integer aboveAppetiteBy, String printedLevel) {

	public RiskEntry {
		actions = List.copyOf(actions);
		aboveAppetiteBy = (aboveAppetiteBy != null) ? aboveAppetiteBy : 0;
	}

	/**
	 * A risk whose printed rating, if any, agrees with its level.
	 */
	public RiskEntry(String reference, String title, String register, String owner, String description, String level,
			String colour, String previousLevel, String position, String target, String direction, String why,
			List<Action> actions, String next, String appetite, Integer aboveAppetiteBy) {
		this(reference, title, register, owner, description, level, colour, previousLevel, position, target, direction,
				why, actions, next, appetite, aboveAppetiteBy, null);
	}

	/**
	 * "High/Medium", or "High/Medium (printed as Medium)" where the council printed
	 * another rating, as an indicator's assessed status is shown beside its rule status.
	 */
	public String levelAsShown() {
		return (this.printedLevel != null) ? this.level + " (printed as " + this.printedLevel + ")" : this.level;
	}

	/**
	 * A mitigating action with its owner, due date and status in words.
	 */
	public record Action(String action, String owner, String due, String status, String progress) {
	}

}
