package io.cryptoviz.dashboard.base.error;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs the problem answers: {@link RequestGuard} ahead of every other filter (Spring
 * Security's included) and {@link ProblemReportValve} as Tomcat's error report.
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

	@Bean
	FilterRegistrationBean<RequestGuard> requestGuard() {
		FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
		return factory -> factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
			// Spring Boot adds its own report valve to the host; remove it once every
			// customizer has run, so only problems are reported.
			host.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					Pipeline pipeline = host.getPipeline();
					for (Valve valve : pipeline.getValves()) {
						if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
							pipeline.removeValve(valve);
						}
					}
				}
			});
		});
	}

}
