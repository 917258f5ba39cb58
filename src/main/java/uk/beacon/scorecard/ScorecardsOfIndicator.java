package uk.beacon.scorecard;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorRelations;
import uk.beacon.indicator.RelatedItem;

/**
 * Shows on an indicator's page every scorecard it is on, and in which section, so that a
 * reader can go from an indicator to each scorecard that reports it. Scorecards are
 * public; listed first, before the risks linked to the indicator.
 */
@Component
@Order(0)
class ScorecardsOfIndicator implements IndicatorRelations {

	static final String HEADING = "Scorecards this indicator is on";

	private final Scorecards scorecards;

	ScorecardsOfIndicator(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Override
	public List<RelatedItem> relatedTo(Indicator indicator) {
		return this.scorecards.placingsOf(indicator.id())
			.stream()
			.map(p -> new RelatedItem(HEADING, p.scorecardName(), "/scorecards/" + p.scorecardId(),
					p.sectionKind().label() + ": " + p.sectionTitle()))
			.toList();
	}

}
