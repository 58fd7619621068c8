package io.cryptoviz.consumer.base;

import java.time.Clock;

import io.cryptoviz.model.retry.Pause;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

	/** UTC on purpose: every timestamp the consumer writes is UTC wall-clock time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** How every retry waits; tests swap in a virtual clock's advance. */
	@Bean
	Pause pause() {
		return Pause.THREAD;
	}

}
