package uk.beacon.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Periods;

/**
 * How each indicator was defined in each quarter. Read only: a definition changes through
 * {@link IndicatorManagement}.
 */
@Repository
public class IndicatorDefinitions {

	private static final String SELECT = """
			select indicator_id, applies_until, definition, unit, decimal_places, polarity, frequency, accumulation,
			       arrears_months, comparison, reason, changed_by, changed_at
			from indicator_earlier_definition""";

	private final JdbcClient jdbc;

	IndicatorDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Definitions of(Indicator indicator) {
		return Definitions.of(indicator,
				this.jdbc.sql(SELECT + " where indicator_id = ?")
					.param(indicator.id())
					.query(IndicatorDefinitions::map)
					.list()
					.stream()
					.map(Row::period)
					.toList());
	}

	/** Each indicator's definitions, by its identity. */
	public Map<Long, Definitions> of(Collection<Indicator> indicators) {
		Map<Long, List<DefinitionPeriod>> earlier = new HashMap<>();
		if (!indicators.isEmpty()) {
			this.jdbc.sql(SELECT + " where indicator_id in (:ids)")
				.param("ids", indicators.stream().map(Indicator::id).toList())
				.query(IndicatorDefinitions::map)
				.list()
				.forEach(row -> earlier.computeIfAbsent(row.indicatorId(), id -> new java.util.ArrayList<>())
					.add(row.period()));
		}
		Map<Long, Definitions> result = new HashMap<>();
		for (Indicator indicator : indicators) {
			result.put(indicator.id(), Definitions.of(indicator, earlier.getOrDefault(indicator.id(), List.of())));
		}
		return result;
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		Measure measure = new Measure(rs.getString("definition"), Unit.valueOf(rs.getString("unit")),
				rs.getInt("decimal_places"), Polarity.valueOf(rs.getString("polarity")),
				Frequency.valueOf(rs.getString("frequency")), Accumulation.valueOf(rs.getString("accumulation")),
				rs.getInt("arrears_months"), Comparison.valueOf(rs.getString("comparison")));
		return new Row(rs.getLong("indicator_id"),
				new DefinitionPeriod(measure, null, (FinancialQuarter) Periods.fromKey(rs.getString("applies_until")),
						rs.getString("reason"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()));
	}

	private record Row(long indicatorId, DefinitionPeriod period) {
	}

}
