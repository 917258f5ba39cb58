package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The controls in place and the actions planned for each risk, in the order the council
 * lists them. Read only: registers change through {@link RiskManagement}.
 */
@Repository
public class RiskTreatments {

	private final JdbcClient jdbc;

	RiskTreatments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RiskControl> controls(long riskId) {
		return this.jdbc.sql("select control, effectiveness from risk_control where risk_id = ? order by position")
			.param(riskId)
			.query((rs, row) -> new RiskControl(rs.getString(1), ControlEffectiveness.valueOf(rs.getString(2))))
			.list();
	}

	public List<MitigatingAction> actions(long riskId) {
		return this.jdbc
			.sql("select action, owner, due, status, progress from risk_action where risk_id = ? order by position")
			.param(riskId)
			.query((rs, row) -> new MitigatingAction(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					ActionStatus.valueOf(rs.getString(4)), rs.getString(5)))
			.list();
	}

	/**
	 * @return how many actions of each risk are overdue on {@code today}, for risks that
	 * have any
	 */
	public java.util.Map<Long, Integer> overdueCounts(LocalDate today) {
		return this.jdbc.sql("""
				select risk_id, count(*) from risk_action
				where due < ? and status not in ('COMPLETE', 'CANCELLED') group by risk_id""")
			.param(today)
			.query((rs, row) -> java.util.Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

}
