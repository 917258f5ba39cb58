package uk.beacon.risk;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorRelations;
import uk.beacon.indicator.RelatedItem;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.scorecard.SectionRelations;

/**
 * Shows on indicator and scorecard pages the risks that threaten them. Those pages are
 * public, so restricted risks are never listed.
 */
@Component
class RiskRelations implements IndicatorRelations, SectionRelations {

	private final RiskLinks links;

	private final Scorecards scorecards;

	RiskRelations(RiskLinks links, Scorecards scorecards) {
		this.links = links;
		this.scorecards = scorecards;
	}

	@Override
	public List<RelatedItem> relatedTo(Indicator indicator) {
		return items(this.links.toIndicator(indicator.id()), "Risks and opportunities linked to this indicator");
	}

	@Override
	public List<RelatedItem> relatedTo(String scorecardCode, String sectionTitle) {
		return this.scorecards.sectionId(scorecardCode, sectionTitle)
			.map(id -> items(this.links.toSection(id), "Risks and opportunities linked to this objective"))
			.orElse(List.of());
	}

	/** Any risk linked to the section, restricted ones too. */
	@Override
	public boolean holdsLinks(long sectionId, String scorecardCode, String sectionTitle) {
		return !this.links.toSection(sectionId).isEmpty();
	}

	private static List<RelatedItem> items(List<RiskLink> links, String heading) {
		return links.stream()
			.filter(l -> !l.riskRestricted())
			.map(l -> new RelatedItem(heading, l.riskReference() + ": " + l.riskTitle(), "/risks/" + l.riskReference(),
					l.note()))
			.toList();
	}

}
