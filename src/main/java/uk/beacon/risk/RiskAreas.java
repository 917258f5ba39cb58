package uk.beacon.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each council's risk areas. Read only: areas change through {@link RiskManagement}.
 */
@Repository
public class RiskAreas {

	private static final String SELECT = """
			select id, council_id, code, title, lead, mitigations, set_level, set_level_reason, since, retired_on, version
			from risk_area""";

	private final JdbcClient jdbc;

	RiskAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every council's areas, by council, then in order of title. */
	public List<RiskArea> findAll() {
		return this.jdbc.sql(SELECT + " order by council_id, lower(title), id").query(RiskAreas::map).list();
	}

	/** The council's areas, retired ones too, in order of title. */
	public List<RiskArea> ofCouncil(long councilId) {
		return this.jdbc.sql(SELECT + " where council_id = ? order by lower(title), id")
			.param(councilId)
			.query(RiskAreas::map)
			.list();
	}

	public Optional<RiskArea> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(RiskAreas::map).optional();
	}

	public Optional<RiskArea> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(RiskAreas::map).optional();
	}

	/**
	 * @return how many open risks, not merged away, the area holds
	 */
	public int openRisksIn(long areaId) {
		return this.jdbc
			.sql("select count(*) from risk where area_id = ? and status = 'OPEN' and merged_into_id is null")
			.param(areaId)
			.query(Integer.class)
			.single();
	}

	private static RiskArea map(ResultSet rs, int row) throws SQLException {
		return new RiskArea(rs.getLong("id"), rs.getLong("council_id"), rs.getString("code"), rs.getString("title"),
				rs.getString("lead"), rs.getString("mitigations"), rs.getString("set_level"),
				rs.getString("set_level_reason"), rs.getObject("since", LocalDate.class),
				rs.getObject("retired_on", LocalDate.class), rs.getInt("version"));
	}

}
