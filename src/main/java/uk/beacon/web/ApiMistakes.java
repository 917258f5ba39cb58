package uk.beacon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The mistakes in a body sent to the write API, each with the field it is about, as the
 * same form on a page would show them beside its fields. {@link Refusals} answers it with
 * 422 and a problem detail listing them; nothing has been saved.
 */
public final class ApiMistakes extends RuntimeException {

	private final List<Mistake> mistakes;

	private ApiMistakes(List<Mistake> mistakes) {
		super(mistakes.isEmpty() ? "The request has mistakes" : mistakes.get(0).message(), null, false, false);
		this.mistakes = List.copyOf(mistakes);
	}

	/**
	 * A field the body got wrong, or {@code null} for the body as a whole.
	 *
	 * @param field the body's field, as the API document names it ("figures[2].value")
	 * @param message what is wrong, in words a person can act on
	 */
	public record Mistake(String field, String message) {
	}

	/** One mistake, in one field of the body. */
	public static ApiMistakes of(String field, String message) {
		return new ApiMistakes(List.of(new Mistake(field, message)));
	}

	public List<Mistake> mistakes() {
		return this.mistakes;
	}

	/**
	 * Checks a body against the same rules (bean validation) as the form it stands for.
	 * @param name what the body is called in the errors
	 * @return the mistakes found, to which a controller adds its own checks
	 */
	public static BindingResult check(Validator validator, Object body, String name) {
		BindingResult errors = new BeanPropertyBindingResult(body, name);
		new SpringValidatorAdapter(validator).validate(body, errors);
		return errors;
	}

	/**
	 * Refuses the call when there are mistakes.
	 * @param fields how a form's field names are named in the body (the identity when
	 * they are the same)
	 * @throws ApiMistakes listing them
	 */
	public static void refuseIfAny(BindingResult errors, UnaryOperator<String> fields) {
		if (!errors.hasErrors()) {
			return;
		}
		List<Mistake> found = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			String field = (error instanceof FieldError f) ? fields.apply(f.getField()) : null;
			found.add(new Mistake(field, error.getDefaultMessage()));
		}
		throw new ApiMistakes(found);
	}

	public static void refuseIfAny(BindingResult errors) {
		refuseIfAny(errors, UnaryOperator.identity());
	}

}
