package uk.beacon.collection.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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

import uk.beacon.access.StaleChange;
import uk.beacon.collection.Collection;
import uk.beacon.collection.CollectionRejected;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.RequestState;
import uk.beacon.collection.Submission;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Permissions;
import uk.beacon.access.Role;
import uk.beacon.identity.Viewer;
import uk.beacon.web.FormErrors;

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
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RequestForm.of(request));
		}
		return page(viewer, request, model);
	}

	/**
	 * The owner's form, sent with one of its buttons: {@code check} shows the status the
	 * figure would get and saves nothing, {@code draft} saves what was typed so far, and
	 * {@code submit} sends it for approval. A mistake is shown beside its field with
	 * everything typed kept; so is a change someone else made meanwhile (409), with the
	 * request as it now stands.
	 */
	@PostMapping("/collection/requests/{id}")
	String enter(@PathVariable long id, @RequestParam(defaultValue = "submit") String action,
			@ModelAttribute("form") RequestForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = this.current.get().orElseThrow();
		DataRequest request = visible(viewer, id);
		// a field that could not be read at all (a control character in it) leaves no
		// form
		Integer version = (form != null) ? form.versionSeen() : null;
		if (form != null && version == null) {
			errors.reject("version",
					"The form did not say which version of the request you saw: reload the page and enter the figures again");
		}
		if (!List.of("check", "draft", "submit").contains(action)) {
			errors.reject("action", "Choose Submit for approval, Check the status or Save as a draft");
		}
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, request, model);
		}
		Submission submission = form.submission(version);
		try {
			switch (action) {
				case "check" -> {
					model.addAttribute("checked", this.collection.check(viewer, id, submission));
					return page(viewer, request, model);
				}
				case "draft" -> {
					DataRequest saved = this.collection.saveDraft(viewer, id, submission);
					redirect.addFlashAttribute("success", "Your draft of " + saved.subject()
							+ " is saved. Nothing goes to the approver until you submit it.");
					return "redirect:/collection/requests/" + id;
				}
				default -> {
					DataRequest submitted = this.collection.submit(viewer, id, submission);
					redirect.addFlashAttribute("success", "Submitted " + submitted.subject() + " for approval.");
					return "redirect:/collection/requests/" + id + "#submitted";
				}
			}
		}
		catch (StaleChange ex) {
			errors.reject("stale", ex.getMessage());
			// what the owner typed stays; saving again now is knowingly over what is
			// there
			model.addAttribute("versionNow", request.version());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		catch (CollectionRejected ex) {
			if (ex.fields().isEmpty()) {
				errors.reject("refused", ex.getMessage());
			}
			ex.fields().forEach((field, message) -> FormErrors.reject(errors, field, message));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return page(viewer, request, model);
	}

	private String page(Viewer viewer, DataRequest request, Model model) {
		boolean owner = isOwner(viewer, request);
		boolean ownerWithoutRole = owner
				&& !this.permissions.holdsFor(viewer, Role.INDICATOR_OWNER, request.indicator().organisationUnitId());
		model.addAttribute("request", request);
		model.addAttribute("owner", owner);
		// named owner without the role that enters figures: told so, not given the form
		model.addAttribute("ownerWithoutRole", ownerWithoutRole);
		model.addAttribute("canEnter",
				owner && !ownerWithoutRole && request.cycle().open() && request.state() != RequestState.SUBMITTED);
		model.addAttribute("canDecide",
				!owner && this.permissions.holdsFor(viewer, Role.APPROVER, request.indicator().organisationUnitId()));
		model.addAttribute("performance",
				this.collection.preview(request, request.value(), request.numerator(), request.denominator())
					.orElse(null));
		model.addAttribute("recent", this.collection.recentFigures(request));
		return "collection-request";
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

}
