package uk.beacon.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.StaleChange;
import uk.beacon.period.PeriodParseException;

/**
 * How every controller answers a period it cannot read or a change a write service
 * refused, so that no controller does it for itself. The API gets a problem detail (RFC
 * 9457) with the reason; a person who sent a form from one of Beacon's pages goes back to
 * that page with the reason shown at the top ({@code messages.html}); anything else gets
 * the error page with the reason. Forms that show their own mistakes beside the fields
 * ({@link FormErrors}) still do so.
 */
@ControllerAdvice
class Refusals {

	/** Where a page shows the reason a form was refused ({@code messages.html}). */
	static final String FLASH_ERROR = "error";

	@InitBinder
	void readableMistakes(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new FieldMistakes());
		binder.setAutoGrowCollectionLimit(FormIndexes.MOST_ROWS);
		// no form's text may hold a character no one types: refused beside its field
		binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(TypedText.refuseHidden(text));
			}
		});
	}

	@ExceptionHandler(PeriodParseException.class)
	Object badPeriod(PeriodParseException ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, "The period cannot be read", ex.getMessage(), request);
	}

	@ExceptionHandler(Paging.NotAPage.class)
	Object badPage(Paging.NotAPage ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, "The page number cannot be read", ex.getMessage(), request);
	}

	/**
	 * A call to the API in a way it does not take (a method, a content type, a missing or
	 * unreadable parameter): the reason as a problem detail. Pages are left to Spring's
	 * own answer.
	 */
	@ExceptionHandler({ org.springframework.web.HttpRequestMethodNotSupportedException.class,
			org.springframework.web.HttpMediaTypeNotSupportedException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class })
	Object unsupportedCall(Exception ex, HttpServletRequest request) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		HttpStatus status = (ex instanceof org.springframework.web.HttpRequestMethodNotSupportedException)
				? HttpStatus.METHOD_NOT_ALLOWED
				: (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException)
						? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
		String reason = switch (status) {
			case METHOD_NOT_ALLOWED ->
				request.getMethod() + " is not one of the methods this address takes: " + "/api lists each operation";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json (imports as multipart/form-data)";
			default -> "The request lacks a value it needs: "
					+ ((ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing)
							? missing.getParameterName() : "a file");
		};
		return answer(status, status.getReasonPhrase(), reason, request);
	}

	@ExceptionHandler({ TypeMismatchException.class, ConversionFailedException.class })
	Object unreadableValue(RuntimeException ex, HttpServletRequest request) {
		if (FieldMistakes.hiddenCharacters(ex) != null) {
			return answer(HttpStatus.BAD_REQUEST, "The request cannot be read",
					"A value in the request has a control or text-direction character in it (or one that is broken)",
					request);
		}
		PeriodParseException period = FieldMistakes.periodProblem(ex);
		if (period == null && isApi(request)) {
			String name = (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch)
					? mismatch.getName() : "a value";
			return answer(HttpStatus.BAD_REQUEST, "The request cannot be read",
					"The request's " + name + " cannot be read as what it must be: /api says what each takes", request);
		}
		if (period == null) {
			throw ex;
		}
		return badPeriod(period, request);
	}

	/**
	 * An upload Tomcat could not take apart: a file name with a NUL in it, a part's
	 * headers longer than it reads (a file name of thousands of characters), a file or
	 * upload over the size limits, or a body cut short. Said in words, never a 500.
	 */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	Object unreadableUpload(org.springframework.web.multipart.MultipartException ex, HttpServletRequest request) {
		String causes = "";
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			causes += " " + cause.getClass().getSimpleName() + " " + cause.getMessage();
		}
		if (causes.contains("InvalidFileNameException")) {
			return answer(HttpStatus.BAD_REQUEST, "The upload cannot be read",
					"A file's name has a character no file name may have (a NUL); rename the file and upload it again",
					request);
		}
		if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
				|| causes.contains("SizeException") || causes.contains("SizeLimitExceeded")) {
			boolean header = causes.toLowerCase(java.util.Locale.ROOT).contains("header");
			return answer(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large",
					header ? "A file's name, or the description the browser sent with it, is longer than Beacon reads; "
							+ "give the file a shorter name and upload it again"
							: "Beacon takes files of up to " + UPLOAD_LIMITS + "; split the data into smaller files",
					request);
		}
		return answer(HttpStatus.BAD_REQUEST, "The upload cannot be read",
				"The upload is not files as a form sends them (multipart/form-data), or it was cut short; "
						+ "upload the files again",
				request);
	}

	/**
	 * Two people saving the same new thing at the same moment: the database kept one and
	 * refused the other, which is told so rather than shown a 500. (Each write service
	 * checks for duplicates first; this is the race between the check and the save.)
	 */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	Object savedTwiceAtOnce(org.springframework.dao.DuplicateKeyException ex, HttpServletRequest request) {
		org.slf4j.LoggerFactory.getLogger(Refusals.class)
			.warn("Refused a change that raced another: {}", ex.getMostSpecificCause().getMessage());
		return answer(HttpStatus.CONFLICT, "Saved by someone else at the same moment",
				"Someone else saved the same thing at the same moment, so yours was not saved; "
						+ "look at it again and make your change if it is still needed",
				request);
	}

	/** As {@code spring.servlet.multipart.*} sets them. */
	private static final String UPLOAD_LIMITS = "10 MB each and 50 MB in all";

	@ExceptionHandler(FormIndexes.MalformedForm.class)
	Object malformedForm(FormIndexes.MalformedForm ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, "The form cannot be read", ex.getMessage(), request);
	}

	@ExceptionHandler(ChangeRejected.class)
	Object refused(ChangeRejected ex, HttpServletRequest request) {
		if (ex instanceof NotPermitted) {
			return answer(HttpStatus.FORBIDDEN, "You do not have permission to make this change", ex.getMessage(),
					request);
		}
		if (ex instanceof StaleChange) {
			return answer(HttpStatus.CONFLICT, "Someone else changed this first",
					isApi(request) ? asReadByAProgram(ex.getMessage()) : ex.getMessage(), request);
		}
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, "The change cannot be made", ex.getMessage(), request);
	}

	/**
	 * A request refused with a reason ({@code ResponseStatusException}): the API says the
	 * reason in a problem detail, as the error page would say it to a person.
	 */
	@ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
	Object refusedWithStatus(org.springframework.web.server.ResponseStatusException ex, HttpServletRequest request) {
		if (!isApi(request)) {
			throw ex;
		}
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		String reason = (ex.getReason() != null) ? ex.getReason()
				: (status != null) ? status.getReasonPhrase() : "Refused";
		return answer((status != null) ? status : HttpStatus.BAD_REQUEST,
				(status != null) ? status.getReasonPhrase() : "Refused", reason, request);
	}

	/** A write API body with mistakes: each with its field, nothing saved. */
	@ExceptionHandler(ApiMistakes.class)
	ResponseEntity<ProblemDetail> mistakes(ApiMistakes ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.getMessage() + ((ex.mistakes().size() > 1) ? " (and " + (ex.mistakes().size() - 1) + " more)" : "")
						+ ". Nothing was saved.");
		problem.setTitle("The request has mistakes");
		problem.setProperty("errors", ex.mistakes());
		if (RequestIds.of(request) != null) {
			problem.setProperty(RequestIds.KEY, RequestIds.of(request));
		}
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A body that is not JSON, or not in the shape the API document gives: where it went
	 * wrong, never Jackson's own words (which name Beacon's classes).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		PeriodParseException period = null;
		for (Throwable cause = ex; cause != null && period == null; cause = cause.getCause()) {
			if (cause instanceof PeriodParseException p) {
				period = p;
			}
		}
		String where = "";
		if (ex.getCause() instanceof tools.jackson.core.JacksonException bad && bad.getPath() != null
				&& !bad.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (tools.jackson.core.JacksonException.Reference step : bad.getPath()) {
				if (step.getPropertyName() != null) {
					path.append((path.length() > 0) ? "." : "").append(step.getPropertyName());
				}
				else if (step.getIndex() >= 0) {
					path.append('[').append(step.getIndex()).append(']');
				}
			}
			where = (path.length() > 0) ? " (at " + path + ")" : "";
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.exc.StreamConstraintsException) {
				return answer(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large",
						"Beacon reads a body of up to " + (WebConfiguration.LARGEST_BODY / 1024 / 1024)
								+ " MB, with no text in it longer than " + WebConfiguration.LONGEST_TEXT
								+ " characters; send the figures in several calls",
						request);
			}
		}
		if (ex.getCause() instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			return answer(HttpStatus.BAD_REQUEST, "The request body cannot be read",
					"The body has a field this operation does not take" + where + ": /api lists the fields it takes",
					request);
		}
		String choices = "";
		if (ex.getCause() instanceof tools.jackson.databind.exc.InvalidFormatException invalid
				&& invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
			choices = ": give one of " + java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		if (FieldMistakes.hiddenCharacters(ex) != null) {
			return answer(HttpStatus.BAD_REQUEST, "The request body cannot be read",
					"A text" + where + " has a control or text-direction character in it (or one that is broken); "
							+ "send it again without",
					request);
		}
		String reason = (period != null) ? period.getMessage() + where
				: "The request body is not JSON in the shape /api/v1/openapi.json gives for this operation" + where
						+ choices;
		return answer(HttpStatus.BAD_REQUEST, "The request body cannot be read", reason, request);
	}

	private static Object answer(HttpStatus status, String title, String reason, HttpServletRequest request) {
		String id = RequestIds.of(request);
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
			problem.setTitle(title);
			if (id != null) {
				problem.setProperty(RequestIds.KEY, id);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		Optional<String> page = "POST".equals(request.getMethod()) ? sameOriginPage(request) : Optional.empty();
		if (page.isPresent()) {
			RequestContextUtils.getOutputFlashMap(request).put(FLASH_ERROR, reason);
			RedirectView back = new RedirectView(page.get(), false);
			back.setExposeModelAttributes(false);
			return new ModelAndView(back);
		}
		Map<String, Object> model = new java.util.HashMap<>(Map.of("status", status.value(), "problem", reason));
		if (id != null) {
			model.put(RequestIds.KEY, id);
		}
		return new ModelAndView("error", model, status);
	}

	/**
	 * A write service's words to a person on a page, as a program reading the API takes
	 * them: it read the thing rather than opened a page.
	 */
	static String asReadByAProgram(String message) {
		return message.replace("since you opened the page", "since you read it")
			.replace("since you opened it", "since you read it")
			.replace("reload the page to see their change, then try again",
					"read it again to see their change, then send yours again")
			.replace("reload the page to see their figure, then try again",
					"read it again to see their figure, then send yours again")
			.replace("reload the page", "read it again");
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * The page the form was sent from, as a path on this server: only when the browser
	 * says it was one of Beacon's own pages, so that a refusal never sends anyone
	 * elsewhere.
	 */
	static Optional<String> sameOriginPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		URI from;
		try {
			from = new URI(referer);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String path = from.getRawPath();
		boolean sameOrigin = from.isAbsolute() && from.getHost() != null
				&& request.getScheme().equalsIgnoreCase(from.getScheme())
				&& request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port(from)
				&& from.getRawUserInfo() == null;
		if (!sameOrigin || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
			return Optional.empty();
		}
		return Optional.of((from.getRawQuery() != null) ? path + "?" + from.getRawQuery() : path);
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
