package uk.beacon.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a form whose field names hold a list index Beacon never writes, before Spring
 * tries to grow a list to it: a form's rows are numbered from 0, and no form has more
 * than {@link #MOST_ROWS}. "rows[99999999].score", "rows[-1].score" or "rows[abc].score"
 * is answered 400 with the field named, rather than failing inside the binding.
 */
class FormIndexes implements HandlerInterceptor {

	/**
	 * The most rows Spring grows a form's list to (its auto-grow limit, set to this in
	 * {@link Refusals}): a quarter's figures on a large scorecard run to hundreds of
	 * rows.
	 */
	static final int MOST_ROWS = 2048;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

	private static final Pattern ROW_NUMBER = Pattern.compile("0|[1-9]\\d{0,3}");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String row = index.group(1);
				if (!ROW_NUMBER.matcher(row).matches() || Integer.parseInt(row) >= MOST_ROWS) {
					throw new MalformedForm("The form's field \"" + printable(name)
							+ "\" is not one Beacon's pages send: open the page again and use its form.");
				}
			}
		}
		return true;
	}

	/**
	 * The name as it may be repeated back: no control characters, at most 60 of the rest.
	 */
	private static String printable(String name) {
		String shown = name.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 60) ? shown.substring(0, 60) + "…" : shown;
	}

	/** A form no page of Beacon's sends. */
	static final class MalformedForm extends RuntimeException {

		MalformedForm(String message) {
			super(message);
		}

	}

}
