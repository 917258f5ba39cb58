package uk.beacon.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * Every assessment made of every risk, oldest first. Read only: registers change through
 * {@link RiskManagement}.
 */
@Repository
public class RiskAssessments {

	private static final String SELECT = """
			select risk_id, assessed_on, reporting_period, inherent_impact, inherent_likelihood, inherent_score,
			       current_impact, current_likelihood, current_score, residual_impact, residual_likelihood, residual_score,
			       target_date, rating_as_printed, comment
			from risk_assessment""";

	private static final String ORDER = " order by reporting_period_start, assessed_on";

	private final JdbcClient jdbc;

	RiskAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RiskAssessment> forRisk(long riskId) {
		return this.jdbc.sql(SELECT + " where risk_id = ?" + ORDER).param(riskId).query(RiskAssessments::map).list();
	}

	/**
	 * What a register shows of each risk's history, rather than the whole of it: the
	 * latest assessment, the latest of the quarter reported before it (for the direction
	 * of travel) and every assessment made in the twelve months up to {@code today} (for
	 * "red in the last 12 months").
	 * @param registerId the register, {@code null} for every register
	 * @return those assessments by risk identity, oldest first
	 */
	public Map<Long, List<RiskAssessment>> forRegisterView(Long registerId, LocalDate today) {
		String risks = (registerId != null) ? "where risk_id in (select id from risk where register_id = :register)"
				: "";
		var statement = this.jdbc
			.sql(SELECT + " "
					+ """
							where (risk_id, assessed_on) in (select risk_id, assessed_on from (
							    select risk_id, assessed_on,
							           dense_rank() over (partition by risk_id order by reporting_period_start desc) as quarter,
							           row_number() over (partition by risk_id, reporting_period_start order by assessed_on desc) as review
							    from risk_assessment %s) ranked
							  where (quarter <= 2 and review = 1) or (assessed_on > :yearEarlier and assessed_on <= :today))"""
						.formatted(risks)
					+ ORDER)
			.param("yearEarlier", today.minusMonths(12))
			.param("today", today);
		if (registerId != null) {
			statement = statement.param("register", registerId);
		}
		return statement.query((rs, row) -> Map.entry(rs.getLong("risk_id"), map(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * @return every assessment of every risk on the registers of the council and every
	 * unit below it, however deep, by risk identity, oldest first; to check a new matrix
	 */
	public Map<Long, List<RiskAssessment>> ofCouncil(long councilId) {
		return this.jdbc.sql("""
				with recursive within (id) as (
				    select id from organisation_unit where id = :council
				    union all
				    select u.id from organisation_unit u join within w on u.parent_id = w.id)
				""" + SELECT + " " + """
				where risk_id in (select r.id from risk r join risk_register g on g.id = r.register_id
				    where g.organisation_unit_id in (select id from within))""" + ORDER)
			.param("council", councilId)
			.query((rs, row) -> Map.entry(rs.getLong("risk_id"), map(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * @return every position recorded for risks on the council's registers, to check a
	 * new matrix
	 */
	public List<RiskPosition> positionsOfCouncil(long councilId) {
		return ofCouncil(councilId).values()
			.stream()
			.flatMap(List::stream)
			.flatMap(a -> java.util.stream.Stream.of(a.inherent(), a.current(), a.residual()))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	public boolean exists(long riskId, LocalDate assessedOn) {
		return this.jdbc.sql("select count(*) from risk_assessment where risk_id = ? and assessed_on = ?")
			.params(riskId, assessedOn)
			.query(Integer.class)
			.single() > 0;
	}

	private static RiskAssessment map(ResultSet rs, int row) throws SQLException {
		return new RiskAssessment(rs.getObject("assessed_on", LocalDate.class),
				(FinancialQuarter) Periods.fromKey(rs.getString("reporting_period")), position(rs, "inherent"),
				position(rs, "current"), position(rs, "residual"), rs.getObject("target_date", LocalDate.class),
				rs.getString("rating_as_printed"), rs.getString("comment"));
	}

	private static RiskPosition position(ResultSet rs, String prefix) throws SQLException {
		Integer score = rs.getObject(prefix + "_score", Integer.class);
		if (score == null) {
			return null;
		}
		Integer impact = rs.getObject(prefix + "_impact", Integer.class);
		return (impact != null) ? RiskPosition.of(impact, rs.getInt(prefix + "_likelihood"))
				: RiskPosition.scoreOnly(score);
	}

}
