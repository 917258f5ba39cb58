package uk.beacon.collection.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import uk.beacon.collection.Collection;
import uk.beacon.collection.CollectionRejected;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.ReportingCycle;
import uk.beacon.collection.RequestState;
import uk.beacon.identity.Account;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Permissions;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.identity.RoleGrant;
import uk.beacon.identity.Viewer;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.FormErrors;

/**
 * The performance team's pages: the quarters opened, opening one, what is outstanding by
 * directorate, naming owners and closing a quarter.
 */
@Controller
class CollectionController {

	private final Collection collection;

	private final CurrentViewer current;

	private final Permissions permissions;

	private final OrganisationUnits units;

	private final Accounts accounts;

	CollectionController(Collection collection, CurrentViewer current, Permissions permissions, OrganisationUnits units,
			Accounts accounts) {
		this.collection = collection;
		this.current = current;
		this.permissions = permissions;
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping("/collection")
	String cycles(Model model) {
		Viewer viewer = this.current.get().orElseThrow();
		Set<Long> councils = councilsFollowedBy(viewer);
		model.addAttribute("cycles",
				this.collection.cycles()
					.stream()
					.filter(c -> councils == null || councils.contains(c.councilId()))
					.toList());
		model.addAttribute("canOpen", this.permissions.holdsAny(viewer, Role.PERFORMANCE_OFFICER));
		model.addAttribute("councils",
				this.units.findAll().stream().filter(u -> u.kind() == OrganisationKind.COUNCIL).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new OpenQuarterForm(null, FinancialQuarter.containing(this.collection.today()), null));
		}
		return "collection";
	}

	@PostMapping("/collection/cycles")
	String open(@Valid @ModelAttribute("form") OpenQuarterForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ReportingCycle cycle = this.collection.open(this.current.get().orElseThrow(), form.council(),
						form.quarter(), form.due());
				OwnerMailMessages.afterOpening(cycle, this.collection.requestsOf(cycle), redirect);
				return "redirect:/collection/cycles/" + cycle.id();
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
			}
		}
		return cycles(model);
	}

	@GetMapping("/collection/cycles/{id}")
	String cycle(@PathVariable long id, Model model) {
		Viewer viewer = this.current.get().orElseThrow();
		ReportingCycle cycle = this.collection.cycle(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// performance officers and approvers follow the requests of their part of the
		// council
		List<DataRequest> requests = this.collection.requestsOf(cycle)
			.stream()
			.filter(r -> follows(viewer, r.indicator().organisationUnitId()))
			.toList();
		if (requests.isEmpty() && !follows(viewer, cycle.councilId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		LocalDate today = this.collection.today();
		Map<String, Map<RequestState, Long>> byDirectorate = Collection.byDirectorate(requests);
		model.addAttribute("cycle", cycle);
		model.addAttribute("requests", requests);
		model.addAttribute("byDirectorate", byDirectorate);
		model.addAttribute("overdueByDirectorate",
				requests.stream()
					.filter(r -> r.overdueOn(today))
					.collect(java.util.stream.Collectors.groupingBy(DataRequest::directorateName,
							java.util.stream.Collectors.counting())));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("today", today);
		model.addAttribute("unowned",
				requests.stream().filter(r -> r.ownerEmail() == null).map(DataRequest::indicator).distinct().toList());
		boolean canManage = this.permissions.holdsFor(viewer, Role.PERFORMANCE_OFFICER, cycle.councilId());
		model.addAttribute("people",
				!canManage ? List.of()
						: this.accounts.findAll()
							.stream()
							.filter(a -> a.enabled() && a.email() != null)
							.sorted(Comparator.comparing(Account::displayName))
							.toList());
		model.addAttribute("canManage", canManage);
		model.addAttribute("mailsToSendAgain", requests.stream().filter(DataRequest::mailToSendAgain).count());
		model.addAttribute("ownerCannotEnter", this.collection.ownerCannotEnter(requests));
		return "collection-cycle";
	}

	/**
	 * Sends again an e-mail to an owner that the mail server did not take, and says
	 * whether it went this time.
	 */
	@PostMapping("/collection/cycles/{id}/send-again")
	String sendAgain(@RequestParam(required = false) Long request, RedirectAttributes redirect) {
		if (request == null) {
			throw new CollectionRejected("Choose the e-mail to send again");
		}
		DataRequest sent = this.collection.sendAgain(this.current.get().orElseThrow(), request);
		OwnerMailMessages.afterSendingAgain(sent, redirect);
		return "redirect:/collection/cycles/" + sent.cycle().id() + "#request-" + sent.id();
	}

	@PostMapping("/collection/cycles/{id}/owners")
	String assignOwner(@PathVariable long id, @RequestParam(required = false) Long indicator,
			@RequestParam(required = false) Long person, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		if (indicator == null || person == null) {
			throw new CollectionRejected("Choose an indicator and the person who owns it");
		}
		// the version of each indicator the list offered, as the person saw it
		Integer seen = version(form.get("version-" + indicator));
		if (seen == null) {
			throw new CollectionRejected("Choose an indicator from the list on the quarter's page");
		}
		this.collection.assignOwner(this.current.get().orElseThrow(), indicator, seen, person);
		List<DataRequest> named = this.collection.cycle(id)
			.map(this.collection::requestsOf)
			.orElse(List.of())
			.stream()
			.filter(r -> indicator.equals(r.indicator().id()) && r.ownerEmail() != null)
			.toList();
		OwnerMailMessages.afterNaming(named, !this.collection.ownerCannotEnter(named).isEmpty(), redirect);
		return "redirect:/collection/cycles/" + id + "#owners";
	}

	@PostMapping("/collection/cycles/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.collection.close(this.current.get().orElseThrow(), id);
		redirect.addFlashAttribute("success", "The quarter is closed: no more figures can be submitted.");
		return "redirect:/collection/cycles/" + id;
	}

	private static Integer version(String typed) {
		try {
			return (typed != null) ? Integer.valueOf(typed.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private boolean follows(Viewer viewer, long unitId) {
		return this.permissions.holdsFor(viewer, Role.PERFORMANCE_OFFICER, unitId)
				|| this.permissions.holdsFor(viewer, Role.APPROVER, unitId);
	}

	/**
	 * The councils whose quarters the viewer follows, as a performance officer or
	 * approver anywhere in them; {@code null} for every council.
	 */
	private Set<Long> councilsFollowedBy(Viewer viewer) {
		Set<Long> councils = new java.util.HashSet<>();
		for (RoleGrant grant : this.permissions.grantsOf(viewer)) {
			if (grant.role() == Role.ADMINISTRATOR
					|| ((grant.role() == Role.PERFORMANCE_OFFICER || grant.role() == Role.APPROVER)
							&& grant.unitId() == null)) {
				return null;
			}
			if (grant.role() == Role.PERFORMANCE_OFFICER || grant.role() == Role.APPROVER) {
				councils.add(this.units.councilOf(grant.unitId()).id());
			}
		}
		return councils;
	}

}
