package uk.beacon.identity.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: a local account, or the council's directory when one is configured.
 */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> directories;

	private final String sessionLimit;

	private final String lockout;

	SignInController(ObjectProvider<ClientRegistrationRepository> directories,
			@Value("${beacon.security.session-absolute-limit:8h}") Duration sessionLimit,
			@Value("${beacon.security.lockout-minutes:15}") int lockoutMinutes) {
		this.directories = directories;
		this.sessionLimit = SessionLifetime.inWords(sessionLimit);
		this.lockout = SessionLifetime.inWords(Duration.ofMinutes(lockoutMinutes));
	}

	@GetMapping("/sign-in")
	String signIn(Model model) {
		List<Directory> available = new ArrayList<>();
		ClientRegistrationRepository repository = this.directories.getIfAvailable();
		if (repository instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration client = (ClientRegistration) registration;
				available
					.add(new Directory(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
			}
		}
		model.addAttribute("directories", available);
		model.addAttribute("sessionLimit", this.sessionLimit);
		model.addAttribute("lockout", this.lockout);
		return "sign-in";
	}

	record Directory(String name, String href) {
	}

}
