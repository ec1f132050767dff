package app.sorriso;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Client addresses for requests that log in. The login throttle counts every attempt per address, and all test
 * classes share one application, so each test asks from addresses of its own (TEST-NET strings; no traffic).
 */
public final class TestAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestAddresses() {}

    /** An address no other request of this run used. */
    public static RequestPostProcessor fresh() {
        int n = NEXT.incrementAndGet();
        return from("198.51." + (n / 250) + "." + (n % 250 + 1));
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
