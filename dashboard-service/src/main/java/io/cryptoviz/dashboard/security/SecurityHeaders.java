package io.cryptoviz.dashboard.security;

import io.cryptoviz.dashboard.base.error.ResponseHeaders;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every dashboard response carries, with or without a password.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = ResponseHeaders.CONTENT_SECURITY_POLICY;

	private SecurityHeaders() {
	}

	/**
	 * Nosniff, frame denial, the CSP and a referrer policy that never sends the page path
	 * to another site (plus HSTS on HTTPS). Cache headers stay Vaadin's own, which caches
	 * its hashed bundle for a year.
	 * <p>
	 * The headers are written before the request is handled, not when the response is
	 * committed: Vaadin answers pages through a servlet forward, which the container
	 * completes underneath Spring Security's response wrapper, so headers written on
	 * commit would be lost on every page.
	 * @param headers the chain's header configuration
	 */
	static void apply(HeadersConfigurer<HttpSecurity> headers) {
		headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}

		});
		headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

}
