package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.ForecastMethod;
import uk.beacon.analytics.Improvement;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Month;
import uk.beacon.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: for any series of quarters or months, with gaps, in any unit, snapshot or
 * year to date, with or without a target or a profile, a year-end forecast never
 * contradicts a figure, never leaves what its unit allows, is written in its unit, and a
 * year-to-date one is drawn from its own year alone.
 */
class YearEndForecastsPropertiesTest {

	/** An indicator's figures and how it is forecast. */
	record Case(List<YearEndForecasts.Figure> figures, Unit unit, Accumulation accumulation, Double target,
			Double profiledShare, Improvement improvement) {

		Forecast forecast() {
			return YearEndForecasts.of(this.figures, this.unit, this.accumulation, this.target, this.profiledShare,
					this.improvement);
		}

		YearEndForecasts.Figure latest() {
			return this.figures.get(this.figures.size() - 1);
		}

	}

	@Property
	void theYearsLastFigureIsTheYearEnd(@ForAll("cases") Case c) {
		Forecast forecast = c.forecast();
		Period latest = c.latest().period();

		if (latest.end().equals(FinancialYear.containing(latest.end()).end())) {
			assertThat(forecast.method()).isEqualTo(ForecastMethod.YEAR_END_FIGURE);
			assertThat(forecast.projected()).isEqualTo(c.latest().value());
		}
		else if (forecast != null) {
			assertThat(forecast.method()).isNotEqualTo(ForecastMethod.YEAR_END_FIGURE);
		}
	}

	@Property
	void aForecastStaysWithinItsUnit(@ForAll("cases") Case c) {
		Forecast forecast = c.forecast();

		if (forecast != null && forecast.projected() != null) {
			// every figure generated is what the unit allows, never negative, a
			// percentage 0
			// to 100; a score has no bound
			if (c.unit() != Unit.SCORE) {
				assertThat(forecast.projected()).isGreaterThanOrEqualTo(0.0);
			}
			if (c.unit() == Unit.PERCENT) {
				assertThat(forecast.projected()).isLessThanOrEqualTo(100.0);
			}
		}
	}

	@Property
	void everySentenceWithAFigureWritesItsUnit(@ForAll("cases") Case c) {
		Forecast forecast = c.forecast();

		if (forecast != null && forecast.projected() != null) {
			String mark = switch (c.unit()) {
				case PERCENT -> "%";
				case CURRENCY_GBP -> "£";
				case DAYS -> " day";
				case FTE -> " FTE";
				case RATE_PER_1000 -> " per 1,000";
				case RATE_PER_10000 -> " per 10,000";
				case RATE_PER_100000 -> " per 100,000";
				case NUMBER, SCORE -> "";
			};
			String sentence = forecast.explanation();
			String figure = sentence.substring(sentence.indexOf(forecast.method() == ForecastMethod.YEAR_END_FIGURE
					? "ends at " : (sentence.contains(" reach ") ? " reach " : " be ")));
			assertThat(figure).contains(mark);
			if (c.target() != null) {
				assertThat(sentence.substring(sentence.indexOf("the target of "))).contains(mark);
			}
		}
	}

	@Property
	void aYearToDateForecastIsDrawnFromItsOwnYearAlone(@ForAll("cases") Case c, @ForAll long seed) {
		if (c.accumulation() != Accumulation.CUMULATIVE_YTD) {
			return;
		}
		FinancialYear year = FinancialYear.containing(c.latest().period().end());
		java.util.Random random = new java.util.Random(seed);
		List<YearEndForecasts.Figure> otherEarlierYears = c.figures()
			.stream()
			.map(f -> f.period().start().isBefore(year.start())
					? new YearEndForecasts.Figure(f.period(), Math.floor(random.nextDouble() * 1000) / 10) : f)
			.toList();

		Forecast changed = YearEndForecasts.of(otherEarlierYears, c.unit(), c.accumulation(), c.target(),
				c.profiledShare(), c.improvement());

		assertThat(changed).isEqualTo(c.forecast());
	}

	@Provide
	Arbitrary<Case> cases() {
		Arbitrary<Boolean> monthly = Arbitraries.of(false, true);
		Arbitrary<Integer> startYear = Arbitraries.integers().between(2015, 2024);
		Arbitrary<Integer> startIndex = Arbitraries.integers().between(0, 11);
		Arbitrary<List<Boolean>> present = Arbitraries.integers()
			.between(0, 9)
			.map(n -> n < 8)
			.list()
			.ofMinSize(1)
			.ofMaxSize(30);
		Arbitrary<Unit> unit = Arbitraries.of(Unit.class);
		Arbitrary<List<Double>> values = Arbitraries.doubles().between(0, 1000).ofScale(1).list().ofSize(30);
		Arbitrary<Accumulation> accumulation = Arbitraries.of(Accumulation.class);
		Arbitrary<Double> target = Arbitraries.doubles().between(0, 100).ofScale(1).injectNull(0.2);
		Arbitrary<Double> share = Arbitraries.doubles().between(0, 1).ofScale(2).injectNull(0.7);
		Arbitrary<Improvement> improvement = Arbitraries.of(Improvement.class);
		return Combinators.combine(monthly, startYear, startIndex, present, unit, values, accumulation, target)
			.as((isMonthly, year, index, there, u, vs, acc, t) -> {
				List<YearEndForecasts.Figure> figures = new ArrayList<>();
				for (int i = 0; i < there.size(); i++) {
					// the last period always has its figure
					if (there.get(i) || i == there.size() - 1) {
						Period period = isMonthly ? new Month(java.time.YearMonth.of(year, 4).plusMonths(index + i))
								: new FinancialQuarter(year, 1 + index % 4).plusQuarters(i);
						double value = (u == Unit.PERCENT) ? vs.get(i) / 10 : vs.get(i);
						figures.add(new YearEndForecasts.Figure(period, value));
					}
				}
				return new Case(figures, u, acc, t, null, Improvement.UP);
			})
			.flatMap(c -> Combinators.combine(share, improvement)
				.as((s, imp) -> new Case(c.figures(), c.unit(), c.accumulation(), c.target(), s, imp)));
	}

}
