package uk.beacon.indicator;

import java.util.List;

/**
 * Implemented by modules that relate their own things to indicators (risks, for one), so
 * that the indicator page shows them without this module depending on those modules.
 */
public interface IndicatorRelations {

	List<RelatedItem> relatedTo(Indicator indicator);

}
