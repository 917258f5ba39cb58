package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

import uk.beacon.period.Period;

/**
 * One member's value in a comparator group the council defines, for one indicator and
 * period.
 *
 * @param groupCode the group's code, e.g. CIPFA-NN
 * @param groupName the group's name
 * @param indicatorId the indicator compared
 * @param dataPeriod the period the value measures
 * @param member the member council's name
 * @param isCouncil whether this member is the council itself
 * @param value the member's value
 * @param source where it comes from
 */
public record ComparatorValue(String groupCode, String groupName, long indicatorId, Period dataPeriod, String member,
		boolean isCouncil, BigDecimal value, String source) {

	public ComparatorValue {
		Objects.requireNonNull(groupCode, "groupCode");
		Objects.requireNonNull(dataPeriod, "dataPeriod");
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(value, "value");
	}

}
