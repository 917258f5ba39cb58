package uk.beacon.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * The values recorded for indicators. Read only: figures change through
 * {@link IndicatorManagement}.
 */
@Repository
public class Measurements {

	private static final String SELECT = """
			select id, indicator_id, data_period, reporting_period, value, numerator, denominator, provisional, estimated,
			       value_as_printed, performance_details, current_activity, future_activity, assessed_status,
			       assessment_reason, note, version
			from measurement""";

	private static final String ORDER = " order by reporting_period_start, data_period_end, id";

	private final JdbcClient jdbc;

	Measurements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Measurement> forIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where indicator_id = ?" + ORDER)
			.param(indicatorId)
			.query(Measurements::map)
			.list();
	}

	/**
	 * @return each indicator's measurements, oldest first
	 */
	public Map<Long, List<Measurement>> forIndicators(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where indicator_id in (:ids)" + ORDER)
			.param("ids", indicatorIds)
			.query(Measurements::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Measurement::indicatorId));
	}

	/**
	 * @return each indicator's latest {@code limit} measurements reported up to the
	 * quarter, oldest first: enough to rate the latest and find what it is compared with,
	 * without reading years of history
	 */
	public Map<Long, List<Measurement>> recentForIndicators(Collection<Long> indicatorIds, FinancialQuarter upTo,
			int limit) {
		if (indicatorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " " + """
				where id in (select id from (select id, row_number() over (partition by indicator_id
				        order by reporting_period_start desc, data_period_end desc, id desc) as recency
				    from measurement where indicator_id in (:ids) and reporting_period_start <= :upTo) recent
				    where recency <= :limit)""" + ORDER)
			.param("ids", indicatorIds)
			.param("upTo", upTo.start())
			.param("limit", limit)
			.query(Measurements::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Measurement::indicatorId));
	}

	/**
	 * @return the distinct quarters in which any of the indicators was reported, oldest
	 * first
	 */
	public List<FinancialQuarter> reportingPeriodsOf(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select distinct reporting_period, reporting_period_start from measurement"
					+ " where indicator_id in (:ids) order by reporting_period_start")
			.param("ids", indicatorIds)
			.query((rs, row) -> (FinancialQuarter) Periods.fromKey(rs.getString(1)))
			.list();
	}

	/**
	 * @return the data periods the indicator already has a measurement for, by key
	 */
	public java.util.Set<String> dataPeriodKeys(long indicatorId) {
		return new java.util.HashSet<>(this.jdbc.sql("select data_period from measurement where indicator_id = ?")
			.param(indicatorId)
			.query(String.class)
			.list());
	}

	/**
	 * The corrections of an indicator's figures that changed the figure itself (not only
	 * its commentary): for each figure corrected, the latest figure it replaced.
	 * @return by measurement identity
	 */
	public Map<Long, FigureRevision> revisions(long indicatorId) {
		Map<Long, FigureRevision> latest = new java.util.HashMap<>();
		this.jdbc.sql("""
				select h.measurement_id, h.value, h.numerator, h.denominator, h.replaced_at
				from measurement_history h join measurement m on m.id = h.measurement_id
				where h.indicator_id = ?
				  and (h.value is distinct from m.value or h.numerator is distinct from m.numerator
				       or h.denominator is distinct from m.denominator)
				order by h.replaced_at, h.id""")
			.param(indicatorId)
			.query((rs, row) -> new FigureRevision(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
			.list()
			.forEach(revision -> latest.put(revision.measurementId(), revision));
		return latest;
	}

	public java.util.Optional<Measurement> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Measurements::map).optional();
	}

	public boolean exists(long indicatorId, String dataPeriodKey) {
		return this.jdbc.sql("select count(*) from measurement where indicator_id = ? and data_period = ?")
			.params(indicatorId, dataPeriodKey)
			.query(Integer.class)
			.single() > 0;
	}

	/** The measurement of an indicator for a data period, if one was recorded. */
	public java.util.Optional<Measurement> find(long indicatorId, String dataPeriodKey) {
		return this.jdbc.sql(SELECT + " where indicator_id = ? and data_period = ?")
			.params(indicatorId, dataPeriodKey)
			.query(Measurements::map)
			.optional();
	}

	static Measurement map(ResultSet rs, int row) throws SQLException {
		String assessed = rs.getString("assessed_status");
		StatusOverride override = (assessed != null)
				? new StatusOverride(Status.valueOf(assessed), rs.getString("assessment_reason")) : null;
		return new Measurement(rs.getLong("id"), rs.getLong("indicator_id"),
				Periods.fromKey(rs.getString("data_period")),
				(FinancialQuarter) Periods.fromKey(rs.getString("reporting_period")), rs.getBigDecimal("value"),
				rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBoolean("provisional"),
				rs.getBoolean("estimated"), rs.getString("value_as_printed"),
				new Commentary(rs.getString("performance_details"), rs.getString("current_activity"),
						rs.getString("future_activity")),
				override, rs.getString("note"), rs.getInt("version"));
	}

}
