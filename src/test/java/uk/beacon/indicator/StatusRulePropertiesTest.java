package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the status rule. Figures are generated with no more decimals than the
 * indicator prints, so rounding never blurs a symmetry.
 */
class StatusRulePropertiesTest {

	private static final int PLACES = 2;

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	@Property
	void swappingPolarityAndReflectingTheValueAroundTheTargetGivesTheSameStatus(@ForAll("figures") BigDecimal value,
			@ForAll("figures") BigDecimal target, @ForAll("tolerances") Tolerance tolerance, @ForAll Unit unit) {
		BigDecimal reflected = target.multiply(TWO).subtract(value);
		Target point = new Target.Value(target);
		assertThat(status(reflected, unit, Polarity.LOWER_IS_BETTER, point, tolerance))
			.isEqualTo(status(value, unit, Polarity.HIGHER_IS_BETTER, point, tolerance));
	}

	@Property
	void swappingPolarityAndReflectingARangeGivesTheSameStatus(@ForAll("figures") BigDecimal value,
			@ForAll("ranges") Target.Range range, @ForAll("tolerances") Tolerance tolerance, @ForAll Unit unit) {
		Target.Range mirrored = new Target.Range(range.high().negate(), range.low().negate());
		assertThat(status(value.negate(), unit, Polarity.LOWER_IS_BETTER, mirrored, tolerance))
			.isEqualTo(status(value, unit, Polarity.HIGHER_IS_BETTER, range, tolerance));
		assertThat(status(value.negate(), unit, Polarity.WITHIN_RANGE, mirrored, tolerance))
			.isEqualTo(status(value, unit, Polarity.WITHIN_RANGE, range, tolerance));
	}

	@Property
	void neverGreenWhenStrictlyWorseThanTheTarget(@ForAll("figures") BigDecimal value,
			@ForAll("figures") BigDecimal target, @ForAll("tolerances") Tolerance tolerance,
			@ForAll("ratedPolarities") Polarity polarity) {
		int side = value.compareTo(target);
		boolean worse = switch (polarity) {
			case HIGHER_IS_BETTER -> side < 0;
			case LOWER_IS_BETTER -> side > 0;
			default -> side != 0;
		};
		Assume.that(worse);
		assertThat(status(value, Unit.NUMBER, polarity, new Target.Value(target), tolerance)).isIn(Status.AMBER,
				Status.RED);
	}

	@Property
	void neverGreenOutsideARangeOnTheWrongSide(@ForAll("figures") BigDecimal value,
			@ForAll("ranges") Target.Range range, @ForAll("tolerances") Tolerance tolerance,
			@ForAll("ratedPolarities") Polarity polarity) {
		boolean below = value.compareTo(range.low()) < 0;
		boolean above = value.compareTo(range.high()) > 0;
		boolean worse = switch (polarity) {
			case HIGHER_IS_BETTER -> below;
			case LOWER_IS_BETTER -> above;
			default -> below || above;
		};
		Assume.that(worse);
		assertThat(status(value, Unit.NUMBER, polarity, range, tolerance)).isIn(Status.AMBER, Status.RED);
	}

	@Property
	void wideningTheToleranceNeverMakesAStatusWorse(@ForAll("figures") BigDecimal value,
			@ForAll("pointsAndRanges") Target target, @ForAll("ratedPolarities") Polarity polarity,
			@ForAll("amounts") BigDecimal narrow, @ForAll("amounts") BigDecimal widening, @ForAll boolean percentage) {
		BigDecimal wide = narrow.add(widening);
		Tolerance narrower = percentage ? Tolerance.percentage(narrow) : Tolerance.absolute(narrow);
		Tolerance wider = percentage ? Tolerance.percentage(wide) : Tolerance.absolute(wide);
		assertThat(rank(status(value, Unit.NUMBER, polarity, target, wider)))
			.isGreaterThanOrEqualTo(rank(status(value, Unit.NUMBER, polarity, target, narrower)))
			.isGreaterThanOrEqualTo(rank(status(value, Unit.NUMBER, polarity, target, Tolerance.none())));
	}

	@Property
	void aContextualMeasureIsNeverRated(@ForAll("figures") BigDecimal value, @ForAll("targets") Target target,
			@ForAll("tolerances") Tolerance tolerance, @ForAll Unit unit) {
		assertThat(status(value, unit, Polarity.NO_POLARITY, target, tolerance)).isEqualTo(Status.NOT_RATED);
	}

	@Property
	void everyExplanationIsOneSentenceStartingWithTheStatusLabel(@ForAll("inputs") StatusInput input) {
		StatusAssessment assessment = StatusRule.evaluate(input);
		assertThat(assessment.explanation()).startsWith(assessment.status().label() + ": ")
			.endsWith(".")
			.doesNotContain(". ")
			.doesNotContain("..");
	}

	@Property
	void aValueIsRatedExactlyWhenThereIsAValueAPolarityAndATarget(@ForAll("inputs") StatusInput input) {
		Status status = StatusRule.evaluate(input).status();
		assertThat(status == Status.NO_DATA).isEqualTo(input.value() == null);
		if (input.value() != null
				&& (input.polarity() == Polarity.NO_POLARITY || input.target() instanceof Target.None)) {
			assertThat(status).isEqualTo(Status.NOT_RATED);
		}
	}

	@Property
	void swappingPolarityMirrorsTheStatusUnderAnyRule(@ForAll("figures") BigDecimal value,
			@ForAll("figures") BigDecimal target, @ForAll("rules") RagRule rule, @ForAll Unit unit) {
		BigDecimal reflected = target.multiply(TWO).subtract(value);
		Target point = new Target.Value(target);
		assertThat(status(reflected, unit, Polarity.LOWER_IS_BETTER, point, rule))
			.isEqualTo(status(value, unit, Polarity.HIGHER_IS_BETTER, point, rule));
	}

	@Property
	void aGreenToleranceNeverMakesAStatusWorse(@ForAll("figures") BigDecimal value,
			@ForAll("pointsAndRanges") Target target, @ForAll("ratedPolarities") Polarity polarity,
			@ForAll("rules") RagRule rule) {
		RagRule amberOnly = RagRule.amberOnly(rule.amber());
		assertThat(rank(status(value, Unit.NUMBER, polarity, target, rule)))
			.isGreaterThanOrEqualTo(rank(status(value, Unit.NUMBER, polarity, target, amberOnly)));
	}

	@Property
	void greenExactlyWithinTheGreenTolerance(@ForAll("figures") BigDecimal value, @ForAll("figures") BigDecimal target,
			@ForAll("ratedPolarities") Polarity polarity, @ForAll("rules") RagRule rule) {
		BigDecimal shortfall = switch (polarity) {
			case HIGHER_IS_BETTER -> target.subtract(value);
			case LOWER_IS_BETTER -> value.subtract(target);
			default -> value.subtract(target).abs();
		};
		boolean within = shortfall.compareTo(rule.green().bandWidth(target)) <= 0;
		assertThat(status(value, Unit.NUMBER, polarity, new Target.Value(target), rule) == Status.GREEN)
			.isEqualTo(within);
	}

	@Property
	void aPercentageToleranceRatesAsItsShareOfTheTargetInTheUnit(@ForAll("figures") BigDecimal value,
			@ForAll("figures") BigDecimal target, @ForAll("ratedPolarities") Polarity polarity,
			@ForAll("amounts") BigDecimal green, @ForAll("amounts") BigDecimal widening) {
		// a share of a target of nothing is nothing, and no rule
		Assume.that(target.signum() != 0);
		BigDecimal amber = green.add(widening).add(BigDecimal.ONE);
		RagRule asPercentages = RagRule.own(Tolerance.percentage(green), Tolerance.percentage(amber));
		RagRule asAmounts = RagRule.own(Tolerance.absolute(target.abs().multiply(green).movePointLeft(2)),
				Tolerance.absolute(target.abs().multiply(amber).movePointLeft(2)));
		assertThat(status(value, Unit.NUMBER, polarity, new Target.Value(target), asPercentages))
			.isEqualTo(status(value, Unit.NUMBER, polarity, new Target.Value(target), asAmounts));
	}

	@Property
	void theCouncilsRuleRatesAsTheSameRuleOfTheTargetsOwn(@ForAll("figures") BigDecimal value,
			@ForAll("pointsAndRanges") Target target, @ForAll("ratedPolarities") Polarity polarity,
			@ForAll("rules") RagRule rule) {
		assertThat(status(value, Unit.NUMBER, polarity, target, RagRule.council(rule.green(), rule.amber())))
			.isEqualTo(status(value, Unit.NUMBER, polarity, target, RagRule.own(rule.green(), rule.amber())));
	}

	private static Status status(BigDecimal value, Unit unit, Polarity polarity, Target target, RagRule rule) {
		return StatusRule.evaluate(new StatusInput(value, unit, PLACES, polarity, target, rule, null, null, null))
			.status();
	}

	private static Status status(BigDecimal value, Unit unit, Polarity polarity, Target target, Tolerance tolerance) {
		return StatusRule
			.evaluate(new StatusInput(value, unit, PLACES, polarity, target, RagRule.amberOnly(tolerance), null, null,
					null))
			.status();
	}

	private static int rank(Status status) {
		return switch (status) {
			case RED -> 0;
			case AMBER -> 1;
			case GREEN -> 2;
			default -> throw new IllegalArgumentException("Not a RAG status: " + status);
		};
	}

	@Provide
	Arbitrary<BigDecimal> figures() {
		return Arbitraries.bigDecimals()
			.between(new BigDecimal("-1000"), new BigDecimal("1000"))
			.ofScale(PLACES)
			.edgeCases((edges) -> edges.add(BigDecimal.ZERO));
	}

	@Provide
	Arbitrary<BigDecimal> amounts() {
		return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(1);
	}

	@Provide
	Arbitrary<Tolerance> tolerances() {
		return Arbitraries.oneOf(Arbitraries.just(Tolerance.none()), amounts().map(Tolerance::absolute),
				amounts().map(Tolerance::percentage));
	}

	/** Every rule a council could write: a green tolerance, an amber one, or both. */
	@Provide
	Arbitrary<RagRule> rules() {
		return Combinators.combine(tolerances(), tolerances(), Arbitraries.of(RagRule.Source.class))
			.as((green, amber,
					source) -> (green.kind() != Tolerance.Kind.NONE && green.kind() == amber.kind()
							&& amber.amount().compareTo(green.amount()) <= 0) ? null
									: new RagRule(green, amber, source))
			.filter(java.util.Objects::nonNull);
	}

	@Provide
	Arbitrary<Polarity> ratedPolarities() {
		return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.WITHIN_RANGE);
	}

	@Provide
	Arbitrary<Target.Range> ranges() {
		return Combinators.combine(figures(), figures()).as((a, b) -> new Target.Range(a.min(b), a.max(b)));
	}

	@Provide
	Arbitrary<Target> pointsAndRanges() {
		return Arbitraries.oneOf(figures().map(Target.Value::new), ranges());
	}

	@Provide
	Arbitrary<Target> targets() {
		Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3650).map(LocalDate.of(2015, 1, 1)::plusDays);
		return Arbitraries.oneOf(Arbitraries.just(new Target.None()), pointsAndRanges(),
				Combinators.combine(figures(), Arbitraries.of("Q1 2019/20", "Q3 2019/20")).as(Target.Profile::new),
				Combinators.combine(figures(), dates, Arbitraries.integers().between(0, 2000))
					.as((total, from, days) -> new Target.MultiYearTotal(total, from, from.plusDays(days))),
				Arbitraries.integers().between(1, 4).map(Target.Quartile::new));
	}

	@Provide
	Arbitrary<StatusInput> inputs() {
		Arbitrary<BigDecimal> values = Arbitraries.bigDecimals()
			.between(new BigDecimal("-10000000"), new BigDecimal("10000000"))
			.ofScale(4)
			.injectNull(0.1);
		Arbitrary<Context> contexts = Combinators
			.combine(Arbitraries.integers().between(0, 3650).map(LocalDate.of(2015, 1, 1)::plusDays).injectNull(0.3),
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4).injectNull(0.5),
					Arbitraries.integers().between(1, 4).injectNull(0.3))
			.as(Context::new);
		return Combinators
			.combine(values, Arbitraries.of(Unit.class), Arbitraries.integers().between(0, 3),
					Arbitraries.of(Polarity.class), targets(), rules(), contexts)
			.as((value, unit, places, polarity, target, rule, context) -> new StatusInput(value, unit, places, polarity,
					target, rule, context.asAt(), context.yearFractionElapsed(), context.benchmarkQuartile()));
	}

	private record Context(LocalDate asAt, BigDecimal yearFractionElapsed, Integer benchmarkQuartile) {
	}

}
