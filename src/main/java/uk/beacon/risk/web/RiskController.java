package uk.beacon.risk.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.risk.RiskMerge;
import uk.beacon.risk.RiskMove;
import uk.beacon.risk.RiskReference;
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

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final RenderedPages pages;

	private final AuditTrail audit;

	/** What a risk's change history holds. */
	private static final List<String> HISTORY = List.of("RISK", "RISK_ASSESSMENT", "RISK_CONTROL", "RISK_ACTION",
			"RISK_LINK");

	private static final int HISTORY_SHOWN = 200;

	private final ChangeableRisks risks;

	private final Clock clock;

	RiskController(RiskViews views, RiskManagement management, CurrentViewer viewer, RenderedPages pages,
			AuditTrail audit, ChangeableRisks risks, Clock clock) {
		this.risks = risks;
		this.clock = clock;
		this.pages = pages;
		this.audit = audit;
		this.viewer = viewer;
		this.views = views;
		this.management = management;
	}

	@GetMapping("/risks")
	String register(@RequestParam Optional<String> register, @RequestParam Optional<String> level,
			@RequestParam Optional<String> owner, @RequestParam Optional<String> category,
			@RequestParam Optional<String> direction, @RequestParam Optional<String> area, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Audience audience = this.viewer.audience();
		// an empty register offers a risk manager and a performance officer what they may
		// do next, so their pages are kept apart from everyone else's
		Actor actor = this.viewer.actor();
		String key = audience.key() + (actor.holdsAnywhere(Role.RISK_MANAGER) ? "+risk-manager" : "")
				+ (actor.holdsAnywhere(Role.PERFORMANCE_OFFICER) ? "+performance-officer" : "");
		return this.pages.page(request, response, model, key, java.util.Set.of(uk.beacon.changes.DataArea.RISKS),
				() -> register(register, level, owner, category, direction, area, audience, model));
	}

	private String register(Optional<String> register, Optional<String> level, Optional<String> owner,
			Optional<String> category, Optional<String> direction, Optional<String> area, Audience audience,
			Model model) {
		model.addAttribute("title", "Risk and opportunity registers");
		RiskDirection chosenDirection = direction.filter(d -> !d.isBlank())
			.flatMap(d -> Arrays.stream(RiskDirection.values()).filter(v -> v.name().equals(d)).findFirst())
			.orElse(null);
		RiskFilter filter = new RiskFilter(register.orElse(null), level.orElse(null), owner.orElse(null),
				category.orElse(null), chosenDirection, area.filter(a -> !a.isBlank()).orElse(null));
		// the chosen register's risks (every register's when none is chosen) once: the
		// filter's choices of level and category are those they have, so a directorate's
		// register costs the same however many risks the council's other registers hold
		List<RiskSummary> chosen = this.views.register(new RiskFilter(filter.register(), null, null, null, null),
				audience);
		model.addAttribute("filter", filter);
		List<RiskSummary> shown = filter.select(chosen);
		model.addAttribute("risks", shown);
		// how each council whose risks are listed writes its scores
		model.addAttribute("scoreKeys", shown.stream().map(s -> s.matrix().key()).distinct().toList());
		model.addAttribute("registers", this.views.registers());
		model.addAttribute("levels", choices(chosen.stream().map(RiskSummary::levelName), filter.level()));
		model.addAttribute("categories", choices(chosen.stream().map(s -> s.risk().category()), filter.category()));
		model.addAttribute("directions", RiskDirection.values());
		AreaFilter.addTo(model, this.views, filter.area());
		return "risks";
	}

	/**
	 * The distinct words a filter offers, in order, with the one chosen among them even
	 * when none of the risks has it, so the form shows what the list is narrowed by.
	 */
	static List<String> choices(Stream<String> present, String chosen) {
		SortedSet<String> words = new TreeSet<>();
		present.filter(w -> w != null).forEach(words::add);
		if (chosen != null && !chosen.isBlank() && words.stream().noneMatch(w -> w.equalsIgnoreCase(chosen))) {
			words.add(chosen);
		}
		return List.copyOf(words);
	}

	@GetMapping("/risks/{reference}")
	String risk(@PathVariable String reference, HttpServletRequest request, Model model) {
		Audience audience = this.viewer.audience();
		RiskDetail detail = this.views.risk(reference, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("detail", detail);
		// merges and moves happened at instants, shown in the council's time
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("reviewMail", this.views.reviewMail(detail.summary()).orElse(null));
		model.addAttribute("canReview", !detail.summary().risk().isMerged() && this.management
			.mayChangeOnScreen(this.viewer.actor(), new RiskReference(detail.summary().risk().reference())));
		if (detail.seesRestricted()) {
			model.addAttribute("changeHistory",
					this.audit.latestOf(detail.summary().risk().reference(), HISTORY, HISTORY_SHOWN));
		}
		return "risk";
	}

	@PostMapping("/risks/{reference}/escalate")
	String escalate(@PathVariable String reference, @RequestParam int version,
			@Valid @ModelAttribute("escalation") RiskChangeForms.Escalation form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return risk(reference, request, model);
		}
		this.risks.find(reference, "escalate");
		this.management.escalate(this.viewer.actor(),
				new RiskMove(new RiskReference(reference), version, form.reason()));
		redirect.addFlashAttribute("success", "Escalated " + reference + ".");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/de-escalate")
	String deEscalate(@PathVariable String reference, @RequestParam int version,
			@Valid @ModelAttribute("deEscalation") RiskChangeForms.DeEscalation form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return risk(reference, request, model);
		}
		this.risks.find(reference, "de-escalate");
		this.management.deEscalate(this.viewer.actor(),
				new RiskMove(new RiskReference(reference), version, form.reason()));
		redirect.addFlashAttribute("success", "De-escalated " + reference + ".");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/merge")
	String merge(@PathVariable String reference, @RequestParam int version,
			@Valid @ModelAttribute("merge") RiskChangeForms.Merge form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return risk(reference, request, model);
		}
		this.risks.find(reference, "merge");
		this.management.merge(this.viewer.actor(),
				new RiskMerge(new RiskReference(reference), version, new RiskReference(form.into()), form.reason()));
		redirect.addFlashAttribute("success", "Merged " + reference + " into " + form.into().trim() + ".");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/close")
	String close(@PathVariable String reference, @RequestParam int version,
			@Valid @ModelAttribute("closing") RiskChangeForms.Closing form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return risk(reference, request, model);
		}
		this.risks.find(reference, "close");
		this.management.close(this.viewer.actor(), new RiskMove(new RiskReference(reference), version, form.reason()));
		redirect.addFlashAttribute("success", "Closed " + reference + ". Its history is kept; it can be reopened.");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/reopen")
	String reopen(@PathVariable String reference, @RequestParam int version,
			@Valid @ModelAttribute("reopening") RiskChangeForms.Reopening form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return risk(reference, request, model);
		}
		this.risks.find(reference, "reopen");
		this.management.reopen(this.viewer.actor(), new RiskMove(new RiskReference(reference), version, form.reason()));
		redirect.addFlashAttribute("success", "Reopened " + reference + ".");
		return "redirect:/risks/{reference}";
	}

}
