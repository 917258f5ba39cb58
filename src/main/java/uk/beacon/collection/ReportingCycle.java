package uk.beacon.collection;

import java.time.Instant;
import java.time.LocalDate;

import uk.beacon.period.FinancialQuarter;

/**
 * A quarter's data collection for one council.
 *
 * @param id database identity
 * @param councilId the council
 * @param councilName its name
 * @param period the quarter being reported
 * @param dueDate when owners' figures are due
 * @param open whether figures are still being collected
 * @param openedBy who opened it
 * @param openedAt when
 */
public record ReportingCycle(long id, long councilId, String councilName, FinancialQuarter period, LocalDate dueDate,
		boolean open, String openedBy, Instant openedAt) {

	public String title() {
		return this.councilName + ", " + this.period.label();
	}

}
