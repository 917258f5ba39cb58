package uk.beacon.search;

import java.util.List;

/**
 * What a search found of each kind, best first, each list cut at {@link #SHOWN} with the
 * number found beside it.
 */
public record SearchResults(SearchQuery query, Kind indicators, Kind scorecards, Kind risks, Kind reports) {

	/** The most of one kind a results page lists. */
	public static final int SHOWN = 50;

	/**
	 * @param name what the kind is called, in the plural
	 * @param found how many were found that the person may see
	 * @param hits the best of them, at most {@link #SHOWN}
	 * @param searched whether the person may see this kind at all (risks are for people
	 * who hold a role)
	 */
	public record Kind(String name, int found, List<SearchHit> hits, boolean searched) {

		static Kind of(String name, List<SearchHit> all) {
			return new Kind(name, all.size(), all.stream().limit(SHOWN).toList(), true);
		}

		static Kind notSearched(String name) {
			return new Kind(name, 0, List.of(), false);
		}

	}

	public List<Kind> kinds() {
		return List.of(this.indicators, this.scorecards, this.risks, this.reports)
			.stream()
			.filter(Kind::searched)
			.toList();
	}

	public int total() {
		return kinds().stream().mapToInt(Kind::found).sum();
	}

}
