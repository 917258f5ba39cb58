package uk.beacon.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.Periods;

/**
 * Comparators for indicators: national, regional and statistical neighbours. Read only:
 * benchmarks change through {@link IndicatorManagement}.
 */
@Repository
public class Benchmarks {

	private static final String SELECT = """
			select id, indicator_id, data_period, comparator, value, rank, rank_of, quartile, source, note
			from benchmark""";

	private final JdbcClient jdbc;

	Benchmarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Benchmark> forIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where indicator_id = ? order by data_period_end, comparator")
			.param(indicatorId)
			.query(Benchmarks::map)
			.list();
	}

	public Map<Long, List<Benchmark>> forIndicators(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where indicator_id in (:ids) order by data_period_end, comparator")
			.param("ids", indicatorIds)
			.query(Benchmarks::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Benchmark::indicatorId));
	}

	static Benchmark map(ResultSet rs, int row) throws SQLException {
		return new Benchmark(rs.getLong("id"), rs.getLong("indicator_id"), Periods.fromKey(rs.getString("data_period")),
				BenchmarkComparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("value"),
				(Integer) rs.getObject("rank"), (Integer) rs.getObject("rank_of"), (Integer) rs.getObject("quartile"),
				rs.getString("source"), rs.getString("note"));
	}

}
