package uk.beacon.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risks and opportunities on every register, and their moves between registers. Read
 * only: registers change through {@link RiskManagement}.
 */
@Repository
public class Risks {

	private static final String SELECT = """
			select id, reference, register_id, kind, title, description, category, consequences, owner, owner_email, review_months,
			       next_review, status, response, restricted, restricted_fields, direction_as_printed, note,
			       merged_into_id, area_id, version
			from risk""";

	private final JdbcClient jdbc;

	Risks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Risk> findAll() {
		return this.jdbc.sql(SELECT + " order by register_id, kind, length(reference), reference")
			.query(Risks::map)
			.list();
	}

	public List<Risk> onRegister(long registerId) {
		return this.jdbc.sql(SELECT + " where register_id = ? order by kind, length(reference), reference")
			.param(registerId)
			.query(Risks::map)
			.list();
	}

	public Optional<Risk> findByReference(String reference) {
		return this.jdbc.sql(SELECT + " where reference = ?").param(reference).query(Risks::map).optional();
	}

	/** The risks, open and closed, that belong to the area. */
	public List<Risk> inArea(long areaId) {
		return this.jdbc.sql(SELECT + " where area_id = ? order by length(reference), reference")
			.param(areaId)
			.query(Risks::map)
			.list();
	}

	public Optional<Risk> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Risks::map).optional();
	}

	public List<Risk> mergedInto(long id) {
		return this.jdbc.sql(SELECT + " where merged_into_id = ? order by reference")
			.param(id)
			.query(Risks::map)
			.list();
	}

	/**
	 * @return who merged the risk, when and why, if it was merged
	 */
	public Optional<MergeRecord> mergeRecord(long riskId) {
		return this.jdbc
			.sql("select merge_reason, merged_by, merged_at from risk where id = ? and merged_into_id is not null")
			.param(riskId)
			.query((rs, row) -> new MergeRecord(rs.getString(1), rs.getString(2),
					rs.getObject(3, java.time.OffsetDateTime.class)))
			.optional();
	}

	public List<RegisterMove> moves(long riskId) {
		return this.jdbc.sql("""
				select m.direction, f.name as from_name, t.name as to_name, m.reason, m.moved_by, m.moved_at
				from risk_register_move m join risk_register f on f.id = m.from_register_id
				     join risk_register t on t.id = m.to_register_id
				where m.risk_id = ? order by m.moved_at, m.id""")
			.param(riskId)
			.query((rs, row) -> new RegisterMove(rs.getString("direction"), rs.getString("from_name"),
					rs.getString("to_name"), rs.getString("reason"), rs.getString("moved_by"),
					rs.getObject("moved_at", java.time.OffsetDateTime.class)))
			.list();
	}

	/**
	 * @return the register a risk was escalated from, when its latest move was that
	 * escalation into {@code currentRegisterId}; otherwise there is nowhere to
	 * de-escalate it to
	 */
	public Optional<Long> escalatedFrom(long riskId, long currentRegisterId) {
		record LastMove(String direction, long from, long to) {
		}
		return this.jdbc.sql("""
				select direction, from_register_id, to_register_id from risk_register_move
				where risk_id = ? order by moved_at desc, id desc limit 1""")
			.param(riskId)
			.query((rs, row) -> new LastMove(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.optional()
			.filter(last -> "ESCALATED".equals(last.direction()) && last.to() == currentRegisterId)
			.map(LastMove::from);
	}

	private static Risk map(ResultSet rs, int row) throws SQLException {
		String response = rs.getString("response");
		return new Risk(rs.getLong("id"), rs.getString("reference"), rs.getLong("register_id"),
				RiskKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				rs.getString("category"), rs.getString("consequences"), rs.getString("owner"),
				rs.getString("owner_email"), rs.getInt("review_months"),
				rs.getObject("next_review", java.time.LocalDate.class), RiskStatus.valueOf(rs.getString("status")),
				(response != null) ? RiskResponse.valueOf(response) : null, rs.getBoolean("restricted"),
				fields(rs.getArray("restricted_fields")), rs.getString("direction_as_printed"), rs.getString("note"),
				rs.getObject("merged_into_id", Long.class), rs.getObject("area_id", Long.class), rs.getInt("version"));
	}

	private static Set<RestrictedField> fields(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return (names.length == 0) ? EnumSet.noneOf(RestrictedField.class)
				: Arrays.stream(names)
					.map(RestrictedField::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(RestrictedField.class)));
	}

}
