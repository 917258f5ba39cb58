package uk.beacon.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicator definitions Beacon holds.
 */
@Repository
public class Indicators {

	private static final String SELECT = """
			select id, code, title, definition, organisation_unit_id, unit, decimal_places, polarity, frequency,
			       accumulation, arrears_months, comparison, owner_name, owner_email, data_source, is_public, note, version
			from indicator""";

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Indicator> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(Indicators::map).optional();
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

	public long count() {
		return this.jdbc.sql("select count(*) from indicator").query(Long.class).single();
	}

	/**
	 * Adds the indicator, or replaces the definition that already has its code.
	 * @return the saved indicator with its identity and version
	 */
	public Indicator save(Indicator indicator) {
		return this.jdbc
			.sql("""
					insert into indicator (code, title, definition, organisation_unit_id, unit, decimal_places, polarity,
					    frequency, accumulation, arrears_months, comparison, owner_name, owner_email, data_source, is_public, note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (code) do update set title = excluded.title, definition = excluded.definition,
					    organisation_unit_id = excluded.organisation_unit_id, unit = excluded.unit,
					    decimal_places = excluded.decimal_places, polarity = excluded.polarity, frequency = excluded.frequency,
					    accumulation = excluded.accumulation, arrears_months = excluded.arrears_months,
					    comparison = excluded.comparison, owner_name = excluded.owner_name, owner_email = excluded.owner_email,
					    data_source = excluded.data_source, is_public = excluded.is_public, note = excluded.note,
					    version = indicator.version + 1
					returning id, code, title, definition, organisation_unit_id, unit, decimal_places, polarity, frequency,
					    accumulation, arrears_months, comparison, owner_name, owner_email, data_source, is_public, note, version""")
			.params(indicator.code(), indicator.title(), indicator.definition(), indicator.organisationUnitId(),
					indicator.unit().name(), indicator.decimalPlaces(), indicator.polarity().name(),
					indicator.frequency().name(), indicator.accumulation().name(), indicator.arrearsMonths(),
					indicator.comparison().name(), indicator.ownerName(), indicator.ownerEmail(),
					indicator.dataSource(), indicator.isPublic(), indicator.note())
			.query(Indicators::map)
			.single();
	}

	/**
	 * Names the officer who owns an indicator's figures.
	 * @return false when the indicator changed since {@code version} was read
	 */
	public boolean assignOwner(long id, int version, String ownerName, String ownerEmail) {
		return this.jdbc.sql("""
				update indicator set owner_name = ?, owner_email = ?, version = version + 1
				where id = ? and version = ?""").params(ownerName, ownerEmail, id, version).update() == 1;
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
				rs.getString("data_source"), rs.getBoolean("is_public"), rs.getString("note"), rs.getInt("version"));
	}

}
