package uk.beacon.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The full-text queries, one for each kind, each with the expressions the migration
 * indexed (V26), so that PostgreSQL answers from the indexes. Every match is returned
 * with how it matched, for {@link Search} to keep only what the person may see.
 */
@Repository
class SearchIndex {

	private static final String INDICATOR = "to_tsvector('english', i.code || ' ' || i.title || ' ' "
			+ "|| coalesce(i.definition, '') || ' ' || coalesce(i.owner_name, ''))";

	private static final String COMMENTARY = "to_tsvector('english', coalesce(m.performance_details, '') || ' ' "
			+ "|| coalesce(m.current_activity, '') || ' ' || coalesce(m.future_activity, ''))";

	private static final String SCORECARD = "to_tsvector('english', s.code || ' ' || s.name)";

	private static final String RISK = "to_tsvector('english', r.reference || ' ' || r.title || ' ' "
			+ "|| coalesce(r.category, ''))";

	private static final String RISK_RESTRICTED = "to_tsvector('english', coalesce(r.description, '') || ' ' "
			+ "|| coalesce(r.consequences, '') || ' ' || coalesce(r.owner, ''))";

	private static final String REPORT = "to_tsvector('english', p.title || ' ' "
			+ "|| coalesce(p.content::jsonb ->> 'narrative', ''))";

	/**
	 * The query, parsed as a search box's words are (quotes, or, a minus sign); written
	 * out where it is used, so that the planner sees a constant and uses the indexes.
	 */
	private static final String QUERY = "websearch_to_tsquery('english', :text)";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record IndicatorMatch(long id, String code, String title, long unitId, String unitName, boolean isPublic,
			boolean byCommentaryOnly) {
	}

	record ScorecardMatch(long id, String code, String name, String kind, String unitName) {
	}

	/**
	 * A risk that matched, and where: its reference, title or category, or only one of
	 * the fields a council may keep from the public.
	 */
	record RiskMatch(long id, String reference, String title, boolean byOpenText, boolean byDescription,
			boolean byConsequences, boolean byOwner) {
	}

	record ReportMatch(long id, String title, String period, String scorecardName) {
	}

	List<IndicatorMatch> indicators(SearchQuery query) {
		return this.jdbc.sql("""
				with commented as (select distinct m.indicator_id from measurement m where %2$s @@ %3$s)
				select i.id, i.code, i.title, i.organisation_unit_id, u.name, i.is_public,
				    not (%1$s @@ %3$s or upper(i.code) like :prefix escape '\\') as by_commentary_only
				from indicator i join organisation_unit u on u.id = i.organisation_unit_id
				where %1$s @@ %3$s or upper(i.code) like :prefix escape '\\'
				    or i.id in (select indicator_id from commented)
				order by upper(i.code) = upper(:text) desc, upper(i.code) like :prefix escape '\\' desc,
				    ts_rank(%1$s, %3$s) desc, i.code""".formatted(INDICATOR, COMMENTARY, QUERY))
			.param("text", query.text())
			.param("prefix", prefix(query))
			.query((rs, row) -> new IndicatorMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
			.list();
	}

	List<ScorecardMatch> scorecards(SearchQuery query) {
		return this.jdbc
			.sql("""
					select s.id, s.code, s.name, s.kind, u.name
					from scorecard s join organisation_unit u on u.id = s.organisation_unit_id
					where %1$s @@ %3$s or upper(s.code) like :prefix escape '\\'
					order by upper(s.code) = upper(:text) desc, ts_rank(%1$s, %3$s) desc, s.name""".formatted(SCORECARD,
					null, QUERY))
			.param("text", query.text())
			.param("prefix", prefix(query))
			.query((rs, row) -> new ScorecardMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	List<RiskMatch> risks(SearchQuery query) {
		return this.jdbc
			.sql("""
					select r.id, r.reference, r.title, %1$s @@ %3$s or upper(r.reference) like :prefix escape '\\',
					    to_tsvector('english', coalesce(r.description, '')) @@ %3$s,
					    to_tsvector('english', coalesce(r.consequences, '')) @@ %3$s,
					    to_tsvector('english', coalesce(r.owner, '')) @@ %3$s
					from risk r
					where %1$s @@ %3$s or %2$s @@ %3$s or upper(r.reference) like :prefix escape '\\'
					order by upper(r.reference) = upper(:text) desc, ts_rank(%1$s, %3$s) desc, r.reference"""
				.formatted(RISK, RISK_RESTRICTED, QUERY))
			.param("text", query.text())
			.param("prefix", prefix(query))
			.query((rs, row) -> new RiskMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)))
			.list();
	}

	List<ReportMatch> reports(SearchQuery query) {
		return this.jdbc.sql("""
				select p.id, p.title, p.period, s.name
				from published_report p join scorecard s on s.id = p.scorecard_id
				where %1$s @@ %3$s
				order by ts_rank(%1$s, %3$s) desc, p.published_at desc, p.id desc""".formatted(REPORT, null, QUERY))
			.param("text", query.text())
			.query((rs, row) -> new ReportMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Matches no code when the query cannot be one. */
	private static String prefix(SearchQuery query) {
		String prefix = query.codePrefix();
		return (prefix != null) ? prefix : "";
	}

}
