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

}
