package io.cryptoviz.dashboard.base.source;

import io.cryptoviz.store.read.KnownSources;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

	@Bean
	SourceCatalog sourceCatalog(SourceSettings settings) {
		return new SourceCatalog(settings);
	}

	/** The store reads only the catalog's names. */
	@Bean
	KnownSources knownSources(SourceCatalog catalog) {
		return catalog.known();
	}

}
