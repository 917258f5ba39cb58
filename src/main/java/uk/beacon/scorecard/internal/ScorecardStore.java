package uk.beacon.scorecard.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;

/**
 * Writes scorecards and their layout. Only {@code ScorecardManagement} may use it: every
 * change is checked against the person's scope and audited there.
 */
@Repository
public class ScorecardStore {

	private final JdbcClient jdbc;

	ScorecardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a new scorecard, never one whose code is taken (a colleague's added a moment
	 * before is refused by the unique code, not replaced).
	 * @return its identity
	 * @throws org.springframework.dao.DuplicateKeyException when the code is taken
	 */
	public long add(Scorecard scorecard) {
		this.jdbc.sql("insert into scorecard (code, name, organisation_unit_id, kind) values (?, ?, ?, ?)")
			.params(scorecard.code(), scorecard.name(), scorecard.organisationUnitId(), scorecard.kind().name())
			.update();
		return save(scorecard);
	}

	/**
	 * Adds the scorecard, or replaces the layout of the one that already has its code.
	 * @return its identity
	 */
	public long save(Scorecard scorecard) {
		long id = this.jdbc
			.sql("""
					insert into scorecard (code, name, organisation_unit_id, kind, current_period) values (?, ?, ?, ?, ?)
					on conflict (code) do update set name = excluded.name, organisation_unit_id = excluded.organisation_unit_id,
					    kind = excluded.kind, current_period = excluded.current_period
					returning id""")
			.params(scorecard.code(), scorecard.name(), scorecard.organisationUnitId(), scorecard.kind().name(),
					(scorecard.currentPeriod() != null) ? scorecard.currentPeriod().key() : null)
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"delete from scorecard_indicator where section_id in (select id from scorecard_section where scorecard_id = ?)")
			.param(id)
			.update();
		// sections are kept by title, so that anything linked to one (a risk) stays
		// linked
		List<String> titles = scorecard.sections().stream().map(ScorecardSection::title).toList();
		this.jdbc.sql("delete from scorecard_section where scorecard_id = :id and not (title = any(:titles))")
			.param("id", id)
			.param("titles", titles.toArray(String[]::new))
			.update();
		int position = 0;
		for (ScorecardSection section : scorecard.sections()) {
			long sectionId = this.jdbc.sql("""
					insert into scorecard_section (scorecard_id, title, kind, position) values (?, ?, ?, ?)
					on conflict (scorecard_id, title) do update set kind = excluded.kind, position = excluded.position
					returning id""")
				.params(id, section.title(), section.kind().name(), position++)
				.query(Long.class)
				.single();
			int indicatorPosition = 0;
			for (Long indicatorId : section.indicatorIds()) {
				this.jdbc.sql("insert into scorecard_indicator (section_id, indicator_id, position) values (?, ?, ?)")
					.params(sectionId, indicatorId, indicatorPosition++)
					.update();
			}
		}
		return id;
	}

	/**
	 * Holds the scorecard until the transaction ends, so that two people laying it out
	 * are taken one after the other.
	 */
	public void lock(long scorecardId) {
		this.jdbc.sql("select id from scorecard where id = ? for update")
			.param(scorecardId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Renames the scorecard and lays out its sections: a section kept by its identity
	 * keeps whatever is linked to it, whatever its new title; a section left out is
	 * removed.
	 */
	public void saveLayout(long scorecardId, String name, List<uk.beacon.scorecard.SectionLayout> sections) {
		this.jdbc.sql("update scorecard set name = ? where id = ?").params(name, scorecardId).update();
		this.jdbc.sql(
				"delete from scorecard_indicator where section_id in (select id from scorecard_section where scorecard_id = ?)")
			.param(scorecardId)
			.update();
		Long[] kept = sections.stream()
			.map(uk.beacon.scorecard.SectionLayout::sectionId)
			.filter(java.util.Objects::nonNull)
			.toArray(Long[]::new);
		this.jdbc.sql("delete from scorecard_section where scorecard_id = :id and not (id = any(:kept))")
			.param("id", scorecardId)
			.param("kept", kept)
			.update();
		// titles are unique on a scorecard: moved aside first, so that two sections may
		// swap titles
		// (to a title no form can give: a control character, the identity)
		this.jdbc.sql("update scorecard_section set title = chr(1) || id where scorecard_id = ?")
			.param(scorecardId)
			.update();
		int position = 0;
		for (uk.beacon.scorecard.SectionLayout section : sections) {
			long sectionId;
			if (section.sectionId() != null) {
				this.jdbc.sql("update scorecard_section set title = ?, kind = ?, position = ? where id = ?")
					.params(section.title(), section.kind().name(), position++, section.sectionId())
					.update();
				sectionId = section.sectionId();
			}
			else {
				sectionId = this.jdbc.sql(
						"insert into scorecard_section (scorecard_id, title, kind, position) values (?, ?, ?, ?) returning id")
					.params(scorecardId, section.title(), section.kind().name(), position++)
					.query(Long.class)
					.single();
			}
			int indicatorPosition = 0;
			for (Long indicatorId : section.indicatorIds()) {
				this.jdbc.sql("insert into scorecard_indicator (section_id, indicator_id, position) values (?, ?, ?)")
					.params(sectionId, indicatorId, indicatorPosition++)
					.update();
			}
		}
	}

}
