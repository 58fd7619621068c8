package io.cryptoviz.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * An offline CoinGecko and CoinMarketCap for demos and integration tests.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MarketSimulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(MarketSimulatorApplication.class, args);
	}

}
