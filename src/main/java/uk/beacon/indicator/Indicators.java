package uk.beacon.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicator definitions Beacon holds. Read only: indicators change through
 * {@link IndicatorManagement}.
 */
@Repository
public class Indicators {

	private static final String SELECT = """
			select id, code, title, definition, organisation_unit_id, unit, decimal_places, polarity, frequency,
			       accumulation, arrears_months, comparison, owner_name, owner_email, data_source, is_public, note, version,
			       retired_from, retirement_reason, public_note
			from indicator""";

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Indicator> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(Indicators::map).optional();
	}

	/**
	 * The indicator whose code differs from this one in capitals at most ("cfc-05" for
	 * "CFC-05"), which a person adding one would take for the same.
	 */
	public Optional<Indicator> findByCodeIgnoringCase(String code) {
		return this.jdbc.sql(SELECT + " where lower(code) = lower(?) order by code limit 1")
			.param(code)
			.query(Indicators::map)
			.optional();
	}

	public Optional<Indicator> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Indicators::map).optional();
	}

	public List<Indicator> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(Indicators::map).list();
	}

	/** Every indicator, by code. */
	public List<Indicator> findAll() {
		return this.jdbc.sql(SELECT + " order by code").query(Indicators::map).list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from indicator").query(Long.class).single();
	}

	/** The indicators held by any of the given organisation units, by code. */
	public List<Indicator> findInUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where organisation_unit_id in (:ids) order by code")
			.param("ids", unitIds)
			.query(Indicators::map)
			.list();
	}

	static Indicator map(ResultSet rs, int row) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("definition"),
				rs.getLong("organisation_unit_id"), Unit.valueOf(rs.getString("unit")), rs.getInt("decimal_places"),
				Polarity.valueOf(rs.getString("polarity")), Frequency.valueOf(rs.getString("frequency")),
				Accumulation.valueOf(rs.getString("accumulation")), rs.getInt("arrears_months"),
				Comparison.valueOf(rs.getString("comparison")), rs.getString("owner_name"), rs.getString("owner_email"),
				rs.getString("data_source"), rs.getBoolean("is_public"), rs.getString("note"), rs.getInt("version"),
				(rs.getString("retired_from") != null) ? (uk.beacon.period.FinancialQuarter) uk.beacon.period.Periods
					.fromKey(rs.getString("retired_from")) : null,
				rs.getString("retirement_reason"), rs.getString("public_note"));
	}

}
