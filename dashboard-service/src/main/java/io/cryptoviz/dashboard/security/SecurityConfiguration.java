package io.cryptoviz.dashboard.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Three filter chains, tried in order: the management port (HTTP Basic), the REST API
 * (stateless HTTP Basic) and the pages (Vaadin form login). Both logins go through
 * {@link LoginGuard}, which throttles repeated failures and refuses cross-site login
 * posts. With no password every chain permits all requests but still writes the security
 * headers, so the dashboard behaves as it did before Spring Security was added.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Where the Vaadin login view lives; a path, so this class need not see the view. */
	static final String LOGIN_PATH = "/login";

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock);
	}

	/** With a password the management port needs it too, over HTTP Basic. */
	@Bean
	@Order(1)
	SecurityFilterChain managementPortChain(HttpSecurity http, SecuritySettings settings, LoginThrottle throttle)
			throws Exception {
		http.securityMatcher(ManagementServer::received)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		basicOrOpen(http, settings, throttle);
		return http.build();
	}

	/** Swagger UI and the OpenAPI document go with the API they describe. */
	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, SecuritySettings settings, LoginThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**", "/swagger-ui/**", "/v3/api-docs/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders::apply);
		basicOrOpen(http, settings, throttle);
		return http.build();
	}

	private static void basicOrOpen(HttpSecurity http, SecuritySettings settings, LoginThrottle throttle)
			throws Exception {
		if (settings.loginRequired()) {
			ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
			http.httpBasic(
					basic -> basic.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.addFilterBefore(new LoginGuard(throttle), BasicAuthenticationFilter.class);
		}
		else {
			http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		}
	}

	@Bean
	@Order(3)
	SecurityFilterChain pagesChain(HttpSecurity http, SecuritySettings settings, LoginThrottle throttle)
			throws Exception {
		http.headers(SecurityHeaders::apply);
		if (settings.loginRequired()) {
			// Before the CSRF check and the login filter, so neither a cross-site post
			// nor
			// a throttled guess reaches BCrypt.
			http.addFilterBefore(new LoginGuard(throttle), CsrfFilter.class);
			http.authorizeHttpRequests(
					requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll());
			http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
		}
		else {
			// Vaadin guards its own requests with a per-UI token; Spring's CSRF check is
			// only wired for Vaadin by the login configuration above.
			http.csrf(AbstractHttpConfigurer::disable)
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		}
		return http.build();
	}

	/**
	 * Without a password, Vaadin's view access checks are off too, so the views'
	 * {@code @PermitAll} does not turn away anonymous visitors.
	 */
	@Bean
	NavigationAccessControlConfigurer navigationAccessControlConfigurer(SecuritySettings settings) {
		NavigationAccessControlConfigurer configurer = new NavigationAccessControlConfigurer()
			.withAnnotatedViewAccessChecker();
		return settings.loginRequired() ? configurer : configurer.disabled();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one user, with only the BCrypt hash of the password kept. Defined even without
	 * a password so Spring Boot does not generate and log one.
	 */
	@Bean
	UserDetailsService users(SecuritySettings settings, PasswordEncoder encoder) {
		if (!settings.loginRequired()) {
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(User.withUsername(settings.username())
			.password(encoder.encode(settings.password()))
			.roles("USER")
			.build());
	}

}
