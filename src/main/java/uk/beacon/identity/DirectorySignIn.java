package uk.beacon.identity;

import uk.beacon.access.Role;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * OpenID Connect sign-in through the council's directory (Microsoft Entra ID or any other
 * provider configured under {@code spring.security.oauth2.client}). The person is matched
 * to their Beacon account by the directory's identifier, or the first time by e-mail;
 * someone new gets an account holding {@code beacon.security.directory-first-role}
 * (reader by default), and an administrator grants anything more.
 */
@Service
public class DirectorySignIn extends OidcUserService {

	private final Accounts accounts;

	private final AccountManagement management;

	private final String firstRole;

	DirectorySignIn(Accounts accounts, AccountManagement management,
			@Value("${beacon.security.directory-first-role:READER}") String firstRole) {
		this.accounts = accounts;
		this.management = management;
		this.firstRole = firstRole;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String issuer = String.valueOf(user.getIssuer());
		String subject = user.getSubject();
		Account account = this.accounts.findByOidc(issuer, subject).orElseGet(() -> matchOrCreate(user, issuer));
		if (!account.enabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled",
					"Your Beacon account is disabled. Ask your administrator.", null));
		}
		List<SimpleGrantedAuthority> authorities = account.grants()
			.stream()
			.map(g -> new SimpleGrantedAuthority(g.role().authority()))
			.toList();
		return new BeaconOidcUser(Viewer.of(account), authorities, user.getIdToken(), user.getUserInfo());
	}

	private Account matchOrCreate(OidcUser user, String issuer) {
		String email = (user.getEmail() != null) ? user.getEmail().toLowerCase(Locale.ROOT) : null;
		if (email != null) {
			var existing = this.accounts.findByEmail(email);
			if (existing.isPresent()) {
				this.management.linkDirectory(existing.get(), issuer, user.getSubject());
				return this.accounts.findById(existing.get().id()).orElseThrow();
			}
		}
		String username = (user.getPreferredUsername() != null) ? user.getPreferredUsername()
				: (email != null) ? email : user.getSubject();
		username = username.toLowerCase(Locale.ROOT).replaceAll("@.*$", "").replaceAll("[^a-z0-9._-]", "-");
		String name = (user.getFullName() != null) ? user.getFullName() : username;
		Role role = this.firstRole.isBlank() || "NONE".equalsIgnoreCase(this.firstRole) ? null
				: Role.valueOf(this.firstRole.toUpperCase(Locale.ROOT));
		return this.management.createFromDirectory(username, name, email, issuer, user.getSubject(), role);
	}

}
