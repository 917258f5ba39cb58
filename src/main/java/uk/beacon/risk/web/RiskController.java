package uk.beacon.risk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.Audience;
import uk.beacon.risk.RiskChangeRejected;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskDirection;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.RenderedPages;

/**
 * The register, a risk's page and the changes a risk manager makes from them.
 */
@Controller
class RiskController {

	/** Until sign-in exists, changes are recorded against this name. */

	private final RiskViews views;

	private final RiskManagement management;

	private final AudienceResolver audiences;

	private final CurrentViewer viewer;

	private final RenderedPages pages;

	RiskController(RiskViews views, RiskManagement management, AudienceResolver audiences, CurrentViewer viewer,
			RenderedPages pages) {
		this.pages = pages;
		this.viewer = viewer;
		this.views = views;
		this.management = management;
		this.audiences = audiences;
	}

	@GetMapping("/risks")
	String register(@RequestParam Optional<String> register, @RequestParam Optional<String> level,
			@RequestParam Optional<String> owner, @RequestParam Optional<String> category,
			@RequestParam Optional<String> direction, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Audience audience = this.audiences.audienceOf(request);
		return this.pages.page(request, response, model, audience.name(),
				() -> register(register, level, owner, category, direction, audience, model));
	}

	private String register(Optional<String> register, Optional<String> level, Optional<String> owner,
			Optional<String> category, Optional<String> direction, Audience audience, Model model) {
		model.addAttribute("title", "Risk and opportunity registers");
		RiskDirection chosenDirection = direction.filter(d -> !d.isBlank())
			.flatMap(d -> Arrays.stream(RiskDirection.values()).filter(v -> v.name().equals(d)).findFirst())
			.orElse(null);
		RiskFilter filter = new RiskFilter(register.orElse(null), level.orElse(null), owner.orElse(null),
				category.orElse(null), chosenDirection);
		// every register's risks once: the choices of level and category come from all
		List<RiskSummary> all = this.views.register(RiskFilter.none(), audience);
		model.addAttribute("filter", filter);
		model.addAttribute("risks", filter.select(all));
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("levels", all.stream().map(RiskSummary::levelName).distinct().sorted().toList());
		model.addAttribute("categories",
				all.stream().map(s -> s.risk().category()).filter(c -> c != null).distinct().sorted().toList());
		model.addAttribute("directions", RiskDirection.values());
		return "risks";
	}

	@GetMapping("/risks/{reference}")
	String risk(@PathVariable String reference, HttpServletRequest request, Model model) {
		Audience audience = this.audiences.audienceOf(request);
		RiskDetail detail = this.views.risk(reference, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("detail", detail);
		model.addAttribute("audience", audience);
		return "risk";
	}

	@PostMapping("/risks/{reference}/escalate")
	String escalate(@PathVariable String reference, @RequestParam int version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return change(reference, redirect, "Escalated " + reference + ".",
				() -> this.management.escalate(reference, version, reason, this.viewer.actorName()));
	}

	@PostMapping("/risks/{reference}/de-escalate")
	String deEscalate(@PathVariable String reference, @RequestParam int version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return change(reference, redirect, "De-escalated " + reference + ".",
				() -> this.management.deEscalate(reference, version, reason, this.viewer.actorName()));
	}

	@PostMapping("/risks/{reference}/merge")
	String merge(@PathVariable String reference, @RequestParam int version, @RequestParam String into,
			@RequestParam String reason, RedirectAttributes redirect) {
		return change(reference, redirect, "Merged " + reference + " into " + into + ".",
				() -> this.management.merge(reference, version, into, reason, this.viewer.actorName()));
	}

	private String change(String reference, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (RiskChangeRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/risks/{reference}";
	}

}
