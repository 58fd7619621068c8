package io.cryptoviz.dashboard.api;

import java.util.List;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document's title, version and description, one relative server (so the
 * document never echoes a request's Host header), and {@link ApiDocument}'s completion of
 * what springdoc generates.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The API's version: the {@code /api/v1} paths and their documented behaviour. */
	static final String VERSION = "1.0.0";

	@Bean
	OpenAPI cryptovizApi() {
		return new OpenAPI()
			.info(new Info().title("CryptoViz API")
				.version(VERSION)
				.description("Forecasts, BUY / SELL / HOLD signals, model confidence and track records for the "
						+ "crypto-assets this dashboard tracks, computed from the prices in its store. "
						+ "Educational only, not financial advice. Every error is an RFC 9457 problem "
						+ "(application/problem+json); numbers outside their documented range are a 400 that "
						+ "names the parameter. With a dashboard password set, send it with HTTP Basic; five "
						+ "failed logins in a minute from one address are answered 429 with Retry-After."))
			.servers(List.of(new Server().url("/").description("this dashboard")));
	}

	/**
	 * Completes the document; the controllers are looked up when it is built, so a new
	 * one has its nullable fields marked too.
	 */
	@Bean
	OpenApiCustomizer completeApiDocument(SourceCatalog sources, ApplicationContext context) {
		return document -> ApiDocument.complete(document, sources,
				context.getBeansWithAnnotation(RestController.class)
					.values()
					.stream()
					.<Class<?>>map(AopUtils::getTargetClass)
					.filter(type -> type.getPackageName().startsWith("io.cryptoviz.dashboard"))
					.toList());
	}

}
