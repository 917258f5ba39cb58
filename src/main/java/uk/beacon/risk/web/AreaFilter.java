package uk.beacon.risk.web;

import org.springframework.ui.Model;

import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskViews;

/**
 * The risk area a register or heat map is narrowed to: the choices of area, by council,
 * the one chosen, and its name for the heading and the links that keep it.
 */
final class AreaFilter {

	private AreaFilter() {
	}

	/**
	 * @param chosen the area's code, {@link RiskFilter#NO_AREA} for the risks in none, or
	 * {@code null} for every area
	 */
	static void addTo(Model model, RiskViews views, String chosen) {
		model.addAttribute("areaChoices", views.areaChoices());
		model.addAttribute("noArea", RiskFilter.NO_AREA);
		model.addAttribute("areaCode", chosen);
		String title = null;
		if (RiskFilter.NO_AREA.equals(chosen)) {
			title = RiskFilter.NO_AREA_TITLE;
		}
		else if (chosen != null) {
			title = views.area(chosen).map(RiskArea::title).orElse(null);
		}
		model.addAttribute("areaTitle", title);
	}

}
