package io.cryptoviz.simulator.base;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAccessTest {

	@Test
	void a_caller_on_this_machine_reaches_the_admin_endpoints() throws Exception {
		assertThat(status(new AdminAccess(""), "127.0.0.1", null)).isEqualTo(200);
		assertThat(status(new AdminAccess(""), "::1", null)).isEqualTo(200);
	}

	@Test
	void a_remote_caller_without_the_token_is_refused() throws Exception {
		assertThat(status(new AdminAccess(""), "172.17.0.1", null)).isEqualTo(403);
		assertThat(status(new AdminAccess("s3cret"), "172.17.0.1", "wrong")).isEqualTo(403);
		assertThat(status(new AdminAccess(""), "172.17.0.1", "")).isEqualTo(403);
	}

	@Test
	void a_remote_caller_with_the_token_reaches_the_admin_endpoints() throws Exception {
		assertThat(status(new AdminAccess("s3cret"), "172.17.0.1", "s3cret")).isEqualTo(200);
	}

	@Test
	void the_provider_endpoints_stay_open_to_remote_callers() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v3/simple/price");
		request.setRemoteAddr("172.17.0.1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new AdminAccess("").doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static int status(AdminAccess filter, String remote, String token) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/faults");
		request.setRemoteAddr(remote);
		if (token != null) {
			request.addHeader(AdminAccess.TOKEN_HEADER, token);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

}
