package uk.beacon.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risk registers on the organisation tree. Read only: registers change through
 * {@link RiskManagement}.
 */
@Repository
public class RiskRegisters {

	private static final String SELECT = "select id, code, name, kind, organisation_unit_id, escalates_to_id from risk_register";

	private final JdbcClient jdbc;

	RiskRegisters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RiskRegister> findAll() {
		return this.jdbc.sql(SELECT + " order by id").query(RiskRegisters::map).list();
	}

	public Optional<RiskRegister> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(RiskRegisters::map).optional();
	}

	public Optional<RiskRegister> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(RiskRegisters::map).optional();
	}

	private static RiskRegister map(ResultSet rs, int row) throws SQLException {
		return new RiskRegister(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				RegisterKind.valueOf(rs.getString("kind")), rs.getLong("organisation_unit_id"),
				rs.getObject("escalates_to_id", Long.class));
	}

}
