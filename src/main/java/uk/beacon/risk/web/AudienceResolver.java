package uk.beacon.risk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.Audience;

/**
 * Decides who is looking at a risk page or API response: officers and councillors who are
 * signed in with a role see restricted risks and fields; the public never does.
 */
@Component
class AudienceResolver {

	private final CurrentViewer viewer;

	AudienceResolver(CurrentViewer viewer) {
		this.viewer = viewer;
	}

	Audience audienceOf(HttpServletRequest request) {
		return this.viewer.seesRestricted() ? Audience.OFFICER : Audience.PUBLIC;
	}

}
