package uk.beacon.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.beacon.identity.Accounts;
import uk.beacon.identity.CurrentViewer;

/**
 * Someone signed in with a temporary password set by an administrator is sent to change
 * it before anything else.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

	private final CurrentViewer current;

	private final Accounts accounts;

	PasswordChangeRequired(CurrentViewer current, Accounts accounts) {
		this.current = current;
		this.accounts = accounts;
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
				&& this.accounts.mustChangePassword(viewer.get().accountId())) {
			response.sendRedirect(request.getContextPath() + "/account?change-password");
			return false;
		}
		return true;
	}

}
