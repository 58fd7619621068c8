package io.cryptoviz.scraper.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Sleeper sleeper() {
		return Sleeper.REAL;
	}

	@Bean
	ApiKeys apiKeys(Environment environment) {
		return ApiKeys.from(environment);
	}

	@Bean
	TrackedAssets trackedAssets() {
		return new TrackedAssets();
	}

}
