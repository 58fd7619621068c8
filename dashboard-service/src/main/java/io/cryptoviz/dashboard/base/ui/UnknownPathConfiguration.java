package io.cryptoviz.dashboard.base.ui;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link UnknownPathFilter} ahead of Spring Security, so an unknown path never
 * reaches the request cache that would open a session for it.
 */
@Configuration(proxyBeanMethods = false)
class UnknownPathConfiguration {

	@Bean
	FilterRegistrationBean<UnknownPathFilter> unknownPathFilter() {
		FilterRegistrationBean<UnknownPathFilter> registration = new FilterRegistrationBean<>(new UnknownPathFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

}
