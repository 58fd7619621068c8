package io.cryptoviz.scraper.base;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Validates each named source entry where Spring Boot binds it, so a bad value is
 * reported as {@code cryptoviz.scraper.sources.coingecko.readTimeout} (the setting a user
 * types) rather than as a map index path. Spring Boot runs its
 * {@code configurationPropertiesValidator} bean at every binding depth, while the
 * {@code @Validated} record's own validator only sees the root.
 */
final class SourceSettingsValidator implements Validator {

	private final LocalValidatorFactoryBean delegate = new LocalValidatorFactoryBean();

	SourceSettingsValidator() {
		this.delegate.afterPropertiesSet();
	}

	@Override
	public boolean supports(Class<?> type) {
		return ScraperProperties.SourceSettings.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		this.delegate.validate(target, errors);
	}

}
