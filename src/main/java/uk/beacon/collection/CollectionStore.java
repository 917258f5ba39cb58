package uk.beacon.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Definitions;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDefinitions;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Periods;

/**
 * Reading and writing cycles and data requests. Every state change checks the version the
 * person saw.
 */
@Repository
class CollectionStore {

	private static final String CYCLE = """
			select c.id, c.council_id, u.name as council_name, c.period, c.due_date, c.state, c.opened_by, c.opened_at
			from reporting_cycle c join organisation_unit u on u.id = c.council_id""";

	private static final String REQUEST = """
			select id, cycle_id, indicator_id, data_period, owner_email, state, value, numerator, denominator,
			       performance_details, current_activity, future_activity, correction_reason, submitted_by,
			       submitted_by_account, submitted_at, decided_by, decided_at, return_reason, version,
			       last_mail_kind, last_mail_at, last_mail_failure, draft_value, draft_numerator, draft_denominator,
			       draft_performance_details, draft_current_activity, draft_future_activity, draft_correction_reason,
			       draft_saved_by, draft_saved_at
			from data_request""";

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final IndicatorDefinitions definitions;

	private final OrganisationUnits units;

	CollectionStore(JdbcClient jdbc, Indicators indicators, IndicatorDefinitions definitions, OrganisationUnits units) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.indicators = indicators;
		this.units = units;
	}

	List<ReportingCycle> cycles() {
		return this.jdbc.sql(CYCLE + " order by c.opened_at desc, c.id desc").query(CollectionStore::mapCycle).list();
	}

	Optional<ReportingCycle> cycle(long id) {
		return this.jdbc.sql(CYCLE + " where c.id = ?").param(id).query(CollectionStore::mapCycle).optional();
	}

	boolean cycleExists(long councilId, FinancialQuarter period) {
		return this.jdbc.sql("select count(*) from reporting_cycle where council_id = ? and period = ?")
			.params(councilId, period.key())
			.query(Integer.class)
			.single() > 0;
	}

	long insertCycle(long councilId, FinancialQuarter period, LocalDate dueDate, String openedBy) {
		return this.jdbc
			.sql("""
					insert into reporting_cycle (council_id, period, due_date, opened_by) values (?, ?, ?, ?) returning id""")
			.params(councilId, period.key(), dueDate, openedBy)
			.query(Long.class)
			.single();
	}

	void closeCycle(long id) {
		this.jdbc.sql("update reporting_cycle set state = 'CLOSED', closed_at = now() where id = ?").param(id).update();
	}

	void insertRequest(long cycleId, long indicatorId, String dataPeriod, String ownerEmail) {
		this.jdbc.sql("""
				insert into data_request (cycle_id, indicator_id, data_period, owner_email) values (?, ?, ?, ?)""")
			.params(cycleId, indicatorId, dataPeriod, ownerEmail)
			.update();
	}

	Optional<DataRequest> request(long id) {
		return requests(REQUEST + " where id = ?", id).stream().findFirst();
	}

	List<DataRequest> requests(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: requests(REQUEST + " where id = any(?) order by id", (Object) ids.toArray(Long[]::new));
	}

	List<DataRequest> requestsOfCycle(long cycleId) {
		return requests(REQUEST + " where cycle_id = ? order by indicator_id, data_period", cycleId);
	}

	List<DataRequest> requestsOwnedBy(String email) {
		return requests(REQUEST + " where owner_email = ? order by cycle_id desc, indicator_id, data_period", email);
	}

	List<DataRequest> requestsInState(RequestState state) {
		return requests(REQUEST + " where state = ? order by submitted_at, id", state.name());
	}

	/** Requests of open cycles that are with their owner and named to one. */
	List<DataRequest> openRequestsWithOwner() {
		return requests(REQUEST + " " + """
				where state in ('REQUESTED', 'RETURNED') and owner_email is not null
				  and cycle_id in (select id from reporting_cycle where state = 'OPEN') order by id""");
	}

	boolean submit(long id, int version, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			Commentary commentary, String correctionReason, String by, long byAccount) {
		return this.jdbc.sql("""
				update data_request set state = 'SUBMITTED', value = ?, numerator = ?, denominator = ?,
				       performance_details = ?, current_activity = ?, future_activity = ?, correction_reason = ?,
				       submitted_by = ?, submitted_by_account = ?, submitted_at = now(), version = version + 1,
				       draft_value = null, draft_numerator = null, draft_denominator = null,
				       draft_performance_details = null, draft_current_activity = null, draft_future_activity = null,
				       draft_correction_reason = null, draft_saved_by = null, draft_saved_at = null
				where id = ? and version = ?""")
			.params(value, numerator, denominator, commentary.performanceDetails(), commentary.currentActivity(),
					commentary.futureActivity(), correctionReason, by, byAccount, id, version)
			.update() == 1;
	}

	/**
	 * Keeps the owner's draft, if the request is still at the version they saw and not
	 * waiting for approval.
	 */
	boolean saveDraft(long id, int version, Figures figures, Commentary commentary, String correctionReason,
			String by) {
		return this.jdbc.sql("""
				update data_request set draft_value = ?, draft_numerator = ?, draft_denominator = ?,
				       draft_performance_details = ?, draft_current_activity = ?, draft_future_activity = ?,
				       draft_correction_reason = ?, draft_saved_by = ?, draft_saved_at = now(), version = version + 1
				where id = ? and version = ? and state <> 'SUBMITTED'""")
			.params(figures.value(), figures.numerator(), figures.denominator(), commentary.performanceDetails(),
					commentary.currentActivity(), commentary.futureActivity(), correctionReason, by, id, version)
			.update() == 1;
	}

	boolean decide(long id, int version, RequestState to, String by, String returnReason) {
		return this.jdbc.sql("""
				update data_request set state = ?, decided_by = ?, decided_at = now(), return_reason = ?,
				       version = version + 1
				where id = ? and version = ? and state = 'SUBMITTED'""")
			.params(to.name(), by, returnReason, id, version)
			.update() == 1;
	}

	void assignOwner(long indicatorId, String email) {
		this.jdbc.sql("""
				update data_request set owner_email = ?, notified_at = null, last_mail_kind = null, last_mail_at = null,
				       last_mail_failure = null, version = version + 1
				where indicator_id = ? and state in ('REQUESTED', 'RETURNED')
				  and cycle_id in (select id from reporting_cycle where state = 'OPEN')""")
			.params(email, indicatorId)
			.update();
	}

	boolean notifiedAt(long id, String column) {
		return this.jdbc.sql("select " + column + " is not null from data_request where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private List<DataRequest> requests(String sql, Object... params) {
		List<Row> rows = this.jdbc.sql(sql).params(params).query(CollectionStore::mapRow).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> indicatorIds = rows.stream()
			.map(Row::indicatorId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<Indicator> found = this.indicators.findAllById(indicatorIds);
		Map<Long, Indicator> indicatorsById = found.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		Map<Long, Definitions> definitionsById = this.definitions.of(found);
		Map<Long, ReportingCycle> cycles = new HashMap<>();
		Map<Long, OrganisationUnit> unitsById = this.units.findAll()
			.stream()
			.collect(Collectors.toMap(OrganisationUnit::id, Function.identity()));
		List<DataRequest> requests = new ArrayList<>();
		for (Row row : rows) {
			ReportingCycle cycle = cycles.computeIfAbsent(row.cycleId(), id -> cycle(id).orElseThrow());
			// the indicator as it is measured in the quarter collected
			Indicator indicator = definitionsById.get(row.indicatorId()).inForce(cycle.period());
			OrganisationUnit unit = unitsById.get(indicator.organisationUnitId());
			requests.add(new DataRequest(row.id(), cycle, indicator, unit.name(), directorateOf(unit, unitsById),
					Periods.fromKey(row.dataPeriod()), row.ownerEmail(), row.state(), row.value(), row.numerator(),
					row.denominator(), row.commentary(), row.correctionReason(), row.submittedBy(),
					row.submittedByAccount(), row.submittedAt(), row.decidedBy(), row.decidedAt(), row.returnReason(),
					row.version(), row.lastMail(), row.draft()));
		}
		return requests;
	}

	private static String directorateOf(OrganisationUnit unit, Map<Long, OrganisationUnit> units) {
		if (unit.kind() == OrganisationKind.SERVICE && unit.parentId() != null) {
			return units.get(unit.parentId()).name();
		}
		if (unit.kind() == OrganisationKind.COUNCIL) {
			return unit.name() + " (council-wide)";
		}
		return unit.name();
	}

	private static ReportingCycle mapCycle(ResultSet rs, int row) throws SQLException {
		return new ReportingCycle(rs.getLong("id"), rs.getLong("council_id"), rs.getString("council_name"),
				(FinancialQuarter) Periods.fromKey(rs.getString("period")), rs.getObject("due_date", LocalDate.class),
				"OPEN".equals(rs.getString("state")), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant());
	}

	private static Row mapRow(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("submitted_by_account");
		Long submittedByAccount = rs.wasNull() ? null : account;
		return new Row(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("indicator_id"),
				rs.getString("data_period"), rs.getString("owner_email"), RequestState.valueOf(rs.getString("state")),
				rs.getBigDecimal("value"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
				new Commentary(rs.getString("performance_details"), rs.getString("current_activity"),
						rs.getString("future_activity")),
				rs.getString("correction_reason"), rs.getString("submitted_by"), submittedByAccount,
				instant(rs.getTimestamp("submitted_at")), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")), rs.getString("return_reason"), rs.getInt("version"),
				(rs.getString("last_mail_kind") != null)
						? new OwnerMail(MailKind.valueOf(rs.getString("last_mail_kind")),
								rs.getTimestamp("last_mail_at").toInstant(), rs.getString("last_mail_failure"))
						: null,
				draft(rs));
	}

	private static Draft draft(ResultSet rs) throws SQLException {
		Timestamp saved = rs.getTimestamp("draft_saved_at");
		if (saved == null) {
			return null;
		}
		return new Draft(rs.getBigDecimal("draft_value"), rs.getBigDecimal("draft_numerator"),
				rs.getBigDecimal("draft_denominator"),
				new Commentary(rs.getString("draft_performance_details"), rs.getString("draft_current_activity"),
						rs.getString("draft_future_activity")),
				rs.getString("draft_correction_reason"), rs.getString("draft_saved_by"), saved.toInstant());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(long id, long cycleId, long indicatorId, String dataPeriod, String ownerEmail,
			RequestState state, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary,
			String correctionReason, String submittedBy, Long submittedByAccount, Instant submittedAt, String decidedBy,
			Instant decidedAt, String returnReason, int version, OwnerMail lastMail, Draft draft) {
	}

}
