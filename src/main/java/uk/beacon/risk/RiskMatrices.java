package uk.beacon.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each council's risk matrix, bands and way of writing a score; a council without one of
 * its own uses the standard 5×5. Read only: registers change through
 * {@link RiskManagement}.
 */
@Repository
public class RiskMatrices {

	private final JdbcClient jdbc;

	RiskMatrices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RiskMatrix forCouncil(long councilId) {
		return stored(councilId).orElseGet(RiskMatrix::standard);
	}

	public Optional<RiskMatrix> stored(long councilId) {
		List<RiskBand> bands = this.jdbc
			.sql("select from_score, to_score, level, colour from risk_band where council_id = ? order by from_score")
			.param(councilId)
			.query((rs, row) -> new RiskBand(rs.getInt(1), rs.getInt(2), rs.getString(3),
					BandColour.valueOf(rs.getString(4))))
			.list();
		return this.jdbc.sql("""
				select size, impact_labels, opportunity_impact_labels, likelihood_labels, likelihood_first,
				    impact_name, likelihood_name, likelihood_on_rows
				from risk_matrix where council_id = ?""")
			.param(councilId)
			.query((rs, row) -> new RiskMatrix(rs.getInt("size"), labels(rs, "impact_labels"),
					labels(rs, "opportunity_impact_labels"), labels(rs, "likelihood_labels"), bands,
					new ScoreWriting(rs.getBoolean("likelihood_first"), rs.getString("impact_name"),
							rs.getString("likelihood_name"), rs.getBoolean("likelihood_on_rows"))))
			.optional();
	}

	private static List<String> labels(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return Arrays.asList((String[]) array.getArray());
	}

}
