package io.cryptoviz.simulator.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

	@Bean
	SimulatorClock simulatorClock(SimulatorProperties properties) {
		return new SimulatorClock(Clock.systemUTC(), properties.frozenAt());
	}

}
