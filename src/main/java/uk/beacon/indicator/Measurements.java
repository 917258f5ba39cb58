package uk.beacon.indicator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * The values recorded for indicators.
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

	private final DataSource dataSource;

	Measurements(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
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

	/**
	 * Corrects a recorded figure and its commentary. The figure it replaces is kept in
	 * {@code measurement_history} (by the database), with who corrected it and why.
	 * @return false when the measurement changed since {@code version} was read
	 */
	public boolean correct(long measurementId, int version, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, Commentary commentary, String changedBy, String reason) {
		return this.jdbc.sql("""
				update measurement set value = ?, numerator = ?, denominator = ?, value_as_printed = null,
				       performance_details = ?, current_activity = ?, future_activity = ?, changed_by = ?,
				       change_reason = ?, version = version + 1, recorded_at = now()
				where id = ? and version = ?""")
			.params(value, numerator, denominator, commentary.performanceDetails(), commentary.currentActivity(),
					commentary.futureActivity(), changedBy, reason, measurementId, version)
			.update() == 1;
	}

	public void add(Measurement m) {
		StatusOverride override = m.override();
		this.jdbc
			.sql("""
					insert into measurement (indicator_id, data_period, data_period_start, data_period_end, reporting_period,
					    reporting_period_start, value, numerator, denominator, provisional, estimated, value_as_printed,
					    performance_details, current_activity, future_activity, assessed_status, assessment_reason, note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.indicatorId(), m.dataPeriod().key(), m.dataPeriod().start(), m.dataPeriod().end(),
					m.reportingPeriod().key(), m.reportingPeriod().start(), m.value(), m.numerator(), m.denominator(),
					m.provisional(), m.estimated(), m.valueAsPrinted(), m.commentary().performanceDetails(),
					m.commentary().currentActivity(), m.commentary().futureActivity(),
					(override != null) ? override.status().name() : null, (override != null) ? override.reason() : null,
					m.note())
			.update();
	}

	/**
	 * Saves many measurements with PostgreSQL's {@code COPY}, in the caller's
	 * transaction: an import of a million figures sends them as one stream rather than a
	 * million statements, and still saves all or nothing.
	 * @return how many were saved
	 */
	public long addAll(Iterable<Measurement> all) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("""
						copy measurement (indicator_id, data_period, data_period_start, data_period_end, reporting_period,
						    reporting_period_start, value, numerator, denominator, provisional, estimated, value_as_printed,
						    performance_details, current_activity, future_activity, assessed_status, assessment_reason, note)
						from stdin""");
			try {
				CopyRows rows = new CopyRows(copy);
				for (Measurement m : all) {
					StatusOverride override = m.override();
					rows.add(m.indicatorId())
						.add(m.dataPeriod().key())
						.add(m.dataPeriod().start())
						.add(m.dataPeriod().end())
						.add(m.reportingPeriod().key())
						.add(m.reportingPeriod().start())
						.add(m.value())
						.add(m.numerator())
						.add(m.denominator())
						.add(m.provisional())
						.add(m.estimated())
						.add(m.valueAsPrinted())
						.add(m.commentary().performanceDetails())
						.add(m.commentary().currentActivity())
						.add(m.commentary().futureActivity())
						.add((override != null) ? override.status().name() : null)
						.add((override != null) ? override.reason() : null)
						.add(m.note())
						.endRow();
				}
				rows.flush();
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new org.springframework.jdbc.UncategorizedSQLException("copy measurement", null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
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
