package uk.beacon.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts {@link FormErrors} into the model of every page, from the form the page's
 * controller bound and validated, so that a controller only returns its page when the
 * form has mistakes and the template finds them ready to show.
 * <p>
 * A form record with a value that could not be read at all (a quarter that is not one) is
 * not built by Spring, nor are its other fields checked; the page gets it built from what
 * could be read, the rest left empty, and checked, so that nothing else the person typed
 * is lost and every mistake is shown at once ({@link FormErrors#typed} has the text that
 * could not be read).
 */
class FormErrorsInModel implements HandlerInterceptor {

	private final Validator validator;

	FormErrorsInModel(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		FormErrors errors = FormErrors.NONE;
		Map<String, Object> model = page.getModel();
		for (Object value : model.values().toArray()) {
			if (value instanceof BindingResult result && result.hasErrors()) {
				if (model.get(result.getObjectName()) == null && handler instanceof HandlerMethod method) {
					Object form = asSent(formType(method, result.getObjectName()), result);
					if (form != null) {
						model.put(result.getObjectName(), form);
						checkTheRest(form, result);
					}
				}
				errors = FormErrors.of(result, model.get(result.getObjectName()));
			}
		}
		model.put(FormErrors.MODEL, errors);
	}

	/** Adds the mistakes in the fields that could be read, which Spring did not check. */
	private void checkTheRest(Object form, BindingResult result) {
		BindingResult rest = new DirectFieldBindingResult(form, result.getObjectName());
		this.validator.validate(form, rest);
		for (FieldError error : rest.getFieldErrors()) {
			if (!result.hasFieldErrors(error.getField())) {
				result.addError(error);
			}
		}
	}

	private static Class<?> formType(HandlerMethod method, String name) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
			if (attribute != null && name.equals(attribute.name().isEmpty()
					? Conventions.getVariableNameForParameter(parameter) : attribute.name())) {
				return parameter.getParameterType();
			}
		}
		return null;
	}

	/** The form record as sent, with what could not be read left empty. */
	private static Object asSent(Class<?> type, BindingResult result) {
		if (type == null || !type.isRecord()) {
			return null;
		}
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			Object value = result.getFieldValue(components[i].getName());
			values[i] = ClassUtils.isAssignableValue(components[i].getType(), value) ? value : null;
		}
		try {
			return BeanUtils.instantiateClass(type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)), values);
		}
		catch (NoSuchMethodException | RuntimeException ex) {
			return null;
		}
	}

}
