package uk.beacon.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.identity.AccountManagement;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Viewer;

/**
 * A person's own account: their roles and their password.
 */
@Controller
class AccountController {

	private final CurrentViewer current;

	private final Accounts accounts;

	private final AccountManagement management;

	private final uk.beacon.identity.ApiTokenManagement tokens;

	private final java.time.Clock clock;

	private final OtherSessions otherSessions;

	AccountController(CurrentViewer current, Accounts accounts, AccountManagement management,
			uk.beacon.identity.ApiTokenManagement tokens, java.time.Clock clock, OtherSessions otherSessions) {
		this.tokens = tokens;
		this.otherSessions = otherSessions;
		this.clock = clock;
		this.current = current;
		this.accounts = accounts;
		this.management = management;
	}

	@GetMapping("/account")
	String account(Model model) {
		Viewer viewer = this.current.get().orElseThrow();
		model.addAttribute("account", this.accounts.findById(viewer.accountId()).orElseThrow());
		// the tokens that act in the person's name, so that they know of every one
		model.addAttribute("tokens", this.tokens.tokensOf(viewer.accountId()));
		model.addAttribute("today", java.time.LocalDate.now(this.clock));
		model.addAttribute("zone", this.clock.getZone());
		return "account";
	}

	/**
	 * Changes the person's password and signs them out everywhere else: a session that
	 * signed in with the old password ends.
	 */
	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			HttpServletRequest request, RedirectAttributes redirect) {
		Viewer viewer = this.current.get().orElseThrow();
		this.management.changeOwnPassword(viewer, current, password, confirmation);
		int ended = this.otherSessions.end(viewer.username(), request);
		redirect.addFlashAttribute("success", "Your password has been changed."
				+ ((ended > 0) ? " You have been signed out everywhere else you were signed in." : ""));
		return "redirect:/account";
	}

}
