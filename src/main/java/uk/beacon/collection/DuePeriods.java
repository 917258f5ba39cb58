package uk.beacon.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Indicator;
import uk.beacon.period.AcademicYear;
import uk.beacon.period.CalendarYear;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Month;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

/**
 * Which figures an indicator owes in a quarter, by its frequency and how many months in
 * arrears its data arrive: a figure is due in the quarter in which its period ends plus
 * the arrears. A monthly indicator owes three months; a quarterly one with three months'
 * lag owes the quarter before; an annual one owes its year in the quarter the year (plus
 * lag) ends. Irregular indicators are not requested.
 */
final class DuePeriods {

	private DuePeriods() {
	}

	/**
	 * @param yearKind the kind of year an annual indicator reports (financial, academic
	 * or calendar), from its latest figure; financial when it has none
	 */
	static List<Period> of(Indicator indicator, FinancialQuarter quarter, PeriodKind yearKind) {
		int lag = indicator.arrearsMonths();
		List<Period> due = new ArrayList<>();
		if (indicator.frequency() == Frequency.MONTHLY) {
			for (int i = 0; i < 3; i++) {
				LocalDate day = quarter.start().plusMonths(i).minusMonths(lag);
				due.add(Month.containing(day));
			}
		}
		else if (indicator.frequency() == Frequency.QUARTERLY) {
			// the quarter whose end, plus the lag, falls in this quarter
			LocalDate endPlusLag = quarter.end().minusMonths(lag);
			FinancialQuarter candidate = FinancialQuarter.containing(endPlusLag);
			while (candidate.end().isAfter(endPlusLag)) {
				candidate = candidate.previous();
			}
			if (!candidate.end().plusMonths(lag).isBefore(quarter.start())) {
				due.add(candidate);
			}
		}
		else if (indicator.frequency() == Frequency.ANNUAL) {
			Period year = yearEndingBetween(quarter.start().minusMonths(lag), quarter.end().minusMonths(lag), yearKind);
			if (year != null) {
				due.add(year);
			}
		}
		return due;
	}

	private static Period yearEndingBetween(LocalDate from, LocalDate to, PeriodKind kind) {
		Period year;
		if (kind == PeriodKind.ACADEMIC_YEAR) {
			year = AcademicYear.containing(to);
		}
		else if (kind == PeriodKind.CALENDAR_YEAR) {
			year = CalendarYear.containing(to);
		}
		else {
			year = FinancialYear.containing(to);
		}
		if (year.end().isAfter(to)) {
			year = year.previous();
		}
		return year.end().isBefore(from) ? null : year;
	}

}
