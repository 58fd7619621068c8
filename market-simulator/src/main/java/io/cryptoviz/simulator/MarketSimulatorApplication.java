package io.cryptoviz.simulator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An offline CoinGecko, CoinMarketCap and CoinPaprika for demos and integration tests.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MarketSimulatorApplication {

	/**
	 * Name of the simulator's own configuration file. Not {@code application} so that it
	 * never collides with the configuration of a service whose tests embed the simulator.
	 */
	public static final String CONFIG_NAME = "market-simulator";

	public static void main(String[] args) {
		start(args);
	}

	/**
	 * Starts the simulator. Tests of other modules call this in their own JVM, typically
	 * with {@code --server.port=0}, and read the port from the context's
	 * {@code local.server.port} property. The configuration name is a default property of
	 * this application only, never a system property, so it does not leak into other
	 * contexts of the same JVM.
	 * @param args command-line style arguments, e.g. {@code --server.port=0}
	 * @return the running context; close it to stop the simulator
	 */
	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(MarketSimulatorApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
