package uk.beacon.web;

import java.time.temporal.Temporal;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;

import uk.beacon.period.PeriodParseException;

/**
 * Says, in words a person can act on, what was wrong with a value typed into a form that
 * could not be read: a quarter that is not one gets the period's own explanation, a
 * number or a date a plain request, instead of Spring's "Failed to convert property
 * value".
 */
class FieldMistakes extends DefaultBindingErrorProcessor {

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
		String field = ex.getPropertyName();
		Object typed = typed(ex.getValue());
		if (hiddenCharacters(ex) != null && typed instanceof String text) {
			// shown again in the field without what no one typed
			typed = TypedText.withoutHidden(text);
		}
		String[] codes = result.resolveMessageCodes(ex.getErrorCode(), field);
		FieldError error = new FieldError(result.getObjectName(), field, typed, true, codes, null, mistake(ex, typed));
		error.wrap(ex);
		result.addError(error);
	}

	private static Object typed(Object value) {
		if (ObjectUtils.isArray(value)) {
			return StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(value));
		}
		return value;
	}

	private static String mistake(PropertyAccessException ex, Object typed) {
		if (hiddenCharacters(ex) != null) {
			return hiddenCharacters(ex).getMessage();
		}
		PeriodParseException period = periodProblem(ex);
		if (period != null) {
			return period.getMessage();
		}
		Class<?> type = (ex instanceof TypeMismatchException mismatch) ? mismatch.getRequiredType() : null;
		if (type != null && Number.class.isAssignableFrom(box(type))) {
			return "Enter a number, such as 12";
		}
		if (type != null && Temporal.class.isAssignableFrom(type)) {
			return "Enter a real date";
		}
		return "“" + typed + "” cannot be used here: check it and try again";
	}

	private static Class<?> box(Class<?> type) {
		if (type == int.class || type == long.class) {
			return Number.class;
		}
		return type;
	}

	/** The hidden character behind a failed conversion, if that is what it was. */
	static TypedText.HiddenCharacters hiddenCharacters(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TypedText.HiddenCharacters hidden) {
				return hidden;
			}
		}
		return null;
	}

	/** The period problem behind a failed conversion, if that is what it was. */
	static PeriodParseException periodProblem(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PeriodParseException period) {
				return period;
			}
		}
		return null;
	}

}
