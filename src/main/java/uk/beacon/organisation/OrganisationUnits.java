package uk.beacon.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.access.UnitPath;

/**
 * The organisation units Beacon knows, by code or identity, and where each sits in its
 * council's tree. Read only: units change through {@link OrganisationManagement}.
 */
@Repository
public class OrganisationUnits {

	private static final String SELECT = "select id, code, name, kind, parent_id, retirement_reason from organisation_unit";

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

	/** The units directly below this one. */
	public List<OrganisationUnit> childrenOf(long unitId) {
		return this.jdbc.sql(SELECT + " where parent_id = ? order by id")
			.param(unitId)
			.query(OrganisationUnits::map)
			.list();
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
	 * The units from the council down to this one, both included: the trail of
	 * breadcrumbs to a page about the unit or what it holds. Empty when there is no such
	 * unit.
	 */
	public List<OrganisationUnit> trailTo(long unitId) {
		return this.jdbc.sql("""
				with recursive up (id, depth) as (
				    select id, 0 from organisation_unit where id = ?
				    union all
				    select u.parent_id, up.depth + 1 from organisation_unit u join up on u.id = up.id
				    where u.parent_id is not null and up.depth < 20)
				select u.id, u.code, u.name, u.kind, u.parent_id, u.retirement_reason
				from up join organisation_unit u on u.id = up.id order by up.depth desc""")
			.param(unitId)
			.query(OrganisationUnits::map)
			.list();
	}

	/**
	 * Where the unit sits: it and every unit above it, up to its council. Read within the
	 * caller's transaction, so a unit added earlier in it is found.
	 */
	public UnitPath pathOf(long unitId) {
		List<OrganisationUnit> upwards = this.jdbc.sql("""
				with recursive up (id, code, name, kind, parent_id, depth) as (
				    select id, code, name, kind, parent_id, 0 from organisation_unit where id = ?
				    union all
				    select u.id, u.code, u.name, u.kind, u.parent_id, up.depth + 1
				    from organisation_unit u join up on u.id = up.parent_id where up.depth < 20)
				select id, code, name, kind, parent_id, null as retirement_reason from up order by depth""")
			.param(unitId)
			.query(OrganisationUnits::map)
			.list();
		if (upwards.isEmpty()) {
			throw new IllegalArgumentException("No unit " + unitId);
		}
		return new UnitPath(upwards.stream().map(OrganisationUnit::id).toList(), upwards.get(0).name(),
				upwards.get(upwards.size() - 1).id());
	}

	/**
	 * The units below the given ones, with them: the part of the council a role held over
	 * them reaches.
	 */
	public java.util.Set<Long> subtreesOf(java.util.Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc.sql("""
				with recursive down (id, depth) as (
				    select id, 0 from organisation_unit where id in (:ids)
				    union all
				    select u.id, down.depth + 1 from organisation_unit u join down on u.parent_id = down.id
				    where down.depth < 20)
				select distinct id from down""").param("ids", unitIds).query(Long.class).list());
	}

	static OrganisationUnit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long parent = rs.getObject("parent_id", Long.class);
		return new OrganisationUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), parent, rs.getString("retirement_reason"));
	}

}
