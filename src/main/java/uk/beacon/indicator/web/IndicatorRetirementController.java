package uk.beacon.indicator.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;

/**
 * Retiring an indicator from its edit page, and putting it back in use: what is refused
 * comes back to the page with the reason and what was typed.
 */
@Controller
class IndicatorRetirementController {

	private final KeptIndicators kept;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	IndicatorRetirementController(KeptIndicators kept, IndicatorManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.management = management;
		this.viewer = viewer;
	}

	@PostMapping("/indicators/{code}/retire")
	String retire(@PathVariable String code, @RequestParam(required = false) String from,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		Indicator indicator = this.kept.find(code, "retire " + code);
		try {
			Indicator retired = this.management.retire(this.viewer.actor(), indicator.id(), version,
					TypedQuarter.read(from), reason);
			redirect.addFlashAttribute("success", "Retired " + retired.code() + " from " + retired.retiredFrom().label()
					+ ". Its figures before then are kept.");
		}
		catch (ChangeRejected ex) {
			// beside the field it is about, as the GOV.UK error summary links it
			String message = ex.getMessage();
			redirect.addFlashAttribute("retireError", message);
			redirect.addFlashAttribute("retireField",
					(message.startsWith("Say why") || message.startsWith("Keep the reason")) ? "retire-reason"
							: "retire-from");
			redirect.addFlashAttribute("retireFrom", from);
			redirect.addFlashAttribute("retireReason", reason);
		}
		return "redirect:/indicators/" + indicator.code() + "/edit#retire";
	}

	@PostMapping("/indicators/{code}/reinstate")
	String reinstate(@PathVariable String code, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		Indicator indicator = this.kept.find(code, "put " + code + " back in use");
		try {
			this.management.reinstate(this.viewer.actor(), indicator.id(), version);
			redirect.addFlashAttribute("success", indicator.code() + " is in use again.");
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/indicators/" + indicator.code() + "/edit#retire";
	}

}
