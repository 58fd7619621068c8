package io.cryptoviz.scraper.tracked;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cryptoviz.scraper.base.ScraperProperties;

@Configuration(proxyBeanMethods = false)
class TrackedConfiguration {

	@Bean
	TrackedAssets trackedAssets() {
		return new TrackedAssets();
	}

	@Bean
	AssetSelection assetSelection(ScraperProperties properties, TrackedAssets trackedAssets, Clock clock) {
		return new AssetSelection(properties.assets(), trackedAssets, clock);
	}

}
