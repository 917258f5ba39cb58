package uk.beacon.indicator;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionRulePropertiesTest {

	private static final Target NONE = new Target.None();

	@Property
	void directionWhereHigherIsBetterIsTheOppositeOfLowerIsBetter(@ForAll("figures") BigDecimal current,
			@ForAll("figures") BigDecimal earlier, @ForAll Unit unit, @ForAll @IntRange(min = 0, max = 3) int places) {
		DirectionOfTravel higher = direction(current, earlier, Polarity.HIGHER_IS_BETTER, NONE, unit, places);
		DirectionOfTravel lower = direction(current, earlier, Polarity.LOWER_IS_BETTER, NONE, unit, places);
		assertThat(lower).isEqualTo(switch (higher) {
			case IMPROVING -> DirectionOfTravel.WORSENING;
			case WORSENING -> DirectionOfTravel.IMPROVING;
			default -> higher;
		});
		assertThat(higher).isIn(DirectionOfTravel.IMPROVING, DirectionOfTravel.WORSENING, DirectionOfTravel.NO_CHANGE);
	}

	@Property
	void noChangeExactlyWhenEqualAsPrinted(@ForAll("figures") BigDecimal current, @ForAll("nudges") BigDecimal nudge,
			@ForAll Polarity polarity, @ForAll("targets") Target target, @ForAll Unit unit,
			@ForAll @IntRange(min = 0, max = 3) int places) {
		BigDecimal earlier = current.add(nudge);
		boolean equalAsPrinted = Decimals.round(current, places).compareTo(Decimals.round(earlier, places)) == 0;
		assertThat(direction(current, earlier, polarity, target, unit, places) == DirectionOfTravel.NO_CHANGE)
			.isEqualTo(equalAsPrinted);
	}

	@Property
	void aContextualMeasureOnlyIncreasesOrDecreases(@ForAll("figures") BigDecimal current,
			@ForAll("figures") BigDecimal earlier, @ForAll("targets") Target target) {
		DirectionOfTravel direction = direction(current, earlier, Polarity.NO_POLARITY, target, Unit.NUMBER, 4);
		assertThat(direction).isEqualTo(switch (current.compareTo(earlier)) {
			case 1 -> DirectionOfTravel.INCREASING;
			case -1 -> DirectionOfTravel.DECREASING;
			default -> DirectionOfTravel.NO_CHANGE;
		});
	}

	@Property
	void reflectingAroundTheMiddleOfTheRangeKeepsImprovingAndWorsening(@ForAll("figures") BigDecimal current,
			@ForAll("figures") BigDecimal earlier, @ForAll("ranges") Target.Range range) {
		// low + high - v is v reflected around the middle: the same distance from the
		// range
		BigDecimal ends = range.low().add(range.high());
		DirectionOfTravel direction = direction(current, earlier, Polarity.WITHIN_RANGE, range, Unit.NUMBER, 4);
		DirectionOfTravel reflected = direction(ends.subtract(current), ends.subtract(earlier), Polarity.WITHIN_RANGE,
				range, Unit.NUMBER, 4);
		assertThat(reflected).isEqualTo(switch (direction) {
			case INCREASING -> DirectionOfTravel.DECREASING;
			case DECREASING -> DirectionOfTravel.INCREASING;
			default -> direction;
		});
	}

	@Property
	void everyExplanationIsOneSentenceStartingWithTheDirectionLabel(@ForAll("figuresOrNothing") BigDecimal current,
			@ForAll("figuresOrNothing") BigDecimal earlier, @ForAll Polarity polarity, @ForAll("targets") Target target,
			@ForAll Unit unit, @ForAll @IntRange(min = 0, max = 3) int places) {
		DirectionAssessment assessment = DirectionRule.compare(current, earlier, "Q1 2019/20", polarity, target, unit,
				places);
		assertThat(assessment.explanation()).startsWith(assessment.direction().label() + ": ")
			.endsWith(".")
			.doesNotContain(". ");
		assertThat(assessment.direction() == DirectionOfTravel.NOT_APPLICABLE)
			.isEqualTo(current == null || earlier == null);
	}

	private static DirectionOfTravel direction(BigDecimal current, BigDecimal earlier, Polarity polarity, Target target,
			Unit unit, int places) {
		return DirectionRule.compare(current, earlier, "Q1 2019/20", polarity, target, unit, places).direction();
	}

	@Provide
	Arbitrary<BigDecimal> figures() {
		return Arbitraries.bigDecimals().between(new BigDecimal("-10000"), new BigDecimal("10000")).ofScale(4);
	}

	@Provide
	Arbitrary<BigDecimal> figuresOrNothing() {
		return figures().injectNull(0.2);
	}

	/**
	 * Small changes, so that values equal as printed turn up as often as different ones.
	 */
	@Provide
	Arbitrary<BigDecimal> nudges() {
		return Arbitraries
			.of("0", "0.0001", "-0.0004", "0.0005", "-0.0049", "0.005", "0.01", "-0.4999", "0.5", "1", "-25")
			.map(BigDecimal::new);
	}

	@Provide
	Arbitrary<Target.Range> ranges() {
		return Combinators.combine(figures(), figures()).as((a, b) -> new Target.Range(a.min(b), a.max(b)));
	}

	@Provide
	Arbitrary<Target> targets() {
		return Arbitraries.oneOf(Arbitraries.just(NONE), figures().map(Target.Value::new), ranges(),
				Arbitraries.integers().between(1, 4).map(Target.Quartile::new));
	}

}
