package uk.beacon.risk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import uk.beacon.risk.Audience;

/**
 * Decides who is looking at a risk page or API response. Until people sign in (see the
 * identity work), everyone is the public, so restricted risks and fields never leave the
 * server.
 */
@Component
class AudienceResolver {

	Audience audienceOf(HttpServletRequest request) {
		return Audience.PUBLIC;
	}

}
