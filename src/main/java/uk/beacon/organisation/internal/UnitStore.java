package uk.beacon.organisation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.organisation.OrganisationUnit;

/**
 * Writes the organisation tree. Only {@code OrganisationManagement} may use it: every
 * change to a unit is checked against the person's scope and audited there.
 */
@Repository
public class UnitStore {

	private final JdbcClient jdbc;

	UnitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new unit's identity
	 */
	public long add(OrganisationUnit unit) {
		return this.jdbc
			.sql("insert into organisation_unit (code, name, kind, parent_id) values (?, ?, ?, ?) returning id")
			.params(unit.code(), unit.name(), unit.kind().name(), unit.parentId())
			.query(Long.class)
			.single();
	}

	/** Retires the unit, or puts it back in use ({@code reason} {@code null}). */
	public void retire(long unitId, String reason) {
		this.jdbc.sql(
				"update organisation_unit set retired_at = case when cast(? as text) is null then null else now() end, "
						+ "retirement_reason = ? where id = ?")
			.params(reason, reason, unitId)
			.update();
	}

	/**
	 * Holds the unit until the transaction ends, so that two people changing it are taken
	 * one after the other.
	 */
	public void lock(long unitId) {
		this.jdbc.sql("select id from organisation_unit where id = ? for update")
			.param(unitId)
			.query(Long.class)
			.optional();
	}

	public void update(OrganisationUnit unit) {
		this.jdbc.sql("update organisation_unit set name = ?, kind = ?, parent_id = ? where id = ?")
			.params(unit.name(), unit.kind().name(), unit.parentId(), unit.id())
			.update();
	}

}
