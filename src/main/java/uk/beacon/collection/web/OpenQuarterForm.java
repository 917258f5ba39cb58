package uk.beacon.collection.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import uk.beacon.period.FinancialQuarter;

/**
 * A performance officer opens a quarter's collection for a council: every indicator due
 * becomes a request to its owner.
 *
 * @param council the council
 * @param quarter the quarter being reported, such as Q3 2019/20
 * @param due the date the figures are due
 */
record OpenQuarterForm(@NotNull(message = "Choose a council") Long council,
		@NotNull(message = "Enter the quarter being reported, for example Q3 2019/20") FinancialQuarter quarter,
		@NotNull(message = "Enter the date the figures are due") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate due) {

}
