package uk.beacon.scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * The scorecards Beacon holds, each loaded whole with its sections. Read only: scorecards
 * change through {@link ScorecardManagement}.
 */
@Repository
public class Scorecards {

	private final JdbcClient jdbc;

	Scorecards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Scorecard> findAll() {
		return load(null);
	}

	public Optional<Scorecard> findById(long id) {
		return load(id).stream().findFirst();
	}

	// three queries whatever the number of scorecards and sections
	private List<Scorecard> load(Long onlyId) {
		String filter = (onlyId != null) ? " where scorecard_id = :id" : "";
		Map<Long, List<Long>> indicatorsBySection = new HashMap<>();
		this.jdbc
			.sql("select section_id, indicator_id from scorecard_indicator where section_id in "
					+ "(select id from scorecard_section" + filter + ") order by section_id, position")
			.params(params(onlyId))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach(pair -> indicatorsBySection.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
		Map<Long, List<ScorecardSection>> sectionsByScorecard = new HashMap<>();
		this.jdbc
			.sql("select id, scorecard_id, title, kind from scorecard_section" + filter
					+ " order by scorecard_id, position")
			.params(params(onlyId))
			.query((rs, row) -> Map.entry(rs.getLong("scorecard_id"),
					new ScorecardSection(rs.getString("title"), SectionKind.valueOf(rs.getString("kind")),
							indicatorsBySection.getOrDefault(rs.getLong("id"), List.of()))))
			.list()
			.forEach(e -> sectionsByScorecard.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc
			.sql("select id, code, name, organisation_unit_id, kind, current_period from scorecard"
					+ ((onlyId != null) ? " where id = :id" : "") + " order by id")
			.params(params(onlyId))
			.query((rs, row) -> {
				String current = rs.getString("current_period");
				return new Scorecard(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getLong("organisation_unit_id"), ScorecardKind.valueOf(rs.getString("kind")),
						(current != null) ? quarter(current) : null,
						sectionsByScorecard.getOrDefault(rs.getLong("id"), List.of()));
			})
			.list();
	}

	private static Map<String, Object> params(Long onlyId) {
		return (onlyId != null) ? Map.of("id", onlyId) : Map.of();
	}

	/** The code of a scorecard whose code differs from this one in capitals at most. */
	public Optional<String> codeLike(String code) {
		return this.jdbc.sql("select code from scorecard where lower(code) = lower(?) order by code limit 1")
			.param(code)
			.query(String.class)
			.optional();
	}

	public Optional<Long> idOf(String code) {
		return this.jdbc.sql("select id from scorecard where code = ?").param(code).query(Long.class).optional();
	}

	/**
	 * @return the titles of the sections of the scorecard with this code, none if there
	 * is no such scorecard
	 */
	public List<String> sectionTitles(String scorecardCode) {
		return this.jdbc.sql("""
				select s.title from scorecard_section s join scorecard c on c.id = s.scorecard_id
				where c.code = ? order by s.position""").param(scorecardCode).query(String.class).list();
	}

	/**
	 * @return the identity of the section with this title on the scorecard with this code
	 */
	public Optional<Long> sectionId(String scorecardCode, String sectionTitle) {
		return this.jdbc.sql("""
				select s.id from scorecard_section s join scorecard c on c.id = s.scorecard_id
				where c.code = ? and s.title = ?""").params(scorecardCode, sectionTitle).query(Long.class).optional();
	}

	/**
	 * @return the identity of each section of the scorecard, in order
	 */
	public List<Long> sectionIds(long scorecardId) {
		return this.jdbc.sql("select id from scorecard_section where scorecard_id = ? order by position")
			.param(scorecardId)
			.query(Long.class)
			.list();
	}

	/**
	 * Where an indicator is placed: a scorecard and section for each place, in the order
	 * the scorecards were added and their sections are printed.
	 */
	public List<Placing> placingsOf(long indicatorId) {
		return this.jdbc.sql("""
				select c.id, c.name, s.title, s.kind from scorecard_indicator i
				join scorecard_section s on s.id = i.section_id join scorecard c on c.id = s.scorecard_id
				where i.indicator_id = ? order by c.id, s.position""")
			.param(indicatorId)
			.query((rs, row) -> new Placing(rs.getLong(1), rs.getString(2), rs.getString(3),
					SectionKind.valueOf(rs.getString(4))))
			.list();
	}

	/**
	 * An indicator's place on a scorecard.
	 *
	 * @param scorecardId the scorecard
	 * @param scorecardName its name
	 * @param sectionTitle the section the indicator is in
	 * @param sectionKind what the section is
	 */
	public record Placing(long scorecardId, String scorecardName, String sectionTitle, SectionKind sectionKind) {
	}

	/** The unit of the scorecard a section is on. */
	public Optional<Long> unitOfSection(long sectionId) {
		return this.jdbc.sql("""
				select c.organisation_unit_id from scorecard_section s join scorecard c on c.id = s.scorecard_id
				where s.id = ?""").param(sectionId).query(Long.class).optional();
	}

	private static FinancialQuarter quarter(String key) {
		return (FinancialQuarter) Periods.parse(key, PeriodKind.FINANCIAL_QUARTER);
	}

}
