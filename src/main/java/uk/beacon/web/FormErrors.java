package uk.beacon.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.StaleChange;

/**
 * What was wrong with a form a person sent, for the GOV.UK error summary at the top of
 * the page and the message beside each field ({@code form-errors.html}): one problem a
 * field, in the order of the form's fields, each linking to its field by the field's HTML
 * id (the field's name, unless the form names its ids: {@link FieldIds}). Every page
 * finds it in its model as {@code formErrors}, empty unless the page's form came back
 * with mistakes ({@link FormErrorsInModel}).
 */
public final class FormErrors {

	/** The model attribute every page finds it under. */
	public static final String MODEL = "formErrors";

	static final FormErrors NONE = new FormErrors(List.of(), Map.of());

	/**
	 * One thing to put right.
	 *
	 * @param id the HTML id of the field it is about, {@code null} when it is about the
	 * whole form
	 * @param message what to do, in the council's words
	 */
	public record Problem(String id, String message) {

		public boolean general() {
			return this.id == null;
		}

	}

	/**
	 * A form on a page with several forms names the HTML ids of its fields, so that the
	 * summary links to the right one.
	 */
	public interface FieldIds {

		String idOf(String field);

	}

	private final List<Problem> problems;

	private final Map<String, Object> typed;

	private FormErrors(List<Problem> problems, Map<String, Object> typed) {
		this.problems = List.copyOf(problems);
		this.typed = typed;
	}

	/**
	 * @param form the form record the result is about (Spring's result has none when the
	 * record could not be built)
	 */
	static FormErrors of(BindingResult result, Object form) {
		List<String> order = (form != null) ? fieldOrder(form.getClass()) : List.of();
		List<Problem> problems = new ArrayList<>();
		for (ObjectError error : result.getGlobalErrors()) {
			problems.add(new Problem(null, error.getDefaultMessage()));
		}
		Map<String, FieldError> firstByField = new LinkedHashMap<>();
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt(e -> position(order, e.getField())))
			.forEach(e -> firstByField.putIfAbsent(e.getField(), e));
		Map<String, Object> typed = new LinkedHashMap<>();
		for (FieldError error : firstByField.values()) {
			String id = (form instanceof FieldIds ids) ? ids.idOf(error.getField()) : error.getField();
			problems.add(new Problem(id, error.getDefaultMessage()));
			if (error.getRejectedValue() != null) {
				typed.put(id, error.getRejectedValue());
			}
		}
		return new FormErrors(problems, typed);
	}

	/**
	 * Shows a refusal from a write service with the form, keeping what the person typed,
	 * when it is about what they entered. A refusal because of who they are or because
	 * someone changed the same thing meanwhile is not something to correct in the form:
	 * it is thrown on, for {@link Refusals} to answer.
	 * @param field the field the refusal is about, {@code null} for the whole form
	 */
	public static void reject(BindingResult result, String field, ChangeRejected refusal) {
		if (refusal instanceof NotPermitted || refusal instanceof StaleChange) {
			throw refusal;
		}
		if (field == null) {
			result.reject("refused", refusal.getMessage());
		}
		else {
			reject(result, field, refusal.getMessage());
		}
	}

	/**
	 * Adds a mistake in a field found by a rule the form's annotations cannot say. Safe
	 * when Spring could not build the form record at all.
	 */
	public static void reject(BindingResult result, String field, String message) {
		result.addError(new FieldError(result.getObjectName(), field, result.getFieldValue(field), false,
				result.resolveMessageCodes("rule", field), null, message));
	}

	/** The problems, those about the whole form first, then by field in form order. */
	public List<Problem> problems() {
		return this.problems;
	}

	public boolean any() {
		return !this.problems.isEmpty();
	}

	/** Whether the field with this HTML id has a problem. */
	public boolean has(String id) {
		return this.problems.stream().anyMatch(p -> id.equals(p.id()));
	}

	/** The problem with the field with this HTML id, or {@code null}. */
	public String at(String id) {
		return this.problems.stream().filter(p -> id.equals(p.id())).map(Problem::message).findFirst().orElse(null);
	}

	/**
	 * What the person typed into a field that could not be read (a quarter that is not
	 * one), to show it back to them; {@code null} otherwise.
	 */
	public String typed(String id) {
		Object value = this.typed.get(id);
		return (value != null) ? value.toString() : null;
	}

	private static int position(List<String> order, String field) {
		int index = order.indexOf(field);
		return (index >= 0) ? index : order.size();
	}

	private static List<String> fieldOrder(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
	}

}
