package uk.beacon.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import uk.beacon.identity.Account;
import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.identity.AccountChangeRejected;
import uk.beacon.identity.AccountManagement;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.NewPerson;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.web.FormErrors;

/**
 * Administrators add people, give and take away roles, reset passwords and unlock
 * accounts. Every change goes to the audit trail.
 */
@Controller
class AdminUsersController {

	private final Accounts accounts;

	private final AccountManagement management;

	private final CurrentViewer current;

	private final OrganisationUnits units;

	private final ApiTokenManagement tokens;

	private final Clock clock;

	private final OtherSessions otherSessions;

	AdminUsersController(Accounts accounts, AccountManagement management, CurrentViewer current,
			OrganisationUnits units, ApiTokenManagement tokens, Clock clock, OtherSessions otherSessions) {
		this.tokens = tokens;
		this.otherSessions = otherSessions;
		this.clock = clock;
		this.accounts = accounts;
		this.management = management;
		this.current = current;
		this.units = units;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("accounts", this.accounts.findAll());
		model.addAttribute("now", java.time.Instant.now());
		if (!model.containsAttribute("person")) {
			model.addAttribute("person", new NewPersonForm("", "", ""));
		}
		return "admin-users";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("person") NewPersonForm person, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountManagement.NewAccount created = this.management.create(actor(),
						new NewPerson(person.username(), person.name(), person.email()));
				redirect.addFlashAttribute("success", "Added " + person.name().trim() + " with the username "
						+ created.username() + ". Their temporary password is " + created.temporaryPassword()
						+ " : give it to them in person or by phone. They must change it when they first sign in.");
				return "redirect:/admin/users/" + created.id();
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
			}
		}
		return users(model);
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable long id, Model model) {
		Account account = this.accounts.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("account", account);
		model.addAttribute("locked", account.lockedAt(java.time.Instant.now()));
		model.addAttribute("roles", Role.values());
		List<OrganisationUnit> all = this.units.findAll()
			.stream()
			.sorted(Comparator.comparing(OrganisationUnit::name))
			.toList();
		model.addAttribute("units", all);
		model.addAttribute("tokens", this.tokens.tokensOf(id));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("lifetimes", TokenLifetime.values());
		return "admin-user";
	}

	/**
	 * Issues a personal access token and shows its secret on the answer itself, once: it
	 * is never put in the session or anywhere else.
	 */
	@PostMapping("/admin/users/{id}/tokens")
	String issueToken(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) TokenLifetime lasts, Model model) {
		try {
			TokenLifetime lifetime = (lasts != null) ? lasts : TokenLifetime.NINETY_DAYS;
			ApiTokenManagement.IssuedToken issued = this.tokens.issue(actor(), id, name,
					lifetime.lastDayFrom(LocalDate.now(this.clock)));
			model.addAttribute("issuedToken", issued.secret());
		}
		catch (ChangeRejected ex) {
			model.addAttribute("tokenError", ex.getMessage());
			model.addAttribute("tokenName", name);
		}
		return user(id, model);
	}

	@PostMapping("/admin/users/{id}/tokens/{token}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long token, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			this.tokens.revoke(actor(), id, token);
			return "Token revoked: API calls that present it are refused from now on.";
		});
	}

	@PostMapping("/admin/users/{id}/roles")
	String grant(@PathVariable long id, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long unit, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			if (role == null) {
				throw new AccountChangeRejected("Choose a role");
			}
			this.management.grant(actor(), id, role, unit);
			return "Role added.";
		});
	}

	@PostMapping("/admin/users/{id}/roles/{grant}/remove")
	String revoke(@PathVariable long id, @PathVariable long grant, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			this.management.revoke(actor(), id, grant);
			return "Role removed.";
		});
	}

	/**
	 * Gives the person a temporary password and ends their sessions, so that whoever was
	 * signed in with the old one is signed out.
	 */
	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam int version, HttpServletRequest request,
			RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			String password = this.management.resetPassword(actor(), id, version);
			this.accounts.findById(id).ifPresent(account -> this.otherSessions.end(account.username(), request));
			return "The temporary password is " + password
					+ " : give it to the person in person or by phone. They must change it when they next sign in."
					+ " Anywhere they were signed in, they have been signed out.";
		});
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			this.management.unlock(actor(), id, version);
			return "Account unlocked.";
		});
	}

	/**
	 * Enables or disables an account. Disabling it also ends the person's sessions, so
	 * that nothing of theirs stays signed in (their roles already count for nothing once
	 * it is disabled).
	 */
	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			HttpServletRequest request, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			this.management.setEnabled(actor(), id, version, enabled);
			if (enabled) {
				return "Account enabled.";
			}
			this.accounts.findById(id).ifPresent(account -> this.otherSessions.end(account.username(), request));
			return "Account disabled: the person can no longer sign in, and anywhere they were signed in, they have "
					+ "been signed out.";
		});
	}

	private String change(long id, RedirectAttributes redirect, java.util.function.Supplier<String> change) {
		redirect.addFlashAttribute("success", change.get());
		return "redirect:/admin/users/" + id;
	}

	private Actor actor() {
		return this.current.actor();
	}

}
