package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A council's RAG rule worked through for the help pages: an indicator where higher is
 * better, with a target of 80%, and figures chosen at the rule's own edges (on the
 * target, at the edge of the green tolerance, at the edge of the amber band, and beyond
 * it), each rated by the same status rule every page uses, so the example always says
 * what Beacon does with the council's rule as it stands.
 *
 * @param green how far short is still green ("5%", "2 in the indicator's unit"), null
 * when only the target or better is green
 * @param amber how far short is still amber, null when the rule has no amber band
 * @param target the example's target, 80 (%)
 * @param figures the example's figures, best first, each with its rating
 */
public record RagRuleExample(String green, String amber, BigDecimal target, List<Figure> figures) {

	private static final BigDecimal TARGET = new BigDecimal("80");

	private static final int DECIMAL_PLACES = 1;

	/** One figure of the example and how the rule rates it. */
	public record Figure(String shown, StatusAssessment assessment) {
	}

	public static RagRuleExample of(RagRule rule) {
		BigDecimal greenWidth = rule.green().bandWidth(TARGET);
		BigDecimal amberWidth = rule.amber().bandWidth(TARGET);
		List<BigDecimal> values = new ArrayList<>();
		values.add(TARGET.add(new BigDecimal("2")));
		values.add(TARGET);
		if (rule.hasGreenTolerance() && greenWidth.signum() > 0) {
			values.add(TARGET.subtract(greenWidth));
		}
		BigDecimal furthest = greenWidth;
		if (amberWidth.compareTo(greenWidth) > 0) {
			values.add(TARGET.subtract(amberWidth));
			furthest = amberWidth;
		}
		values.add(TARGET.subtract(furthest).subtract(BigDecimal.ONE));
		List<Figure> figures = values.stream().distinct().map(value -> figure(value, rule)).toList();
		return new RagRuleExample(rule.hasGreenTolerance() ? RagRule.describe(rule.green()) : null,
				(rule.amber().kind() != Tolerance.Kind.NONE) ? RagRule.describe(rule.amber()) : null, TARGET, figures);
	}

	private static Figure figure(BigDecimal value, RagRule rule) {
		StatusInput input = new StatusInput(value, Unit.PERCENT, DECIMAL_PLACES, Polarity.HIGHER_IS_BETTER,
				new Target.Value(TARGET), rule, null, null, null);
		return new Figure(Unit.PERCENT.format(value, DECIMAL_PLACES), StatusRule.evaluate(input));
	}

}
