package uk.beacon.risk;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import uk.beacon.period.FinancialQuarter;

/**
 * What an area's risks say about the area: its level is the highest of theirs, and it is
 * new in the quarter it was begun.
 */
public final class RiskAreaRules {

	/**
	 * Higher colours first (dark red above red), then the higher rated score within a
	 * colour; a level known only from a printed rating ranks below a scored one of its
	 * colour.
	 */
	private static final Comparator<Member> HIGHER = Comparator
		.comparingInt((Member m) -> m.level().colour().severity())
		.thenComparing(Member::score, Comparator.nullsFirst(Comparator.naturalOrder()));

	private RiskAreaRules() {
	}

	/**
	 * A risk of the area as it stood at the time in question.
	 *
	 * @param level its level, {@code null} when it was not assessed by then
	 * @param score its rated score, {@code null} when it is rated on a printed rating
	 * alone
	 */
	public record Member(RiskLevel level, Integer score) {
	}

	/**
	 * @return the highest level among the risks assessed, empty when none is
	 */
	public static Optional<RiskLevel> highest(Collection<Member> members) {
		return members.stream().filter(m -> m.level() != null).max(HIGHER).map(Member::level);
	}

	/**
	 * Whether the area is new in the quarter's report: the council began reporting it on
	 * a day of that quarter.
	 */
	public static boolean isNew(RiskArea area, FinancialQuarter quarter) {
		Objects.requireNonNull(quarter, "quarter must not be null");
		return !area.since().isBefore(quarter.start()) && !area.since().isAfter(quarter.end());
	}

}
