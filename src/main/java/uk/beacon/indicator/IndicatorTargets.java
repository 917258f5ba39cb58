package uk.beacon.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.Period;
import uk.beacon.period.Periods;

/**
 * The targets set for indicators. Read only: targets change through
 * {@link IndicatorManagement}.
 */
@Repository
public class IndicatorTargets {

	// a target that follows its council's rule is read with the council's tolerances, so
	// that every page rates it as the council says; the council is the top of the tree
	// the indicator's unit sits in
	private static final String SELECT = """
			with recursive council_of (unit_id, council_id, depth) as (
			    select id, id, 0 from organisation_unit where parent_id is null
			    union all
			    select u.id, c.council_id, c.depth + 1
			    from organisation_unit u join council_of c on u.parent_id = c.unit_id where c.depth < 20)
			select t.id, t.indicator_id, t.kind, t.applies_from, t.applies_to, t.value, t.low, t.high, t.quartile,
			       t.total_from, t.total_to, t.tolerance_kind, t.tolerance, t.green_tolerance_kind, t.green_tolerance,
			       t.rule_source, t.text_as_printed, t.note,
			       r.green_tolerance_kind as council_green_kind, r.green_tolerance as council_green,
			       r.amber_tolerance_kind as council_amber_kind, r.amber_tolerance as council_amber
			from target t
			join indicator i on i.id = t.indicator_id
			left join council_of c on c.unit_id = i.organisation_unit_id
			left join council_rag_rule r on r.council_id = c.council_id""";

	private final JdbcClient jdbc;

	private final IndicatorDefinitions definitions;

	private final ComparatorValues comparatorGroups;

	IndicatorTargets(JdbcClient jdbc, IndicatorDefinitions definitions, ComparatorValues comparatorGroups) {
		this.comparatorGroups = comparatorGroups;
		this.jdbc = jdbc;
		this.definitions = definitions;
	}

	/**
	 * How the indicator's latest figures would be rated if its target were corrected to
	 * the one given (same identity), or if one were set from a quarter on (no identity):
	 * the target applying until replaced then ends the quarter before.
	 */
	public TargetPreview preview(Indicator indicator, IndicatorTarget change, List<Measurement> history,
			List<Benchmark> benchmarks) {
		List<IndicatorTarget> targets = forIndicator(indicator.id());
		List<IndicatorTarget> proposed = new java.util.ArrayList<>();
		for (IndicatorTarget t : targets) {
			if (change.id() != null && change.id().equals(t.id())) {
				proposed.add(change);
			}
			else if (change.id() == null && t.appliesTo() == null && !(t.target() instanceof Target.Profile)
					&& t.appliesFrom().start().isBefore(change.appliesFrom().start())) {
				proposed.add(t
					.endingIn(uk.beacon.period.FinancialQuarter.containing(change.appliesFrom().start()).previous()));
			}
			else {
				proposed.add(t);
			}
		}
		if (change.id() == null) {
			proposed.add(change);
		}
		return TargetPreview.of(this.definitions.of(indicator), history, targets, proposed, benchmarks,
				this.comparatorGroups.forIndicator(indicator.id()), change);
	}

	public java.util.Optional<IndicatorTarget> findById(long targetId) {
		return this.jdbc.sql(SELECT + " where t.id = ?").param(targetId).query(IndicatorTargets::map).optional();
	}

	public List<IndicatorTarget> forIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where t.indicator_id = ? order by t.applies_from_start, t.id")
			.param(indicatorId)
			.query(IndicatorTargets::map)
			.list();
	}

	public Map<Long, List<IndicatorTarget>> forIndicators(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where t.indicator_id in (:ids) order by t.applies_from_start, t.id")
			.param("ids", indicatorIds)
			.query(IndicatorTargets::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(IndicatorTarget::indicatorId));
	}

	static IndicatorTarget map(ResultSet rs, int row) throws SQLException {
		Period from = Periods.fromKey(rs.getString("applies_from"));
		String to = rs.getString("applies_to");
		BigDecimal value = rs.getBigDecimal("value");
		Target target = switch (rs.getString("kind")) {
			case "VALUE" -> new Target.Value(value);
			case "RANGE" -> new Target.Range(rs.getBigDecimal("low"), rs.getBigDecimal("high"));
			case "PROFILE" -> new Target.Profile(value, from.label());
			case "MULTI_YEAR_TOTAL" -> new Target.MultiYearTotal(value, toLocalDate(rs.getDate("total_from")),
					toLocalDate(rs.getDate("total_to")));
			case "QUARTILE" -> new Target.Quartile(rs.getInt("quartile"));
			default -> new Target.None();
		};
		RagRule rule = "COUNCIL".equals(rs.getString("rule_source"))
				? RagRule.council(tolerance(rs, "council_green_kind", "council_green"),
						tolerance(rs, "council_amber_kind", "council_amber"))
				: RagRule.own(tolerance(rs, "green_tolerance_kind", "green_tolerance"),
						tolerance(rs, "tolerance_kind", "tolerance"));
		return new IndicatorTarget(rs.getLong("id"), rs.getLong("indicator_id"), target, from,
				(to != null) ? Periods.fromKey(to) : null, rule, rs.getString("text_as_printed"), rs.getString("note"));
	}

	/** A tolerance as a kind and an amount; no kind (a council with no rule) is none. */
	static Tolerance tolerance(ResultSet rs, String kind, String amount) throws SQLException {
		String given = rs.getString(kind);
		if (given == null) {
			return Tolerance.none();
		}
		return switch (given) {
			case "ABSOLUTE" -> Tolerance.absolute(rs.getBigDecimal(amount));
			case "PERCENTAGE" -> Tolerance.percentage(rs.getBigDecimal(amount));
			default -> Tolerance.none();
		};
	}

	private static java.time.LocalDate toLocalDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
