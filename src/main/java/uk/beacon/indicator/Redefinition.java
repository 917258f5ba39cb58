package uk.beacon.indicator;

import uk.beacon.period.FinancialQuarter;

/**
 * A change to how an indicator is measured and rated, as a performance officer makes it:
 * either a new definition from a quarter on, the figures reported before keeping the one
 * they were reported under, or a correction of the definition in use, which re-rates
 * every figure it applies to.
 *
 * @param code the indicator
 * @param expectedVersion the indicator's version as the person saw it
 * @param from the first quarter the new definition applies to, {@code null} to correct
 * the definition in use
 * @param measure the definition
 * @param reason why it changes, kept in the history and the audit trail
 */
public record Redefinition(String code, int expectedVersion, FinancialQuarter from, Measure measure, String reason) {

}
