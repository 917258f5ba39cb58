package uk.beacon.indicator;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.Periods;

/**
 * The values of the comparator groups councils define. Read only: they change through
 * {@link IndicatorManagement}.
 */
@Repository
public class ComparatorValues {

	private final JdbcClient jdbc;

	ComparatorValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SELECT = """
			select g.code, g.name, v.indicator_id, v.data_period, v.member, v.is_council, v.value, v.source
			from comparator_value v join comparator_group g on g.id = v.group_id""";

	private static final String ORDER = " order by v.data_period_end, g.code, v.member";

	public List<ComparatorValue> forIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where v.indicator_id = ?" + ORDER)
			.param(indicatorId)
			.query(ComparatorValues::map)
			.list();
	}

	/** Each indicator's values, as {@link #forIndicator} orders them. */
	public java.util.Map<Long, List<ComparatorValue>> forIndicators(java.util.Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return java.util.Map.of();
		}
		return this.jdbc.sql(SELECT + " where v.indicator_id in (:ids)" + ORDER)
			.param("ids", indicatorIds)
			.query(ComparatorValues::map)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(ComparatorValue::indicatorId));
	}

	private static ComparatorValue map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ComparatorValue(rs.getString(1), rs.getString(2), rs.getLong(3), Periods.fromKey(rs.getString(4)),
				rs.getString(5), rs.getBoolean(6), rs.getBigDecimal(7), rs.getString(8));
	}

	/**
	 * @return "group|period|member" for every value the indicator already has
	 */
	public java.util.Set<String> keys(long indicatorId) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select g.code || '|' || v.data_period || '|' || v.member
				from comparator_value v join comparator_group g on g.id = v.group_id where v.indicator_id = ?""")
			.param(indicatorId)
			.query(String.class)
			.list());
	}

	public boolean exists(String groupCode, long indicatorId, String dataPeriodKey, String member) {
		return this.jdbc.sql("""
				select count(*) from comparator_value v join comparator_group g on g.id = v.group_id
				where g.code = ? and v.indicator_id = ? and v.data_period = ? and v.member = ?""")
			.params(groupCode, indicatorId, dataPeriodKey, member)
			.query(Integer.class)
			.single() > 0;
	}

	/** A member's value in a group for the indicator and period, if Beacon holds one. */
	public java.util.Optional<ComparatorValue> find(String groupCode, long indicatorId, String dataPeriodKey,
			String member) {
		return forIndicator(indicatorId).stream()
			.filter(v -> v.groupCode().equals(groupCode) && v.dataPeriod().key().equals(dataPeriodKey)
					&& v.member().equals(member))
			.findFirst();
	}

	/** The name of the group with this code, if Beacon holds it. */
	public java.util.Optional<String> groupName(String groupCode) {
		return this.jdbc.sql("select name from comparator_group where code = ?")
			.param(groupCode)
			.query(String.class)
			.optional();
	}

}
