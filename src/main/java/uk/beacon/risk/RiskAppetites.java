package uk.beacon.risk;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each council's risk appetite. Read only: it changes through {@link RiskManagement}.
 */
@Repository
class RiskAppetites {

	private final JdbcClient jdbc;

	RiskAppetites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the council's appetite, {@link RiskAppetite#none()} when it has set none
	 */
	RiskAppetite forCouncil(long councilId) {
		record Row(String category, int score) {
		}
		List<Row> rows = this.jdbc
			.sql("select category, tolerable_score from risk_appetite where council_id = ? "
					+ "order by category is not null, lower(category)")
			.param(councilId)
			.query((rs, row) -> new Row(rs.getString(1), rs.getInt(2)))
			.list();
		Integer defaultScore = rows.stream().filter(r -> r.category() == null).map(Row::score).findFirst().orElse(null);
		return new RiskAppetite(defaultScore,
				rows.stream()
					.filter(r -> r.category() != null)
					.map(r -> new RiskAppetite.Category(r.category(), r.score()))
					.toList());
	}

}
