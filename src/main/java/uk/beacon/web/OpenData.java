package uk.beacon.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The terms residents may reuse what the public pages show: the Open Government Licence
 * v3.0, which the National Archives publishes for public sector information, stated in
 * every open data file (a {@code Link} header with {@code rel="license"}, and in the JSON
 * itself) and on the open data page.
 */
public final class OpenData {

	/** The licence's name as the National Archives writes it. */
	public static final String LICENCE = "Open Government Licence v3.0";

	/** Where the licence is published. */
	public static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

	/** The attribution statement the licence asks reusers to include. */
	public static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0.";

	private OpenData() {
	}

	/**
	 * The answer with the licence named in its headers, as RFC 8288 links it.
	 */
	public static <T> ResponseEntity<T> licensed(ResponseEntity<T> answer) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(answer.getHeaders());
		headers.add(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"; title=\"" + LICENCE + "\"");
		return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(answer.getBody());
	}

}
