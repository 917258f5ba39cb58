package uk.beacon.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in with a local account.
 */
final class BeaconUser implements UserDetails, CredentialsContainer, BeaconPrincipal {

	private final Viewer viewer;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final List<SimpleGrantedAuthority> authorities;

	BeaconUser(Account account, boolean locked) {
		this.viewer = Viewer.of(account);
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled() && account.passwordHash() != null;
		this.locked = locked;
		this.authorities = account.grants()
			.stream()
			.map(g -> new SimpleGrantedAuthority(g.role().authority()))
			.toList();
	}

	@Override
	public Viewer viewer() {
		return this.viewer;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.viewer.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
