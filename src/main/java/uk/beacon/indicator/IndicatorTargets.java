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

	private static final String SELECT = """
			select id, indicator_id, kind, applies_from, applies_to, value, low, high, quartile, total_from, total_to,
			       tolerance_kind, tolerance, text_as_printed, note
			from target""";

	private final JdbcClient jdbc;

	private final IndicatorDefinitions definitions;

	IndicatorTargets(JdbcClient jdbc, IndicatorDefinitions definitions) {
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
				proposed.add(new IndicatorTarget(t.id(), t.indicatorId(), t.target(), t.appliesFrom(),
						uk.beacon.period.FinancialQuarter.containing(change.appliesFrom().start()).previous(),
						t.tolerance(), t.textAsPrinted(), t.note()));
			}
			else {
				proposed.add(t);
			}
		}
		if (change.id() == null) {
			proposed.add(change);
		}
		return TargetPreview.of(this.definitions.of(indicator), history, targets, proposed, benchmarks, change);
	}

	public java.util.Optional<IndicatorTarget> findById(long targetId) {
		return this.jdbc.sql(SELECT + " where id = ?").param(targetId).query(IndicatorTargets::map).optional();
	}

	public List<IndicatorTarget> forIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where indicator_id = ? order by applies_from_start, id")
			.param(indicatorId)
			.query(IndicatorTargets::map)
			.list();
	}

	public Map<Long, List<IndicatorTarget>> forIndicators(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where indicator_id in (:ids) order by applies_from_start, id")
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
		Tolerance tolerance = switch (rs.getString("tolerance_kind")) {
			case "ABSOLUTE" -> Tolerance.absolute(rs.getBigDecimal("tolerance"));
			case "PERCENTAGE" -> Tolerance.percentage(rs.getBigDecimal("tolerance"));
			default -> Tolerance.none();
		};
		return new IndicatorTarget(rs.getLong("id"), rs.getLong("indicator_id"), target, from,
				(to != null) ? Periods.fromKey(to) : null, tolerance, rs.getString("text_as_printed"),
				rs.getString("note"));
	}

	private static java.time.LocalDate toLocalDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
