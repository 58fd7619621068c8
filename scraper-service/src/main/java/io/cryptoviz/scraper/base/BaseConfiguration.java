package io.cryptoviz.scraper.base;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Spring Boot looks this validator up by name for every bound object. */
	@Bean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
	static Validator configurationPropertiesValidator() {
		return new SourceSettingsValidator();
	}

	@Bean
	Sleeper sleeper() {
		return Sleeper.REAL;
	}

}
