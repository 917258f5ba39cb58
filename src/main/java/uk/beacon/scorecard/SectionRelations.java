package uk.beacon.scorecard;

import java.util.List;

import uk.beacon.indicator.RelatedItem;

/**
 * Implemented by modules that relate their own things to scorecard sections (risks that
 * threaten an objective), so that the scorecard page shows them without depending on
 * those modules.
 */
public interface SectionRelations {

	List<RelatedItem> relatedTo(String scorecardCode, String sectionTitle);

}
