package uk.beacon.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error page and its JSON error answer say, with the request's
 * reference ({@link RequestIds}) added, so that a person can quote it and the
 * administrator find the request's lines in the log.
 */
@Component
class ErrorReferences extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request.getAttribute(RequestIds.KEY, RequestAttributes.SCOPE_REQUEST) instanceof String id) {
			attributes.put(RequestIds.KEY, id);
		}
		return attributes;
	}

}
