package uk.beacon.web;

import org.webjars.WebJarVersionLocator;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Serves GOV.UK Frontend's images where its stylesheet expects them ({@code /assets/}),
 * reads a quarter in any request ({@link QuarterParameter}), refuses a form's list index
 * no page sends ({@link FormIndexes}) and gives every page its form's mistakes
 * ({@link FormErrorsInModel}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final jakarta.validation.Validator validator;

	WebConfiguration(jakarta.validation.Validator validator) {
		this.validator = validator;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new QuarterParameter());
	}

	/**
	 * A quarter in a JSON body, read from text as in an address
	 * ({@link QuarterParameter}): "2025/26 Q2" or "Q2 2025/26".
	 */
	@Bean
	tools.jackson.databind.JacksonModule quarterAsText() {
		tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule(
				"beacon-quarters");
		module.addDeserializer(uk.beacon.period.FinancialQuarter.class,
				new tools.jackson.databind.deser.std.StdDeserializer<uk.beacon.period.FinancialQuarter>(
						uk.beacon.period.FinancialQuarter.class) {
					@Override
					public uk.beacon.period.FinancialQuarter deserialize(tools.jackson.core.JsonParser parser,
							tools.jackson.databind.DeserializationContext context) {
						String text = parser.getValueAsString();
						return (text == null) ? null : new QuarterParameter().convert(text);
					}
				});
		// every text in a body held to the rule every form is held to (Refusals)
		module.addDeserializer(String.class, new tools.jackson.databind.deser.jdk.StringDeserializer() {
			@Override
			public String deserialize(tools.jackson.core.JsonParser parser,
					tools.jackson.databind.DeserializationContext context) {
				return TypedText.refuseHidden(super.deserialize(parser, context));
			}
		});
		return module;
	}

	/** The largest JSON body the API reads, and the longest text in one. */
	static final int LARGEST_BODY = 10 * 1024 * 1024;

	static final int LONGEST_TEXT = 1_000_000;

	/**
	 * A body is read as strictly as a form: a field the operation does not take, a field
	 * given twice or a whole number sent with a fraction is refused rather than dropped,
	 * kept once or cut.
	 */
	@Bean
	org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer strictBodies() {
		return builder -> builder.enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** No body, and no text in one, larger than Beacon takes. */
	@Bean
	org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer boundedBodies() {
		return builder -> builder.streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
			.maxDocumentLength(LARGEST_BODY)
			.maxStringLength(LONGEST_TEXT)
			.build());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormIndexes());
		registry.addInterceptor(new FormErrorsInModel(new SpringValidatorAdapter(this.validator)));
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.setCacheControl(CacheControl.noCache());
	}

	/**
	 * Switches off the filter Spring Boot adds because WebJars are on the class path. It
	 * passes every link a page writes through the static resource chain, and a link that
	 * is not a static file ({@code /indicators/BIG-0004}) is looked for in every jar of
	 * the class path and never cached: 86% of the time of a council dashboard with 2,000
	 * rows. WebJars are still served without a version in their address.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
