package uk.beacon.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the council's directory, matched to their Beacon account.
 */
final class BeaconOidcUser extends DefaultOidcUser implements BeaconPrincipal {

	private final Viewer viewer;

	BeaconOidcUser(Viewer viewer, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.viewer = viewer;
	}

	@Override
	public Viewer viewer() {
		return this.viewer;
	}

	@Override
	public String getName() {
		return this.viewer.username();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
