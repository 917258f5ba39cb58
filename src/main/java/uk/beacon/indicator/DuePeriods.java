package uk.beacon.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
public final class DuePeriods {

	private DuePeriods() {
	}

	/**
	 * @param yearKind the kind of year an annual indicator reports (financial, academic
	 * or calendar), from its latest figure; financial when it has none
	 */
	public static List<Period> of(Indicator indicator, FinancialQuarter quarter, PeriodKind yearKind) {
		int lag = indicator.arrearsMonths();
		List<Period> due = new ArrayList<>();
		if (indicator.frequency() == Frequency.MONTHLY) {
			for (int i = 0; i < 3; i++) {
				LocalDate day = quarter.start().plusMonths(i).minusMonths(lag);
				due.add(Month.containing(day));
			}
		}
		else if (indicator.frequency() == Frequency.QUARTERLY) {
			YearMonth end = endingInWindow(quarter, lag, 3, 6, 9, 12);
			if (end != null) {
				due.add(FinancialQuarter.containing(end.atDay(1)));
			}
		}
		else if (indicator.frequency() == Frequency.ANNUAL) {
			int endMonth = (yearKind == PeriodKind.ACADEMIC_YEAR) ? 8 : (yearKind == PeriodKind.CALENDAR_YEAR) ? 12 : 3;
			YearMonth end = endingInWindow(quarter, lag, endMonth);
			if (end != null) {
				LocalDate day = end.atDay(1);
				due.add((yearKind == PeriodKind.ACADEMIC_YEAR) ? AcademicYear.containing(day)
						: (yearKind == PeriodKind.CALENDAR_YEAR) ? CalendarYear.containing(day)
								: FinancialYear.containing(day));
			}
		}
		return due;
	}

	/**
	 * The figures due in the quarter, an annual indicator's kind of year read from its
	 * history.
	 * @param history its figures, in the order they were reported
	 */
	public static List<Period> of(Indicator indicator, FinancialQuarter quarter, List<Measurement> history) {
		return of(indicator, quarter, yearKind(history));
	}

	/**
	 * The kind of year an annual indicator reports (financial, academic or calendar):
	 * that of its latest figure, financial when it has none.
	 */
	public static PeriodKind yearKind(List<Measurement> history) {
		return history.isEmpty() ? PeriodKind.FINANCIAL_YEAR : history.get(history.size() - 1).dataPeriod().kind();
	}

	/**
	 * The month, among those that end a period (given as month numbers), which plus the
	 * lag falls in the quarter; {@code null} when none does.
	 */
	private static YearMonth endingInWindow(FinancialQuarter quarter, int lag, int... endMonths) {
		YearMonth last = YearMonth.from(quarter.end()).minusMonths(lag);
		for (int k = 0; k < 3; k++) {
			YearMonth candidate = last.minusMonths(k);
			for (int month : endMonths) {
				if (candidate.getMonthValue() == month) {
					return candidate;
				}
			}
		}
		return null;
	}

}
