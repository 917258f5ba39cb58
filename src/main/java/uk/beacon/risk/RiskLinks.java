package uk.beacon.risk;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Links between risks and the indicators and objectives they threaten, read from either
 * side. Read only: registers change through {@link RiskManagement}.
 */
@Repository
public class RiskLinks {

	private static final String SELECT = """
			select r.reference, r.title, r.restricted, i.code as indicator_code,
			       coalesce(i.title, s.title) as target, s.scorecard_id, l.note,
			       coalesce(i.is_public, true) as indicator_public, i.organisation_unit_id as indicator_unit_id,
			       l.scorecard_section_id
			from risk_link l join risk r on r.id = l.risk_id
			     left join indicator i on i.id = l.indicator_id
			     left join scorecard_section s on s.id = l.scorecard_section_id""";

	private final JdbcClient jdbc;

	RiskLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RiskLink> ofRisk(long riskId) {
		return query(SELECT + " where l.risk_id = ? order by l.id", riskId);
	}

	public List<RiskLink> toIndicator(long indicatorId) {
		return query(SELECT + " where l.indicator_id = ? order by r.reference", indicatorId);
	}

	public List<RiskLink> toSection(long sectionId) {
		return query(SELECT + " where l.scorecard_section_id = ? order by r.reference", sectionId);
	}

	private List<RiskLink> query(String sql, long id) {
		return this.jdbc.sql(sql)
			.param(id)
			.query((rs, row) -> new RiskLink(rs.getString("reference"), rs.getString("title"),
					rs.getBoolean("restricted"), rs.getString("indicator_code"), rs.getString("target"),
					rs.getObject("scorecard_id", Long.class), rs.getString("note"), rs.getBoolean("indicator_public"),
					rs.getObject("indicator_unit_id", Long.class), rs.getObject("scorecard_section_id", Long.class)))
			.list();
	}

}
