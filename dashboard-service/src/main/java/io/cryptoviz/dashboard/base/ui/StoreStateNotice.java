package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.store.StoreResult;
import org.jspecify.annotations.Nullable;

/**
 * Says why a page has no data: nothing stored yet, the store busy (and retrying on its
 * own), or unreadable. Hidden while data is ready.
 */
public final class StoreStateNotice extends Composite<Div> {

	private final RefreshScheduler scheduler;

	private final H2 title = new H2();

	private final Paragraph detail = new Paragraph();

	private @Nullable Registration retry;

	/**
	 * @param scheduler schedules the retry after a busy store
	 */
	public StoreStateNotice(RefreshScheduler scheduler) {
		this.scheduler = scheduler;
		getContent().setId("store-state");
		getContent().addClassName("cv-store-state");
		getContent().add(VaadinIcon.HOURGLASS.create(), this.title, this.detail);
		getContent().setVisible(false);
		addDetachListener(detach -> cancelRetry());
	}

	/**
	 * Shows the state of a read; when busy, runs {@code retryAction} in the UI after the
	 * configured delay, pushing the result to the browser.
	 * @param result the read
	 * @param retryAction what to run again when the store was busy
	 * @return whether the data is ready
	 */
	public boolean show(StoreResult<?> result, Runnable retryAction) {
		cancelRetry();
		switch (result) {
			case StoreResult.Ready<?> ready -> getContent().setVisible(false);
			case StoreResult.Waiting<?> waiting -> state("store.waiting.title", "store.waiting.detail");
			case StoreResult.Busy<?> busy -> {
				state("store.busy.title", "store.busy.detail");
				scheduleRetry(retryAction);
			}
			case StoreResult.Failed<?> failed -> {
				state("store.failed.title", "store.failed.detail");
				this.detail.setText(getTranslation("store.failed.detail", failed.message()));
			}
		}
		return result instanceof StoreResult.Ready<?>;
	}

	/**
	 * Shows the waiting state for a store that answered but holds nothing this page can
	 * show yet (no asset quoted recently, say).
	 * @return false: the page has no data to show
	 */
	public boolean showWaiting() {
		cancelRetry();
		state("store.waiting.title", "store.waiting.detail");
		return false;
	}

	/**
	 * @return the shown title, or empty when hidden
	 */
	public String titleText() {
		return getContent().isVisible() ? this.title.getText() : "";
	}

	/**
	 * @return the shown detail, or empty when hidden
	 */
	public String detailText() {
		return getContent().isVisible() ? this.detail.getText() : "";
	}

	private void state(String titleKey, String detailKey) {
		this.title.setText(getTranslation(titleKey));
		this.detail.setText(getTranslation(detailKey));
		getContent().setVisible(true);
	}

	private void scheduleRetry(Runnable retryAction) {
		UI ui = UI.getCurrent();
		if (ui == null) {
			return;
		}
		this.retry = this.scheduler.once(this.scheduler.busyRetryDelay(), () -> ui.access(retryAction::run));
	}

	private void cancelRetry() {
		if (this.retry != null) {
			this.retry.remove();
			this.retry = null;
		}
	}

}
