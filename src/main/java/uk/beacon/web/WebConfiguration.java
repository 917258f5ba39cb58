package uk.beacon.web;

import org.webjars.WebJarVersionLocator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's images where its stylesheet expects them ({@code /assets/}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
	}

}
