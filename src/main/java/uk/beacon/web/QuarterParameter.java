package uk.beacon.web;

import org.springframework.core.convert.converter.Converter;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * Reads a quarter named in a request ({@code ?period=Q2 2019/20}, a form's quarter) for
 * every controller that takes a {@link FinancialQuarter}. Blank means none was chosen.
 * Text that is not a quarter fails with the {@link uk.beacon.period.PeriodParseException}
 * that says why, which {@link Refusals} answers.
 */
class QuarterParameter implements Converter<String, FinancialQuarter> {

	@Override
	public FinancialQuarter convert(String text) {
		if (text.isBlank()) {
			return null;
		}
		return (FinancialQuarter) Periods.parse(text, PeriodKind.FINANCIAL_QUARTER);
	}

}
