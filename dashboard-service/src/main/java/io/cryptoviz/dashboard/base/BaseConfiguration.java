package io.cryptoviz.dashboard.base;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * English first: Vaadin picks the browser's language when it is offered here and
	 * falls back to the first entry otherwise.
	 */
	@Bean
	I18NProvider i18nProvider() {
		return new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.FRENCH));
	}

}
