package uk.beacon.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.beacon.access.Actor;
import uk.beacon.access.Audience;

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
	 * The person making the request as a write service receives them. Someone not signed
	 * in holds no role, so every change they ask for is refused; Beacon's own jobs act as
	 * {@link Actor#system}.
	 */
	public Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ApiTokenManagement.TokenHolder holder) {
			Actor person = this.permissions.actorOf(holder.viewer());
			return new Actor(person.accountId(), person.name() + " through the API token \"" + holder.tokenName()
					+ "\" issued by " + holder.issuedBy(), person.grants());
		}
		return get().map(this.permissions::actorOf)
			.orElseGet(() -> new Actor(null, "The public (not signed in)", java.util.List.of()));
	}

	/**
	 * What restricted items (not for publication) the viewer may see: those of the parts
	 * of the council they hold the restricted reader's permission over. The public sees
	 * none.
	 */
	public Audience audience() {
		return get().map(this.permissions::audienceOf).orElse(Audience.PUBLIC);
	}

	/** Whether the viewer may see any restricted item. */
	public boolean seesRestricted() {
		return audience().seesAnyRestricted();
	}

	/** Whether the viewer holds any role at all, which opens the pages for staff. */
	public boolean holdsARole() {
		return get().map(v -> !this.permissions.grantsOf(v).isEmpty()).orElse(false);
	}

}
