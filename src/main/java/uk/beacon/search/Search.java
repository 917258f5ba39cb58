package uk.beacon.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import uk.beacon.access.Audience;
import uk.beacon.period.Periods;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;

/**
 * Searches indicators, scorecards, risks and published reports, keeping only what the
 * person's pages would show them, by the pages' own rules: an indicator not for
 * publication only for those who see the restricted items of its unit; risks only for
 * people who hold a role (the register is theirs), a restricted (Part II) risk only for
 * the restricted readers of its register's part of the council, and a risk found only in
 * a field kept from the public (its description, consequences or owner) only for those
 * shown that field; scorecards and published reports (their title and narrative, which
 * are Part A) for everyone.
 */
@Service
@Transactional(readOnly = true)
public class Search {

	private final SearchIndex index;

	private final RiskViews risks;

	Search(SearchIndex index, RiskViews risks) {
		this.index = index;
		this.risks = risks;
	}

	/**
	 * @param audience which restricted items the person sees
	 * @param readsRisks whether the person holds a role, which opens the risk registers
	 */
	public SearchResults search(SearchQuery query, Audience audience, boolean readsRisks) {
		return new SearchResults(query, SearchResults.Kind.of("Indicators", indicators(query, audience)),
				SearchResults.Kind.of("Scorecards", scorecards(query)),
				readsRisks ? SearchResults.Kind.of("Risks", risks(query, audience))
						: SearchResults.Kind.notSearched("Risks"),
				SearchResults.Kind.of("Published reports", reports(query)));
	}

	private List<SearchHit> indicators(SearchQuery query, Audience audience) {
		return this.index.indicators(query)
			.stream()
			.filter(i -> i.isPublic() || audience.seesRestricted(i.unitId()))
			.map(i -> new SearchHit(i.title(), i.code(), "/indicators/" + path(i.code()),
					i.unitName() + (i.byCommentaryOnly() ? "; found in its commentary" : "")))
			.toList();
	}

	private List<SearchHit> scorecards(SearchQuery query) {
		return this.index.scorecards(query)
			.stream()
			.map(s -> new SearchHit(s.name(), s.code(), "/scorecards/" + s.id(),
					s.kind().charAt(0) + s.kind().substring(1).toLowerCase(Locale.ROOT) + " scorecard for "
							+ s.unitName()))
			.toList();
	}

	private List<SearchHit> risks(SearchQuery query, Audience audience) {
		List<SearchIndex.RiskMatch> matches = this.index.risks(query);
		if (matches.isEmpty()) {
			return List.of();
		}
		// the register as the audience reads it: restricted risks left out, restricted
		// fields emptied
		Map<Long, RiskSummary> seen = this.risks.register(RiskFilter.none(), audience)
			.stream()
			.collect(Collectors.toMap(s -> s.risk().id(), Function.identity()));
		List<SearchHit> hits = new ArrayList<>();
		for (SearchIndex.RiskMatch match : matches) {
			RiskSummary summary = seen.get(match.id());
			if (summary == null) {
				continue;
			}
			var risk = summary.risk();
			boolean inDescription = match.byDescription() && risk.description() != null;
			boolean inConsequences = match.byConsequences() && risk.consequences() != null;
			boolean inOwner = match.byOwner() && risk.owner() != null;
			if (match.byOpenText() || inDescription || inConsequences || inOwner) {
				hits.add(new SearchHit(risk.title(), risk.reference(), "/risks/" + path(risk.reference()),
						summary.register().name() + (match.byOpenText() ? "" : "; found in its "
								+ (inDescription ? "description" : inConsequences ? "consequences" : "owner"))));
			}
		}
		return hits;
	}

	private List<SearchHit> reports(SearchQuery query) {
		return this.index.reports(query)
			.stream()
			.map(r -> new SearchHit(r.title(), null, "/reports/" + r.id(),
					r.scorecardName() + ", " + Periods.fromKey(r.period()).label()))
			.toList();
	}

	private static String path(String code) {
		return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
	}

}
