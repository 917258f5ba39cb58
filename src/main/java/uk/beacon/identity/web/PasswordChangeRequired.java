package uk.beacon.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.identity.Permissions;

/**
 * Someone signed in with a temporary password set by an administrator is sent to change
 * it before anything else.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

	private final CurrentViewer current;

	private final Permissions permissions;

	PasswordChangeRequired(CurrentViewer current, Permissions permissions) {
		this.current = current;
		this.permissions = permissions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/account", "/account/**", "/sign-out", "/sign-in", "/error", "/webjars/**",
					"/assets/**", "/css/**", "/js/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var viewer = this.current.get();
		if (viewer.isPresent() && this.current.signedInWithPassword()
				&& this.permissions.mustChangePassword(viewer.get())) {
			response.sendRedirect(request.getContextPath() + "/account?change-password");
			return false;
		}
		return true;
	}

}
