package uk.beacon.collection.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.collection.Collection;
import uk.beacon.collection.CollectionRejected;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.Submission;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Permissions;
import uk.beacon.access.Role;
import uk.beacon.identity.Viewer;

/**
 * Owners enter figures and commentary; approvers approve them or send them back.
 */
@Controller
class DataRequestController {

	private final Collection collection;

	private final CurrentViewer current;

	private final Permissions permissions;

	DataRequestController(Collection collection, CurrentViewer current, Permissions permissions) {
		this.collection = collection;
		this.current = current;
		this.permissions = permissions;
	}

	@GetMapping("/collection/my")
	String mine(Model model) {
		Viewer viewer = this.current.get().orElseThrow();
		List<DataRequest> requests = this.collection.requestsFor(viewer);
		model.addAttribute("toDo", requests.stream().filter(r -> r.cycle().open() && r.state().withOwner()).toList());
		model.addAttribute("done",
				requests.stream().filter(r -> !(r.cycle().open() && r.state().withOwner())).toList());
		model.addAttribute("today", this.collection.today());
		model.addAttribute("viewer", viewer);
		return "collection-my";
	}

	@GetMapping("/collection/approvals")
	String approvals(Model model) {
		model.addAttribute("requests", this.collection.awaitingApprovalBy(this.current.get().orElseThrow()));
		return "collection-approvals";
	}

	@GetMapping("/collection/requests/{id}")
	String request(@PathVariable long id, Model model) {
		Viewer viewer = this.current.get().orElseThrow();
		DataRequest request = visible(viewer, id);
		boolean owner = isOwner(viewer, request);
		model.addAttribute("request", request);
		model.addAttribute("owner", owner);
		// named owner without the role that enters figures: told so, not given the form
		model.addAttribute("ownerWithoutRole", owner
				&& !this.permissions.holdsFor(viewer, Role.INDICATOR_OWNER, request.indicator().organisationUnitId()));
		model.addAttribute("canDecide",
				!owner && this.permissions.holdsFor(viewer, Role.APPROVER, request.indicator().organisationUnitId()));
		model.addAttribute("performance",
				this.collection.preview(request, request.value(), request.numerator(), request.denominator())
					.orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new Submission(plain(request.value()), plain(request.numerator()), plain(request.denominator()),
							request.commentary().performanceDetails(), request.commentary().currentActivity(),
							request.commentary().futureActivity(), null, request.version()));
		}
		return "collection-request";
	}

	@PostMapping("/collection/requests/{id}")
	String submit(@PathVariable long id, Submission form, RedirectAttributes redirect) {
		Viewer viewer = this.current.get().orElseThrow();
		try {
			DataRequest request = this.collection.submit(viewer, id, form);
			redirect.addFlashAttribute("success", "Submitted " + request.subject() + " for approval.");
			return "redirect:/collection/my";
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("form", form);
			return "redirect:/collection/requests/" + id;
		}
	}

	@PostMapping("/collection/requests/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		this.collection.approve(this.current.get().orElseThrow(), id, version);
		redirect.addFlashAttribute("success", "Approved: the figure is published and locked.");
		return "redirect:/collection/approvals";
	}

	@PostMapping("/collection/requests/{id}/return")
	String returnToOwner(@PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		this.collection.returnToOwner(this.current.get().orElseThrow(), id, version, reason);
		OwnerMailMessages.afterReturning(this.collection.request(id).orElseThrow(), redirect);
		return "redirect:/collection/approvals";
	}

	/**
	 * The owner, approvers and performance officers for its part of the council see a
	 * request.
	 */
	private DataRequest visible(Viewer viewer, long id) {
		Optional<DataRequest> request = this.collection.request(id);
		if (request.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		long unit = request.get().indicator().organisationUnitId();
		if (isOwner(viewer, request.get()) || this.permissions.holdsFor(viewer, Role.APPROVER, unit)
				|| this.permissions.holdsFor(viewer, Role.PERFORMANCE_OFFICER, unit)) {
			return request.get();
		}
		throw new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

	private static boolean isOwner(Viewer viewer, DataRequest request) {
		return viewer.email() != null && viewer.email().equalsIgnoreCase(request.indicator().ownerEmail());
	}

	private static String plain(java.math.BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

}
