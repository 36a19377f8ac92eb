package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class LoadSheddingTest {

    final CountDownLatch release = new CountDownLatch(1);
    final ThreadPoolExecutor senders = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10));
    final AtomicInteger passed = new AtomicInteger();
    final LoadShedding shedding;

    LoadSheddingTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("citycoop-platform-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        shedding = new LoadShedding(() -> senders, 0.9, messages, JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        release.countDown();
        senders.shutdownNow();
    }

    @Test
    void writesAreShedOnceNineTenthsOfTheQueueWaitAndReadsStillPass() throws Exception {
        waiting(8);
        assertThat(call("POST").getStatus()).as("8 of 10 waiting: still taken").isEqualTo(200);
        waiting(9);
        MockHttpServletResponse refused = call("POST");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Ausgelastet").contains("urn:citycoop:problem:busy");
        assertThat(call("GET").getStatus()).as("reads pass").isEqualTo(200);
        assertThat(passed).as("the refused write never reached the service").hasValue(2);
    }

    private void waiting(int tasks) {
        if (senders.getActiveCount() == 0) {
            senders.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        while (senders.getQueue().size() < tasks) {
            senders.execute(() -> { });
        }
    }

    private MockHttpServletResponse call(String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/checkout/redemptions");
        request.addHeader("Accept-Language", "de-AT");
        MockHttpServletResponse response = new MockHttpServletResponse();
        shedding.doFilter(request, response, (req, res) -> passed.incrementAndGet());
        return response;
    }
}
