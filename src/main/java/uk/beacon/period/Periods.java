package uk.beacon.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads periods from the text officers type and upload.
 * <p>
 * Input is trimmed, case is ignored, and runs of spaces, non-breaking spaces and the
 * dashes Word substitutes for hyphens are tolerated. Accepted forms, by kind:
 * <ul>
 * <li>financial quarter: "Q2 2019/20", "Q2 2019-20", "Q2 2019/2020", "Quarter 2 2019/20",
 * "Qtr 2 2019/20", "FQ2 2019/20", "Q2 FY 2019/20", "2019/20 Q2";</li>
 * <li>financial year: "2019/20", "2019-20", "2019/2020", "FY 2019/20", "financial year
 * 2019/20", "2019/20 (financial year)";</li>
 * <li>academic year: "AY 2018/19", "academic year 2018/19", "2018/19 academic year",
 * "2018/19 (academic)";</li>
 * <li>calendar year: "2019", "CY 2019", "calendar year 2019";</li>
 * <li>month: "Sep 2019", "Sept 2019", "September 2019", "Sep-2019", "09/2019",
 * "2019-09";</li>
 * <li>as-at date: "30/09/2019", "30/9/2019", "30-09-2019", "30.09.2019", "2019-09-30",
 * "30 September 2019", "30-Sep-2019", optionally after "as at", "as of" or "at".</li>
 * </ul>
 * A bare pair of years such as "2018/19" is read as a financial year, because that is
 * what it means in council reports; write "academic year 2018/19" for the school year.
 * Likewise "2009-10" is the financial year 2009/10 rather than the ISO month October
 * 2009. When the caller says which kind it expects, {@link #parse(String, PeriodKind)}
 * settles both readings in favour of that kind.
 * <p>
 * Two-digit years ("30/09/19", "Sep 19", "19/20"), pairs of years that do not follow on
 * ("2019/21"), impossible dates and years outside 1900 to 2200 are rejected with a
 * {@link PeriodParseException} that says why and what to write instead.
 */
public final class Periods {

	private Periods() {
	}

	/**
	 * Reads any kind of period.
	 * @throws PeriodParseException if the text is blank or not a period
	 */
	public static Period parse(String label) {
		return PeriodParser.parse(label, null);
	}

	/**
	 * Reads a period's stored {@link Period#key() key}. Keys are few (a council has some
	 * hundreds of periods) and read on every row, so each is parsed once and kept; a key
	 * that is not a period is refused as {@link #parse(String)} would.
	 */
	public static Period fromKey(String key) {
		Period cached = KEYS.get(key);
		if (cached != null) {
			return cached;
		}
		Period period = PeriodParser.parse(key, null);
		if (KEYS.size() < MAX_CACHED_KEYS) {
			KEYS.put(key, period);
		}
		return period;
	}

	private static final int MAX_CACHED_KEYS = 100_000;

	private static final java.util.concurrent.ConcurrentMap<String, Period> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Reads a period that must be of the expected kind, as when a column or an indicator
	 * has a fixed reporting frequency. A bare "2018/19" is read as an academic year when
	 * one is expected, and "2009-10" as a month when one is expected.
	 * @throws PeriodParseException if the text is blank, not a period, or a period of
	 * another kind
	 */
	public static Period parse(String label, PeriodKind expected) {
		Objects.requireNonNull(expected, "The expected kind of period is needed.");
		return PeriodParser.parse(label, expected);
	}

	/**
	 * The period of the given kind that contains the date; for an as-at date, the date
	 * itself.
	 */
	public static Period containing(LocalDate date, PeriodKind kind) {
		return switch (kind) {
			case FINANCIAL_QUARTER -> FinancialQuarter.containing(date);
			case FINANCIAL_YEAR -> FinancialYear.containing(date);
			case MONTH -> Month.containing(date);
			case ACADEMIC_YEAR -> AcademicYear.containing(date);
			case CALENDAR_YEAR -> CalendarYear.containing(date);
			case AS_AT_DATE -> new AsAtDate(date);
		};
	}

}
