package io.cryptoviz.dashboard.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.cryptoviz.dashboard.security.SecuritySettings;

/**
 * The sign-in form, outside the main layout. Spring Security handles the form's POST to
 * {@code /login} and comes back here with {@code ?error} when the password is wrong.
 * Without a password configured there is nothing to sign in to, so it forwards to Home.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("CryptoViz")
@AnonymousAllowed
final class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final SecuritySettings settings;

	final LoginForm form = new LoginForm();

	LoginView(SecuritySettings settings) {
		this.settings = settings;
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(i18n());
		this.form.setId("login-form");
		H1 name = new H1(getTranslation("app.name"));
		Paragraph hint = new Paragraph(getTranslation("login.hint"));
		hint.addClassName("cv-login-hint");
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		add(name, this.form, hint);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.settings.loginRequired()) {
			event.forwardTo("");
			return;
		}
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form texts = i18n.getForm();
		texts.setTitle(getTranslation("login.title"));
		texts.setUsername(getTranslation("login.username"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		return i18n;
	}

}
