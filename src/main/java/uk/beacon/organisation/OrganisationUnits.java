package uk.beacon.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation units Beacon knows, by code or identity.
 */
@Repository
public class OrganisationUnits {

	private static final String SELECT = "select id, code, name, kind, parent_id from organisation_unit";

	private final JdbcClient jdbc;

	OrganisationUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationUnit> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(OrganisationUnits::map).optional();
	}

	public Optional<OrganisationUnit> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(OrganisationUnits::map).optional();
	}

	public List<OrganisationUnit> findAll() {
		return this.jdbc.sql(SELECT + " order by id").query(OrganisationUnits::map).list();
	}

	/**
	 * @return the council at the top of the tree the unit sits in
	 */
	public OrganisationUnit councilOf(long unitId) {
		OrganisationUnit unit = findById(unitId).orElseThrow(() -> new IllegalArgumentException("No unit " + unitId));
		while (unit.parentId() != null) {
			unit = findById(unit.parentId()).orElseThrow();
		}
		return unit;
	}

	/**
	 * Adds the unit, or renames and re-parents the unit that already has its code.
	 * @return the saved unit with its identity
	 */
	public OrganisationUnit save(OrganisationUnit unit) {
		Long id = this.jdbc
			.sql("""
					insert into organisation_unit (code, name, kind, parent_id) values (?, ?, ?, ?)
					on conflict (code) do update set name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id
					returning id""")
			.params(unit.code(), unit.name(), unit.kind().name(), unit.parentId())
			.query(Long.class)
			.single();
		return new OrganisationUnit(id, unit.code(), unit.name(), unit.kind(), unit.parentId());
	}

	private static OrganisationUnit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long parent = rs.getObject("parent_id", Long.class);
		return new OrganisationUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), parent);
	}

}
