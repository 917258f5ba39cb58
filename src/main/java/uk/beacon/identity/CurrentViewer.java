package uk.beacon.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request: a signed-in person, or the public.
 */
@Component
public class CurrentViewer {

	/**
	 * How the audit trail names a change made without signing in (only demo loading
	 * does).
	 */
	public static final String SYSTEM = "Beacon (system)";

	private final Permissions permissions;

	CurrentViewer(Permissions permissions) {
		this.permissions = permissions;
	}

	public Optional<Viewer> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof BeaconPrincipal principal) {
			return Optional.of(principal.viewer());
		}
		return Optional.empty();
	}

	/**
	 * Whether the person signed in with a Beacon password (not through the directory).
	 */
	public boolean signedInWithPassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof BeaconUser;
	}

	/** The name the audit trail records for the current request. */
	public String actorName() {
		return get().map(Viewer::actorName).orElse(SYSTEM);
	}

	/**
	 * Whether the viewer may see items not for publication (indicators marked not public,
	 * restricted risks): anyone signed in who holds a role. The public never may.
	 */
	public boolean seesRestricted() {
		return get().map(v -> !this.permissions.grantsOf(v).isEmpty()).orElse(false);
	}

}
