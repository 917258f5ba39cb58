package uk.beacon.identity.web;

import org.springframework.stereotype.Component;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Permissions;
import uk.beacon.access.Role;
import uk.beacon.identity.Viewer;
import uk.beacon.web.PageHeader;

/**
 * What the page header offers the person viewing: read from the roles they hold now (as
 * the URL rules are), so a role withdrawn takes its links away at once. Templates ask it
 * by name ({@code ${@navigation.signedIn()}}); one read of the roles serves every
 * question a page asks. A kept page's header is kept for all that it offers
 * ({@link #shownFor()}), so a question the layout asks here must be part of it.
 */
@Component("navigation")
public class Navigation implements PageHeader {

	private final CurrentViewer viewer;

	private final Permissions permissions;

	Navigation(CurrentViewer viewer, Permissions permissions) {
		this.viewer = viewer;
		this.permissions = permissions;
	}

	/** Whether someone is signed in. */
	public boolean signedIn() {
		return this.viewer.get().isPresent();
	}

	/** The signed-in person's username, for the sign-out button; empty for the public. */
	public String username() {
		return this.viewer.get().map(Viewer::username).orElse("");
	}

	/** Dashboards and risk registers: for anyone holding a role. */
	public boolean holdsARole() {
		return this.viewer.holdsARole();
	}

	/** The quarter's collection: performance officers and approvers. */
	public boolean collects() {
		return holdsAny(Role.PERFORMANCE_OFFICER, Role.APPROVER);
	}

	/** Imports: performance officers. */
	public boolean imports() {
		return holdsAny(Role.PERFORMANCE_OFFICER);
	}

	/** Adding and reviewing risks: risk managers. */
	public boolean managesRisks() {
		return holdsAny(Role.RISK_MANAGER);
	}

	/** People and roles: administrators. */
	public boolean administers() {
		return holdsAny(Role.ADMINISTRATOR);
	}

	/**
	 * Every answer the layout asks for, as one text: a kept header is the same for two
	 * requests only if they are.
	 */
	@Override
	public String shownFor() {
		if (!signedIn()) {
			return "public";
		}
		return String.join("|", username(), "role:" + holdsARole(), "collects:" + collects(), "imports:" + imports(),
				"manages risks:" + managesRisks(), "administers:" + administers());
	}

	private boolean holdsAny(Role... roles) {
		return this.viewer.get().map(v -> this.permissions.holdsAny(v, roles)).orElse(false);
	}

}
